package org.smatracker.datahealth;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.smatracker.datahealth.Facts.AgreementFacts;
import org.smatracker.datahealth.Facts.QuotedFacts;
import org.smatracker.datahealth.Facts.YearFacts;
import org.smatracker.datahealth.Rule.Findings;

/**
 * An agreement's won and dollar figures agree: its yearly rows are in one currency, its first-year
 * amount in won matches the first row, and a dollar figure quoted for the same money lies within
 * {@link #SPREAD_PCT} of a conversion at the annual average of the year paid or of the year it was
 * reported (the press converts at the day's rate, which moves about that much within a year).
 */
final class CurrencyRule {

	static final String CODE = "currencies";

	/** How far a quoted conversion may lie from one at an annual average rate, in percent. */
	static final BigDecimal SPREAD_PCT = BigDecimal.valueOf(5);

	static void check(Facts facts, Findings findings) {
		TreeMap<Integer, BigDecimal> rates = new TreeMap<>(facts.krwPerUsd());
		for (AgreementFacts a : facts.agreements()) {
			RecordRef ref = RecordRef.agreement(a.id(), a.smaNumber());
			Set<String> currencies = new LinkedHashSet<>();
			a.years().forEach(y -> currencies.add(y.currency()));
			if (currencies.size() > 1) {
				findings.add(Severity.ERROR, ref, "health.currency.mixed", String.join(", ", currencies));
			}
			Optional<YearFacts> first = a.years().stream().filter(y -> y.year() == a.firstYear()).findFirst();
			Set<Integer> reportedIn = reportYears(a);
			if (a.firstYearAmountKrw() != null && first.isPresent()) {
				YearFacts row = first.get();
				if ("KRW".equals(row.currency())) {
					if (!Rounding.within(row.amount(), a.firstYearAmountKrw(),
							Rounding.unit(row.amount(), a.firstYearAmountKrw()))) {
						findings.add(Severity.ERROR, ref, "health.currency.firstYear",
								a.firstYearAmountKrw(), row.amount());
					}
				}
				else {
					findings.add(Severity.WARNING, ref, "health.currency.restated", a.firstYear(),
							a.firstYearAmountKrw(), row.amount());
					if (!agrees(row.amount(), a.firstYearAmountKrw(), rates, Set.of(a.firstYear()))) {
						findings.add(Severity.ERROR, ref, "health.currency.spread",
								row.amount(), a.firstYearAmountKrw(), SPREAD_PCT);
					}
				}
			}
			if (a.usdEquivalentQuoted() != null && first.isPresent()) {
				YearFacts row = first.get();
				boolean ok = "USD".equals(row.currency())
						? Rounding.within(row.amount(), a.usdEquivalentQuoted(),
								Rounding.unit(row.amount(), a.usdEquivalentQuoted()))
						: agrees(a.usdEquivalentQuoted(), row.amount(), rates, reportedIn);
				if (!ok) {
					findings.add(Severity.ERROR, ref, "health.currency.quoted",
							a.usdEquivalentQuoted(), row.amount(), row.currency(), SPREAD_PCT);
				}
			}
			for (YearFacts y : a.years()) {
				for (QuotedFacts q : y.quoted()) {
					if (q.currency().equals(y.currency())) {
						continue;
					}
					BigDecimal usd = "USD".equals(q.currency()) ? q.amount() : y.amount();
					BigDecimal krw = "USD".equals(q.currency()) ? y.amount() : q.amount();
					if (!agrees(usd, krw, rates, Set.of(y.year(), y.year() - 1))) {
						findings.add(Severity.ERROR, RecordRef.year(y.id(), a.smaNumber(), y.year()),
								"health.currency.pressQuote", q.amount(), q.currency(), q.source().code(), SPREAD_PCT);
					}
				}
			}
		}
	}

	/** The years a first-year figure may have been converted in: the year itself and when it was agreed. */
	private static Set<Integer> reportYears(AgreementFacts a) {
		Set<Integer> years = new LinkedHashSet<>();
		years.add(a.firstYear());
		years.add(a.firstYear() - 1);
		if (a.signed() != null && a.signed().date() != null) {
			years.add(a.signed().date().getYear());
		}
		return years;
	}

	/** Whether usd × rate lies within the spread of krw for the rate of any of the given years. */
	static boolean agrees(BigDecimal usd, BigDecimal krw, TreeMap<Integer, BigDecimal> rates, Set<Integer> years) {
		boolean anyRate = false;
		for (int year : years) {
			Map.Entry<Integer, BigDecimal> rate = rates.floorEntry(year);
			if (rate == null) {
				continue;
			}
			anyRate = true;
			BigDecimal converted = usd.multiply(rate.getValue(), Rounding.MATH);
			BigDecimal off = Rounding.growthPct(krw, converted).abs();
			if (off.compareTo(SPREAD_PCT) <= 0) {
				return true;
			}
		}
		return !anyRate;
	}

}
