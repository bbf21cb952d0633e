package org.smatracker.negotiation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.smatracker.model.StatedAs;
import org.smatracker.money.PlausibleAmounts;
import org.smatracker.money.AmountText;
import org.smatracker.money.Currency;

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
	 * How the position is stated once the amount text is read: the form and currency the analyst
	 * chose, or else those the text names ("13%" is a percent, "US$1.3 billion" an amount in dollars).
	 * A percent or a multiple has no currency: it takes the baseline's.
	 */
	public record Stated(StatedAs form, BigDecimal amount, Currency currency) {
	}

	/** The position as stated; call after {@link #check} found nothing. */
	public static Stated stated(OfferForm p) {
		AmountText.Parsed parsed = AmountText.parse(p.getAmount()).orElseThrow();
		StatedAs form = p.getForm() != null ? p.getForm() : formOf(parsed.kind());
		Currency currency = form != StatedAs.ABSOLUTE ? null
				: p.getCurrency() != null ? p.getCurrency() : parsed.currency();
		return new Stated(form, parsed.value(), currency);
	}

	private static StatedAs formOf(AmountText.Kind kind) {
		return switch (kind) {
			case MONEY -> StatedAs.ABSOLUTE;
			case PERCENT -> StatedAs.PERCENT_OF_BASELINE;
			case MULTIPLE -> StatedAs.MULTIPLE_OF_BASELINE;
			case NUMBER -> null;
		};
	}

	/**
	 * @param dateRequired false on the round form, where the date defaults to the round's
	 */
	public static List<Violation> check(OfferForm p, boolean dateRequired) {
		List<Violation> v = new ArrayList<>();
		if (p.getParty() == null) {
			v.add(new Violation("party", "NotNull"));
		}
		if (p.getKind() == null) {
			v.add(new Violation("kind", "NotNull"));
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
		if (p.getAmount() == null || p.getAmount().isBlank()) {
			v.add(new Violation("amount", "NotNull"));
			if (p.getForm() == null) {
				v.add(new Violation("form", "NotNull"));
			}
			return v;
		}
		AmountText.Parsed parsed = AmountText.parse(p.getAmount()).orElse(null);
		if (parsed == null) {
			// One message for text that is not an amount; nothing else is said about the amount.
			v.add(new Violation("amount", "offer.amount.unreadable"));
			return v;
		}
		StatedAs said = formOf(parsed.kind());
		if (p.getForm() != null && said != null && said != p.getForm()) {
			v.add(new Violation("amount", "offer.amount.reads." + said));
			return v;
		}
		Stated stated = new Stated(p.getForm() != null ? p.getForm() : said, parsed.value(),
				p.getCurrency() != null ? p.getCurrency() : parsed.currency());
		if (stated.form() == null) {
			v.add(new Violation("form", "NotNull"));
			return v;
		}
		if (p.getCurrency() != null && parsed.currency() != null && p.getCurrency() != parsed.currency()
				&& stated.form() == StatedAs.ABSOLUTE) {
			v.add(new Violation("amount", "offer.amount.otherCurrency"));
			return v;
		}
		BigDecimal amount = stated.amount();
		switch (stated.form()) {
			case ABSOLUTE -> {
				if (stated.currency() == null) {
					v.add(new Violation("currency", "NotNull"));
				}
				if (amount.signum() <= 0) {
					v.add(new Violation("amount", "offer.amount.positive"));
				}
				else if (stated.currency() != null && PlausibleAmounts.exceedsCeiling(amount, stated.currency())) {
					v.add(new Violation("amount", "offer.amount.ceiling"));
				}
			}
			case PERCENT_OF_BASELINE -> {
				if (amount.compareTo(MAX_PERCENT) > 0) {
					v.add(new Violation("amount", "offer.amount.percent"));
				}
			}
			case MULTIPLE_OF_BASELINE -> {
				if (amount.signum() <= 0 || amount.compareTo(MAX_MULTIPLE) > 0) {
					v.add(new Violation("amount", "offer.amount.multiple"));
				}
			}
		}
		if (v.stream().noneMatch(x -> x.field().equals("amount")) && amount.scale() > 4) {
			v.add(new Violation("amount", "offer.amount.scale"));
		}
		return v;
	}

}
