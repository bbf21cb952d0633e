package org.smatracker.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.agreement.Agreement;
import org.smatracker.agreement.AgreementRepository;
import org.smatracker.agreement.AgreementYear;
import org.smatracker.gap.GapAnalysis;
import org.smatracker.money.Currency;
import org.smatracker.money.ExchangeRateService;
import org.smatracker.money.ExchangeRateTable;
import org.smatracker.negotiation.GapService;
import org.smatracker.negotiation.NegotiationRepository;
import org.smatracker.negotiation.RoundRepository;

/** Agreements side by side, and Korea's yearly contribution across all of them. */
@Service
public class CompareService {

	private final AgreementRepository agreements;

	private final NegotiationRepository negotiations;

	private final RoundRepository rounds;

	private final GapService gaps;

	private final ExchangeRateService rates;

	CompareService(AgreementRepository agreements, NegotiationRepository negotiations, RoundRepository rounds,
			GapService gaps, ExchangeRateService rates) {
		this.agreements = agreements;
		this.negotiations = negotiations;
		this.rounds = rounds;
		this.gaps = gaps;
		this.rates = rates;
	}

	/** One agreement's column. Values the record cannot give are absent (shown as "—"). */
	public record Column(Agreement agreement, int firstYear, BigDecimal firstYearKrw, BigDecimal firstYearUsd,
			int headlineYear, BigDecimal headlineKrw, BigDecimal headlineUsd, BigDecimal increaseOverBaseline,
			Long rounds, Long daysFirstRoundToSigning, BigDecimal openingDemandKrw, BigDecimal openingOfferKrw,
			BigDecimal settlementPoint, boolean hasNegotiation) {
	}

	/**
	 * Korea's contribution in one year, in both currencies; empty in a year no agreement covered. A
	 * year an agreement covers without a recorded amount is projected from its rule: the computed
	 * amount, or, while the index it follows is unknown, the most the cap allows ({@code projection}).
	 */
	public record ContributionYear(int year, Integer smaNumber, BigDecimal amountKrw, BigDecimal amountUsd,
			boolean selected, Projection projection) {

		public boolean isProjected() {
			return projection != null;
		}

	}

	/** How a year not recorded was filled in. */
	public enum Projection {

		/** From the escalation rule. */
		COMPUTED,
		/** The cap: at most this much. */
		AT_MOST

	}

	public record Comparison(List<Agreement> all, List<Column> columns, List<Integer> unknown,
			List<ContributionYear> contributions) {
	}

	@Transactional(readOnly = true)
	public Comparison compare(Collection<Integer> requested) {
		ExchangeRateTable table = rates.table();
		List<Agreement> all = agreements.findAllByOrderBySmaNumber();
		Map<Integer, Agreement> bySma = new HashMap<>();
		all.forEach(a -> bySma.put(a.getSmaNumber(), a));
		Map<Integer, Object[]> roundStats = new HashMap<>();
		rounds.countAndFirstDateBySma().forEach(row -> roundStats.put((Integer) row[0], row));

		Set<Integer> selected = new LinkedHashSet<>();
		List<Integer> unknown = new ArrayList<>();
		requested.stream().sorted().forEach(n -> (bySma.containsKey(n) ? selected : unknown).add(n));
		if (selected.isEmpty() && unknown.isEmpty()) {
			// Nothing chosen yet: the three most recent agreements, a useful first view.
			all.stream().skip(Math.max(0, all.size() - 3)).forEach(a -> selected.add(a.getSmaNumber()));
		}

		List<Column> columns = new ArrayList<>();
		for (int sma : selected) {
			Agreement a = bySma.get(sma);
			AgreementYear first = year(a, a.getFirstYear());
			AgreementYear headline = year(a, a.getHeadlineYear());
			Agreement previous = bySma.get(sma - 1);
			AgreementYear baseline = previous == null ? null : year(previous, previous.getLastYear());
			BigDecimal increase = increase(headline, baseline, table);
			Object[] stats = roundStats.get(sma);
			Long count = stats == null ? null : (Long) stats[1];
			Long days = stats == null || a.getSignedDate() == null ? null
					: ChronoUnit.DAYS.between((LocalDate) stats[2], a.getSignedDate());
			boolean hasNegotiation = negotiations.findBySmaNumber(sma).isPresent();
			BigDecimal demand = null;
			BigDecimal offer = null;
			BigDecimal settlement = null;
			if (hasNegotiation) {
				GapAnalysis analysis = gaps.analyse(sma, null, false).analysis();
				demand = analysis.openingUsDemand() == null ? null : analysis.openingUsDemand().chosen().amountKrw();
				offer = analysis.openingRokOffer() == null ? null : analysis.openingRokOffer().chosen().amountKrw();
				settlement = analysis.settlementPoint();
			}
			columns.add(new Column(a, a.getFirstYear(), amount(first, Currency.KRW, table),
					amount(first, Currency.USD, table), a.getHeadlineYear(), amount(headline, Currency.KRW, table),
					amount(headline, Currency.USD, table), increase, count, days, demand, offer, settlement,
					hasNegotiation));
		}

		return new Comparison(all, columns, unknown, contributions(all, selected, table, Integer.MAX_VALUE));
	}

	/** Korea's yearly contribution from the first agreement's first year to {@code lastYear} (the home page's chart). */
	@Transactional(readOnly = true)
	public List<ContributionYear> contributionsUntil(int lastYear) {
		return contributionsUntil(agreements.findAllByOrderBySmaNumber(), lastYear);
	}

	/** The same, from agreements the caller has loaded already (with their years). */
	@Transactional(readOnly = true)
	public List<ContributionYear> contributionsUntil(List<Agreement> all, int lastYear) {
		return contributions(all, Set.of(), rates.table(), lastYear);
	}

	private static List<ContributionYear> contributions(List<Agreement> all, Set<Integer> selected,
			ExchangeRateTable table, int lastYear) {
		List<ContributionYear> contributions = new ArrayList<>();
		if (!all.isEmpty()) {
			int from = all.stream().mapToInt(Agreement::getFirstYear).min().getAsInt();
			int to = Math.min(lastYear, all.stream().mapToInt(Agreement::getLastYear).max().getAsInt());
			Map<Integer, AgreementYear> byYear = new HashMap<>();
			all.forEach(a -> a.getYears().forEach(y -> byYear.put(y.getYear(), y)));
			Map<Integer, ContributionYear> projected = new HashMap<>();
			for (Agreement a : all) {
				boolean gaps = false;
				for (int year = a.getFirstYear(); year <= a.getLastYear(); year++) {
					gaps |= !byYear.containsKey(year);
				}
				if (gaps) {
					ScheduleService.schedule(a, table)
						.stream()
						.filter(y -> !byYear.containsKey(y.year()))
						.forEach(y -> projected.put(y.year(), projected(a, y, selected, table)));
				}
			}
			for (int year = from; year <= to; year++) {
				AgreementYear y = byYear.get(year);
				if (y == null && projected.containsKey(year)) {
					contributions.add(projected.get(year));
					continue;
				}
				Integer sma = y == null ? null : y.getAgreement().getSmaNumber();
				contributions.add(new ContributionYear(year, sma, amount(y, Currency.KRW, table),
						amount(y, Currency.USD, table), sma != null && selected.contains(sma), null));
			}
		}
		return contributions;
	}

	private static ContributionYear projected(Agreement a, ScheduleService.ScheduleYear y, Set<Integer> selected,
			ExchangeRateTable table) {
		boolean computed = y.amountKrw() != null;
		BigDecimal krw = computed ? y.amountKrw() : y.maximumKrw();
		BigDecimal usd = computed ? y.amountUsd()
				: krw == null ? null : table.convert(krw, Currency.KRW, Currency.USD, y.year()).orElse(null);
		return new ContributionYear(y.year(), a.getSmaNumber(), krw, usd, selected.contains(a.getSmaNumber()),
				krw == null ? null : computed ? Projection.COMPUTED : Projection.AT_MOST);
	}

	private static AgreementYear year(Agreement a, int year) {
		return a.getYears().stream().filter(y -> y.getYear() == year).findFirst().orElse(null);
	}

	private static BigDecimal amount(AgreementYear y, Currency currency, ExchangeRateTable table) {
		return y == null ? null : table.convert(y.getAmount(), y.getCurrency(), currency, y.getYear()).orElse(null);
	}

	/** Headline amount over the previous agreement's last year, in the headline amount's own currency. */
	private static BigDecimal increase(AgreementYear headline, AgreementYear baseline, ExchangeRateTable table) {
		if (headline == null || baseline == null) {
			return null;
		}
		BigDecimal base = table.convert(baseline.getAmount(), baseline.getCurrency(), headline.getCurrency(),
				baseline.getYear()).orElse(null);
		if (base == null || base.signum() == 0) {
			return null;
		}
		return headline.getAmount().divide(base, ExchangeRateTable.MATH).subtract(BigDecimal.ONE);
	}

}
