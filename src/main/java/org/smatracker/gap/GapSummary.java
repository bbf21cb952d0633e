package org.smatracker.gap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.smatracker.money.Currency;
import org.smatracker.money.ExchangeRateTable;
import org.smatracker.model.StatedAs;

/**
 * The story of a negotiation in two or three sentences, chosen from the gap analysis: how the US
 * opened (and that as a multiple of the baseline), how Korea opened (as a percentage over it), and
 * where the deal landed. Each sentence is a message key and its arguments; every number is a
 * {@link Figure} that names the working it comes from, so the page can link it there. Wording and
 * rounding are the page's business, in the reader's language.
 */
public final class GapSummary {

	/** Anchors of the workings on the negotiation page. */
	public static final String BASELINE = "working-baseline";

	public static final String OPENING_DEMAND = "working-opening-demand";

	public static final String OPENING_OFFER = "working-opening-offer";

	public static final String AGREED = "working-agreed";

	public static final String SETTLEMENT = "working-settlement";

	public static final String INCREASE = "working-increase";

	/** Within this share of the opening gap, the deal "landed on" that side's opening position. */
	static final BigDecimal NEAR = new BigDecimal("0.05");

	private GapSummary() {
	}

	public enum Kind {

		/** An amount a year, in {@code currency}. */
		MONEY,
		/** A change as a fraction (0.139 for +13.9%). */
		CHANGE,
		/** A part of a whole as a fraction (0.0085 for 0.85%). */
		SHARE,
		/** A multiple (5.68 for "5.7 times"). */
		TIMES

	}

	/** A number in a sentence, exact, with the anchor of its working. */
	public record Figure(Kind kind, BigDecimal value, Currency currency, String working) {
	}

	/**
	 * One sentence: a message key and its arguments in order, each a {@link Figure}, a year
	 * ({@link Integer}) or a date ({@link LocalDate}, written as a month).
	 */
	public record Sentence(String key, List<Object> args) {

		Sentence(String key, Object... args) {
			this(key, List.of(args));
		}

	}

	/** Where the agreed amount lies between the opening positions, read from the settlement point. */
	public enum Landing {

		BELOW_OFFER, AT_OFFER, BETWEEN, AT_DEMAND, ABOVE_DEMAND;

		public static Landing of(BigDecimal settlementPoint) {
			if (settlementPoint.signum() < 0) {
				return BELOW_OFFER;
			}
			if (settlementPoint.compareTo(BigDecimal.ONE) > 0) {
				return ABOVE_DEMAND;
			}
			if (settlementPoint.compareTo(NEAR) < 0) {
				return AT_OFFER;
			}
			if (settlementPoint.compareTo(BigDecimal.ONE.subtract(NEAR)) > 0) {
				return AT_DEMAND;
			}
			return BETWEEN;
		}

	}

	public static List<Sentence> of(GapAnalysis a) {
		List<Sentence> sentences = new ArrayList<>();
		Baseline baseline = a.baseline();
		Standing demand = a.openingUsDemand();
		Standing offer = a.openingRokOffer();
		if (demand == null && offer == null) {
			sentences.add(new Sentence("summary.noPositions"));
		}
		if (demand != null && demand.chosen().isComputable()) {
			NormalisedOffer d = demand.chosen();
			Figure amount = money(d, OPENING_DEMAND);
			BigDecimal times = overBaseline(d.amountKrw(), baseline);
			if (times == null) {
				sentences.add(new Sentence("summary.demand", d.offer().reportedDate(), amount,
						d.offer().appliesToYear()));
			}
			else {
				sentences.add(new Sentence("summary.demandTimes", d.offer().reportedDate(), amount,
						d.offer().appliesToYear(), new Figure(Kind.TIMES, times, null, OPENING_DEMAND), baseline.year(),
						krw(baseline.amountKrw(), BASELINE)));
			}
		}
		if (offer != null && offer.chosen().isComputable()) {
			NormalisedOffer o = offer.chosen();
			BigDecimal times = overBaseline(o.amountKrw(), baseline);
			if (times == null) {
				sentences.add(new Sentence("summary.offer", o.offer().reportedDate(), money(o, OPENING_OFFER)));
			}
			else {
				sentences.add(new Sentence("summary.offerOver", o.offer().reportedDate(), money(o, OPENING_OFFER),
						new Figure(Kind.CHANGE, times.subtract(BigDecimal.ONE), null, OPENING_OFFER), baseline.year()));
			}
		}
		AgreedAmount agreed = a.agreed();
		if (agreed != null && agreed.amountKrw() != null) {
			Figure amount = krw(agreed.amountKrw(), AGREED);
			Figure increase = a.increaseOverBaseline() == null ? null
					: new Figure(Kind.CHANGE, a.increaseOverBaseline(), null, INCREASE);
			if (a.settlementPoint() != null) {
				Landing landing = Landing.of(a.settlementPoint());
				Figure share = new Figure(Kind.SHARE, a.settlementPoint().abs(), null, SETTLEMENT);
				sentences.add(increase == null
						? new Sentence("summary.landed." + landing, amount, agreed.year(), share)
						: new Sentence("summary.landedOver." + landing, amount, agreed.year(), increase, share));
			}
			else if (increase != null) {
				sentences.add(new Sentence("summary.agreedOver", amount, agreed.year(), increase));
			}
			else {
				sentences.add(new Sentence("summary.agreed", amount, agreed.year()));
			}
		}
		else if (demand != null || offer != null) {
			sentences.add(new Sentence("summary.noDeal"));
		}
		return sentences;
	}

	/** The position's amount in the currency it was stated in when absolute, otherwise in won. */
	private static Figure money(NormalisedOffer n, String working) {
		boolean inDollars = n.offer().form() == StatedAs.ABSOLUTE && n.offer().currency() == Currency.USD;
		return inDollars ? new Figure(Kind.MONEY, n.amountUsd(), Currency.USD, working) : krw(n.amountKrw(), working);
	}

	private static Figure krw(BigDecimal amount, String working) {
		return new Figure(Kind.MONEY, amount, Currency.KRW, working);
	}

	/** amount ÷ baseline, both in won; absent without a baseline. */
	public static BigDecimal overBaseline(BigDecimal amountKrw, Baseline baseline) {
		if (amountKrw == null || baseline == null || baseline.amountKrw() == null
				|| baseline.amountKrw().signum() == 0) {
			return null;
		}
		return amountKrw.divide(baseline.amountKrw(), ExchangeRateTable.MATH);
	}

}
