package org.smatracker.gap;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.smatracker.model.Party;
import org.smatracker.money.ExchangeRateTable;
import org.smatracker.model.OfferStatus;
import org.smatracker.model.Reliability;

/**
 * The gap arithmetic of domain.md, in exact decimals. Plain Java: no Spring, no persistence.
 * <ul>
 * <li>standing position of a party at t: its latest side position reported on or before t; on a
 * shared date the most reliable, then the one cited by more sources, then the one recorded first;</li>
 * <li>gap = standing US demand − standing ROK offer, also as a fraction of the baseline and as the
 * ratio demand / offer;</li>
 * <li>gap closed = 1 − gap(t) / gap(first time both sides had a position);</li>
 * <li>settlement point = (agreed − opening offer) / (opening demand − opening offer).</li>
 * </ul>
 */
public final class GapCalculator {

	static final MathContext MATH = ExchangeRateTable.MATH;

	/** Same date: more reliable first, then more sources, then recorded first. */
	static final Comparator<NormalisedOffer> PREFERENCE = Comparator
		.comparing((NormalisedOffer n) -> rank(n.offer().reliability()))
		.thenComparing(n -> -n.offer().sourceCodes().size())
		.thenComparing(n -> n.offer().id());

	private GapCalculator() {
	}

	public static GapAnalysis analyse(GapInput input) {
		LocalDate asOf = input.asOf();
		List<NormalisedOffer> all = knownOffers(input);
		List<NormalisedOffer> eligible = all.stream().filter(GapCalculator::isEligible).toList();
		List<Meeting> meetings = input.meetings()
			.stream()
			.filter(m -> asOf == null || !m.lastDay().isAfter(asOf))
			.toList();
		BigDecimal baselineKrw = input.baseline() == null ? null : input.baseline().amountKrw();
		List<GapPoint> points = points(pointDates(meetings, all), all, eligible, baselineKrw);
		GapPoint first = points.stream().filter(GapPoint::hasGap).findFirst().orElse(null);

		Standing openingUsDemand = opening(eligible, Party.US);
		Standing openingRokOffer = opening(eligible, Party.ROK);
		AgreedAmount agreed = agreedAsOf(input.agreed(), asOf);
		BigDecimal settlement = null;
		BigDecimal increase = null;
		if (agreed != null && agreed.amountKrw() != null) {
			settlement = settlementPoint(agreed.amountKrw(), openingUsDemand, openingRokOffer);
			BigDecimal share = divide(agreed.amountKrw(), baselineKrw);
			increase = share == null ? null : share.subtract(BigDecimal.ONE, MATH);
		}
		return new GapAnalysis(input.smaNumber(), input.baseline(), all, points, openingUsDemand, openingRokOffer,
				first, agreed, settlement, increase);
	}

	/** A side's own position whose amount converts: what a gap is measured on. */
	private static boolean isEligible(NormalisedOffer n) {
		return n.offer().isSidePosition() && n.isComputable();
	}

	/** Every offer known at {@code asOf} (official ones only if asked), normalised, in reported order. */
	private static List<NormalisedOffer> knownOffers(GapInput input) {
		Normaliser normaliser = new Normaliser(input.baseline(), input.rates());
		LocalDate asOf = input.asOf();
		return input.offers()
			.stream()
			.filter(p -> asOf == null || !p.reportedDate().isAfter(asOf))
			.filter(p -> !input.officialOnly() || p.reliability() == Reliability.OFFICIAL)
			.sorted(Comparator.comparing(OfferInput::reportedDate).thenComparing(OfferInput::id))
			.map(normaliser::normalise)
			.toList();
	}

	/**
	 * One point per date: every meeting's last day, every day a side position was reported, and every
	 * day a disputed claim was (shown beside the point, never used in the gap).
	 */
	private static TreeMap<LocalDate, List<Meeting>> pointDates(List<Meeting> meetings, List<NormalisedOffer> all) {
		TreeMap<LocalDate, List<Meeting>> dates = new TreeMap<>();
		meetings.forEach(m -> dates.computeIfAbsent(m.lastDay(), d -> new ArrayList<>()).add(m));
		// The test, not eligible.contains: that compared every offer with every eligible one, field by field.
		all.stream()
			.filter(n -> isEligible(n) || n.offer().status() == OfferStatus.DISPUTED)
			.forEach(n -> dates.computeIfAbsent(n.offer().reportedDate(), d -> new ArrayList<>()));
		return dates;
	}

	private static List<GapPoint> points(TreeMap<LocalDate, List<Meeting>> dates, List<NormalisedOffer> all,
			List<NormalisedOffer> eligible, BigDecimal baselineKrw) {
		List<GapPoint> points = new ArrayList<>();
		GapPoint first = null;
		GapPoint previous = null;
		for (var entry : dates.entrySet()) {
			GapPoint point = point(entry.getKey(), entry.getValue(), all, eligible, baselineKrw, first, previous);
			if (first == null && point.hasGap()) {
				first = point;
			}
			points.add(point);
			previous = point;
		}
		return points;
	}

	/** The two sides' standing positions at a date and the gap between them, measured against the first gap. */
	private static GapPoint point(LocalDate date, List<Meeting> meetings, List<NormalisedOffer> all,
			List<NormalisedOffer> eligible, BigDecimal baselineKrw, GapPoint first, GapPoint previous) {
		Standing usDemand = standing(eligible, Party.US, date, (n, d) -> !n.offer().reportedDate().isAfter(d));
		Standing rokOffer = standing(eligible, Party.ROK, date, (n, d) -> !n.offer().reportedDate().isAfter(d));
		BigDecimal gapKrw = null;
		BigDecimal gapUsd = null;
		BigDecimal gapOfBaseline = null;
		BigDecimal ratio = null;
		if (usDemand != null && rokOffer != null) {
			BigDecimal d = usDemand.chosen().amountKrw();
			BigDecimal o = rokOffer.chosen().amountKrw();
			gapKrw = d.subtract(o, MATH);
			gapUsd = subtract(usDemand.chosen().amountUsd(), rokOffer.chosen().amountUsd());
			gapOfBaseline = divide(gapKrw, baselineKrw);
			ratio = divide(d, o);
		}
		// Gap closed is measured from the first point with both sides; at that point it is 0.
		BigDecimal closed = null;
		if (gapKrw != null) {
			BigDecimal ratioToFirst = divide(gapKrw, first == null ? gapKrw : first.gapKrw());
			closed = ratioToFirst == null ? null : BigDecimal.ONE.subtract(ratioToFirst, MATH);
		}
		List<NormalisedOffer> disputed = all.stream()
			.filter(n -> n.offer().status() == OfferStatus.DISPUTED && n.offer().reportedDate().equals(date))
			.toList();
		Movement movement = previous == null ? null : movement(previous, usDemand, rokOffer, gapKrw, baselineKrw);
		return new GapPoint(date, List.copyOf(meetings), usDemand, rokOffer, gapKrw, gapUsd, gapOfBaseline, ratio,
				closed, movement, disputed);
	}

	/** The agreed amount, unless the record is replayed to a date before the deal was known. */
	private static AgreedAmount agreedAsOf(AgreedAmount agreed, LocalDate asOf) {
		if (agreed != null && asOf != null && (agreed.knownFrom() == null || agreed.knownFrom().isAfter(asOf))) {
			return null;
		}
		return agreed;
	}

	/** (agreed − opening offer) / (opening demand − opening offer); absent without both openings. */
	private static BigDecimal settlementPoint(BigDecimal agreedKrw, Standing openingUsDemand,
			Standing openingRokOffer) {
		if (openingUsDemand == null || openingRokOffer == null) {
			return null;
		}
		BigDecimal rokOfferKrw = openingRokOffer.chosen().amountKrw();
		return divide(agreedKrw.subtract(rokOfferKrw, MATH),
				openingUsDemand.chosen().amountKrw().subtract(rokOfferKrw, MATH));
	}

	/** The latest position of a party up to a date, with same-date rivals whose amounts differ. */
	static Standing standing(List<NormalisedOffer> eligible, Party party, LocalDate date,
			BiPredicate<NormalisedOffer, LocalDate> visible) {
		return onDay(eligible, party, n -> visible.test(n, date), Comparator.naturalOrder());
	}

	/** The earliest position of a party in the negotiation, by the same tie rules. */
	static Standing opening(List<NormalisedOffer> eligible, Party party) {
		return onDay(eligible, party, n -> true, Comparator.reverseOrder());
	}

	/** The party's positions on the last visible day in {@code order}, picked by the tie rules. */
	private static Standing onDay(List<NormalisedOffer> eligible, Party party, Predicate<NormalisedOffer> visible,
			Comparator<LocalDate> order) {
		Optional<LocalDate> day = eligible.stream()
			.filter(n -> n.offer().party() == party && visible.test(n))
			.map(n -> n.offer().reportedDate())
			.max(order);
		return day.map(d -> pick(eligible.stream()
			.filter(n -> n.offer().party() == party && n.offer().reportedDate().equals(d))
			.toList())).orElse(null);
	}

	private static Standing pick(List<NormalisedOffer> sameDay) {
		List<NormalisedOffer> ordered = sameDay.stream().sorted(PREFERENCE).toList();
		NormalisedOffer chosen = ordered.get(0);
		List<NormalisedOffer> rivals = ordered.stream()
			.skip(1)
			.filter(n -> n.amountKrw().compareTo(chosen.amountKrw()) != 0)
			.toList();
		return new Standing(chosen, rivals);
	}

	private static Movement movement(GapPoint previous, Standing usDemand, Standing rokOffer, BigDecimal gapKrw,
			BigDecimal baselineKrw) {
		BigDecimal usDemandChange = change(previous.usDemand(), usDemand);
		BigDecimal rokOfferChange = change(previous.rokOffer(), rokOffer);
		BigDecimal gapChange = subtract(gapKrw, previous.gapKrw());
		return new Movement(usDemandChange, rokOfferChange, gapChange, divide(gapChange, baselineKrw),
				previous.usDemand() == null && usDemand != null, previous.rokOffer() == null && rokOffer != null);
	}

	private static BigDecimal change(Standing before, Standing after) {
		if (before == null || after == null) {
			return null;
		}
		BigDecimal ratio = divide(after.chosen().amountKrw(), before.chosen().amountKrw());
		return ratio == null ? null : ratio.subtract(BigDecimal.ONE, MATH);
	}

	static int rank(Reliability reliability) {
		return switch (reliability) {
			case OFFICIAL -> 0;
			case REPORTED -> 1;
			case ESTIMATE -> 2;
		};
	}

	static BigDecimal subtract(BigDecimal a, BigDecimal b) {
		return a == null || b == null ? null : a.subtract(b, MATH);
	}

	/** Absent, never zero or infinite, when either side is absent or the divisor is zero. */
	static BigDecimal divide(BigDecimal a, BigDecimal b) {
		if (a == null || b == null || b.signum() == 0) {
			return null;
		}
		return a.divide(b, MATH);
	}

}
