package org.smatracker.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.smatracker.gap.Baseline;
import org.smatracker.gap.GapAnalysis;
import org.smatracker.gap.GapPoint;
import org.smatracker.gap.Meeting;
import org.smatracker.gap.Standing;

/**
 * The gap of a negotiation as JSON: amounts in whole won and whole dollars, fractions (percent of
 * baseline, ratio, gap closed, settlement point) as decimals such as 0.139; absent values are null.
 */
record GapJson(int negotiation, LocalDate asOf, boolean officialOnly, BaselineJson baseline, List<PointJson> points,
		BigDecimal openingDemandKrw, BigDecimal openingOfferKrw, BigDecimal agreedKrw, BigDecimal agreedUsd,
		Integer agreedYear, BigDecimal settlementPoint, BigDecimal increaseOverBaseline) {

	record BaselineJson(int smaNumber, int year, BigDecimal amountKrw, BigDecimal amountUsd) {
	}

	record PointJson(LocalDate date, Integer round, String meeting, BigDecimal demandKrw, BigDecimal demandUsd,
			BigDecimal offerKrw, BigDecimal offerUsd, BigDecimal gapKrw, BigDecimal gapUsd,
			BigDecimal gapPctOfBaseline, BigDecimal ratio, BigDecimal gapClosed, boolean conflicting) {
	}

	static GapJson of(GapAnalysis a, LocalDate asOf, boolean officialOnly) {
		Baseline b = a.baseline();
		return new GapJson(a.smaNumber(), asOf, officialOnly,
				b == null ? null : new BaselineJson(b.smaNumber(), b.year(), whole(b.amountKrw()), whole(b.amountUsd())),
				a.points().stream().map(GapJson::point).toList(), whole(krw(a.openingUsDemand())),
				whole(krw(a.openingRokOffer())), a.agreed() == null ? null : whole(a.agreed().amountKrw()),
				a.agreed() == null ? null : whole(a.agreed().amountUsd()),
				a.agreed() == null ? null : a.agreed().year(), fraction(a.settlementPoint()),
				fraction(a.increaseOverBaseline()));
	}

	private static PointJson point(GapPoint p) {
		Meeting m = p.meetings().isEmpty() ? null : p.meetings().get(0);
		return new PointJson(p.date(), m == null ? null : m.roundNumber(), m == null ? null : m.kind(),
				whole(krw(p.usDemand())), whole(usd(p.usDemand())), whole(krw(p.rokOffer())), whole(usd(p.rokOffer())),
				whole(p.gapKrw()), whole(p.gapUsd()), fraction(p.gapOfBaseline()), fraction(p.ratio()),
				fraction(p.gapClosed()), p.isConflicting());
	}

	private static BigDecimal krw(Standing s) {
		return s == null ? null : s.chosen().amountKrw();
	}

	private static BigDecimal usd(Standing s) {
		return s == null ? null : s.chosen().amountUsd();
	}

	static BigDecimal whole(BigDecimal amount) {
		return amount == null ? null : amount.setScale(0, RoundingMode.HALF_EVEN);
	}

	static BigDecimal fraction(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal rounded = value.setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
		return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
	}

}
