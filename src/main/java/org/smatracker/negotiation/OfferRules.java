package org.smatracker.negotiation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.smatracker.model.StatedAs;
import org.smatracker.money.PlausibleAmounts;

/**
 * The rules an offer must meet beyond single fields, as (field, message code) pairs. Plain Java; used by
 * the offer form, the round form and the write API alike. Absolute amounts stop at
 * {@link PlausibleAmounts}.
 */
public final class OfferRules {

	static final BigDecimal MAX_PERCENT = new BigDecimal("1000");

	static final BigDecimal MAX_MULTIPLE = new BigDecimal("100");

	public record Violation(String field, String code) {
	}

	private OfferRules() {
	}

	/**
	 * @param hasBaseline whether the negotiation has a baseline (the previous agreement's last year)
	 * @param dateRequired false on the round form, where the date defaults to the round's
	 */
	public static List<Violation> check(OfferForm p, boolean hasBaseline, boolean dateRequired) {
		List<Violation> v = new ArrayList<>();
		if (p.getParty() == null) {
			v.add(new Violation("party", "NotNull"));
		}
		if (p.getKind() == null) {
			v.add(new Violation("kind", "NotNull"));
		}
		if (p.getForm() == null) {
			v.add(new Violation("form", "NotNull"));
		}
		if (p.getCurrency() == null) {
			v.add(new Violation("currency", "NotNull"));
		}
		if (p.getReliability() == null) {
			v.add(new Violation("reliability", "NotNull"));
		}
		if (p.getStatus() == null) {
			v.add(new Violation("status", "NotNull"));
		}
		if (p.getAppliesToYear() == null) {
			v.add(new Violation("appliesToYear", "NotNull"));
		}
		if (dateRequired && p.getReportedDate() == null) {
			v.add(new Violation("reportedDate", "NotNull"));
		}
		BigDecimal amount = p.getAmount();
		if (amount == null) {
			v.add(new Violation("amount", "NotNull"));
		}
		else if (p.getForm() != null) {
			switch (p.getForm()) {
				case ABSOLUTE -> {
					if (amount.signum() <= 0) {
						v.add(new Violation("amount", "offer.amount.positive"));
					}
					else if (p.getCurrency() != null && PlausibleAmounts.exceedsCeiling(amount, p.getCurrency())) {
						v.add(new Violation("amount", "offer.amount.ceiling"));
					}
				}
				case PERCENT_OF_BASELINE -> {
					if (amount.signum() < 0 || amount.compareTo(MAX_PERCENT) > 0) {
						v.add(new Violation("amount", "offer.amount.percent"));
					}
				}
				case MULTIPLE_OF_BASELINE -> {
					if (amount.signum() <= 0 || amount.compareTo(MAX_MULTIPLE) > 0) {
						v.add(new Violation("amount", "offer.amount.multiple"));
					}
				}
			}
			if (p.getForm() != StatedAs.ABSOLUTE && !hasBaseline) {
				v.add(new Violation("form", "offer.form.noBaseline"));
			}
		}
		if (amount != null && amount.scale() > 4) {
			v.add(new Violation("amount", "offer.amount.scale"));
		}
		return v;
	}

}
