package org.smatracker.datahealth;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.smatracker.datahealth.Facts.AgreementFacts;
import org.smatracker.datahealth.Facts.YearFacts;
import org.smatracker.datahealth.Rule.Findings;

/**
 * Each year's amount follows from the year before by the agreement's rule: a fixed percentage, an
 * index clamped to a floor and cap, or no growth when frozen. Amounts are compared to the rounding of
 * the coarser of the two figures; a year in another currency than the one before is left to the
 * currency rule.
 */
final class ScheduleChainRule {

	static final String CODE = "schedule-chain";

	static void check(Facts facts, Findings findings) {
		Map<Integer, YearFacts> allYears = new TreeMap<>();
		facts.agreements().forEach(a -> a.years().forEach(y -> allYears.put(y.year(), y)));
		for (AgreementFacts a : facts.agreements()) {
			List<YearFacts> years = a.years().stream().sorted(Comparator.comparingInt(YearFacts::year)).toList();
			for (YearFacts y : years) {
				RecordRef ref = RecordRef.year(y.id(), a.smaNumber(), y.year());
				if (y.year() < a.firstYear() || y.year() > a.lastYear()) {
					findings.add(Severity.ERROR, ref, "health.schedule.outside", y.year(),
							a.firstYear(), a.lastYear());
					continue;
				}
				YearFacts previous = allYears.get(y.year() - 1);
				if (previous == null || !previous.currency().equals(y.currency())
						|| previous.amount().signum() == 0) {
					continue;
				}
				BigDecimal tolerance = Rounding.unit(previous.amount(), y.amount());
				BigDecimal growth = Rounding.growthPct(previous.amount(), y.amount());
				if ("FROZEN".equals(y.basis())) {
					if (!Rounding.within(y.amount(), previous.amount(), tolerance)) {
						findings.add(Severity.ERROR, ref, "health.schedule.frozen", y.year(),
								Rounding.pct(growth));
					}
					continue;
				}
				if (y.year() == a.firstYear()) {
					continue; // a new agreement sets its first year; no rule links it to the last one
				}
				checkRule(a, y, previous, tolerance, growth, ref, findings);
			}
		}
	}

	private static void checkRule(AgreementFacts a, YearFacts y, YearFacts previous, BigDecimal tolerance,
			BigDecimal growth, RecordRef ref, Findings findings) {
		switch (a.rule()) {
			case "FIXED_PERCENT" -> {
				if (a.ratePct() == null) {
					findings.add(Severity.ERROR, RecordRef.agreement(a.id(), a.smaNumber()),
							"health.schedule.noRate");
					return;
				}
				BigDecimal expected = Rounding.grow(previous.amount(), a.ratePct());
				if (!Rounding.within(y.amount(), expected, tolerance)) {
					findings.add(Severity.ERROR, ref, "health.schedule.fixed", y.year(),
							Rounding.pct(growth), a.ratePct().stripTrailingZeros().toPlainString() + "%");
				}
			}
			case "FROZEN" -> {
				if (!Rounding.within(y.amount(), previous.amount(), tolerance)) {
					findings.add(Severity.ERROR, ref, "health.schedule.frozen", y.year(),
							Rounding.pct(growth));
				}
			}
			case "CPI_LINKED", "DEFENCE_BUDGET_LINKED" -> {
				if (a.capPct() != null
						&& y.amount().compareTo(Rounding.grow(previous.amount(), a.capPct()).add(tolerance)) > 0) {
					findings.add(Severity.ERROR, ref, "health.schedule.aboveCap", y.year(),
							Rounding.pct(growth), a.capPct().stripTrailingZeros().toPlainString() + "%");
				}
				else if (a.floorPct() != null && y.amount()
					.compareTo(Rounding.grow(previous.amount(), a.floorPct()).subtract(tolerance)) < 0) {
					findings.add(Severity.ERROR, ref, "health.schedule.belowFloor", y.year(),
							Rounding.pct(growth), a.floorPct().stripTrailingZeros().toPlainString() + "%");
				}
				else if (a.floorPct() == null && y.amount().add(tolerance).compareTo(previous.amount()) < 0) {
					findings.add(Severity.WARNING, ref, "health.schedule.fell", y.year(),
							Rounding.pct(growth));
				}
				else if (a.capPct() == null) {
					// Without a cap only the index itself would tell; the record has no index series.
					findings.add(Severity.INFO, ref, "health.schedule.unchecked", y.year(),
							Rounding.pct(growth));
				}
			}
			default -> {
				// NONE: each year's amount is fixed by the deal itself; the text rule compares them.
			}
		}
	}

}
