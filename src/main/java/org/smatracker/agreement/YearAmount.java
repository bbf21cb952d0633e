package org.smatracker.agreement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.smatracker.money.AppliedRate;
import org.smatracker.money.Currency;
import org.smatracker.source.Source;

/**
 * One year's contribution in both currencies: the stated amount and its conversion at the
 * year's average rate (absent when no rate applies).
 */
public record YearAmount(int year, Currency statedIn, BigDecimal amountKrw, BigDecimal amountUsd, YearBasis basis,
		AppliedRate rate, Set<Source> sources, List<QuotedAmount> quotedAmounts) {

	public boolean isConverted() {
		return rate != null;
	}

}
