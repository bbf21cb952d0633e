package org.smatracker.gap;

import java.math.BigDecimal;

import org.smatracker.money.AppliedRate;

/**
 * An offer as an annual amount in won and in dollars for the year it applies to, with the
 * working: the baseline it resolved against (percent and multiple forms) and the rate used.
 * Amounts are absent when they cannot be computed (a relative form without a baseline, no rate).
 */
public record NormalisedOffer(OfferInput offer, BigDecimal amountKrw, BigDecimal amountUsd,
		Baseline baselineUsed, AppliedRate rate) {

	public boolean isComputable() {
		return amountKrw != null;
	}

}
