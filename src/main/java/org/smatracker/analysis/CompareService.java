package org.smatracker.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.agreement.Agreement;
import org.smatracker.agreement.AgreementRecord;
import org.smatracker.agreement.AgreementYear;
import org.smatracker.gap.GapAnalysis;
import org.smatracker.money.Currency;
import org.smatracker.money.ExchangeRateService;
import org.smatracker.money.ExchangeRateTable;
import org.smatracker.negotiation.GapService;
import org.smatracker.negotiation.NegotiationService;
import org.smatracker.negotiation.GapService.GapReport;
import org.smatracker.negotiation.Negotiation;
import org.smatracker.negotiation.Round;
import org.smatracker.system.Formats;
import org.smatracker.system.PageModels;

/** Agreements side by side, and Korea's yearly contribution across all of them. */
@Service
public class CompareService {

	private final AgreementRecord agreements;

	private final NegotiationService negotiations;

	private final GapService gaps;

	private final ExchangeRateService rates;

	private final Formats fmt;

	private final MessageSource messages;

	CompareService(AgreementRecord agreements, NegotiationService negotiations, GapService gaps,
			ExchangeRateService rates, Formats fmt, MessageSource messages) {
		this.agreements = agreements;
		this.negotiations = negotiations;
		this.gaps = gaps;
		this.rates = rates;
		this.fmt = fmt;
		this.messages = messages;
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/**
	 * One agreement's column, formatted once in the request's language; values the record cannot give
	 * read "—". {@code workingHref} links to the negotiation's gap workings, absent without talks.
	 */
	public record Column(int smaNumber, String href, String name, String years, String firstKrw, String firstUsd,
			String headlineKrw, String headlineUsd, String increase, String escalation, String rounds, String days,
			String openingDemand, String openingOffer, String settlementPoint, String workingHref) {
	}

	/** A box to tick on the compare page. */
	public record Choice(int smaNumber, String name, boolean checked) {
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

	/** The compare page: every agreement to choose from, the chosen ones' columns, and the contribution chart. */
	public record Comparison(List<Choice> all, List<Column> columns, String unknown,
			List<ContributionYear> contributions) {
	}

	/**
	 * The compare page for the requested SMA numbers; {@code base} is the context path for links. Kept
	 * in {@link PageModels}: a new source leaves it as it was.
	 */
	@Cacheable(cacheNames = PageModels.CACHE, keyGenerator = "pageModels", condition = "!@warmup.bypassesCaches()")
	@Transactional(readOnly = true)
	public Comparison compare(Collection<Integer> requested, String base) {
		ExchangeRateTable table = rates.table();
		List<Agreement> all = agreements.agreements();
		Map<Integer, Agreement> bySma = new HashMap<>();
		all.forEach(a -> bySma.put(a.getSmaNumber(), a));
		Map<Integer, Negotiation> bySmaNegotiation = new HashMap<>();
		negotiations.list().forEach(n -> bySmaNegotiation.put(n.getSmaNumber(), n));

		Set<Integer> selected = new LinkedHashSet<>();
		List<Integer> unknown = new ArrayList<>();
		requested.stream().sorted().forEach(n -> (bySma.containsKey(n) ? selected : unknown).add(n));
		if (selected.isEmpty() && unknown.isEmpty()) {
			// Nothing chosen yet: the three most recent agreements, a useful first view.
			all.stream().skip(Math.max(0, all.size() - 3)).forEach(a -> selected.add(a.getSmaNumber()));
		}

		List<Negotiation> shown = selected.stream().map(bySmaNegotiation::get).filter(Objects::nonNull).toList();
		Map<Integer, GapReport> reports = gaps.analyseEach(shown, all, null, false);
		List<Column> columns = new ArrayList<>();
		for (int sma : selected) {
			Agreement a = bySma.get(sma);
			AgreementYear first = year(a, a.getFirstYear());
			AgreementYear headline = year(a, a.getHeadlineYear());
			Agreement previous = bySma.get(sma - 1);
			AgreementYear baseline = previous == null ? null : year(previous, previous.getLastYear());
			BigDecimal increase = increase(headline, baseline, table);
			GapReport report = reports.get(sma);
			boolean hasNegotiation = report != null;
			// The rounds on record (the analysis read them): how many, and the days from the first to signing.
			Long count = hasNegotiation && !report.rounds().isEmpty() ? (long) report.rounds().size() : null;
			Long days = count == null || a.getSignedDate() == null ? null
					: ChronoUnit.DAYS.between(report.rounds()
						.values()
						.stream()
						.map(Round::getStartDate)
						.min(Comparator.naturalOrder())
						.orElseThrow(), a.getSignedDate());
			BigDecimal demand = null;
			BigDecimal offer = null;
			BigDecimal settlement = null;
			if (hasNegotiation) {
				GapAnalysis analysis = report.analysis();
				demand = analysis.openingUsDemand() == null ? null : analysis.openingUsDemand().chosen().amountKrw();
				offer = analysis.openingRokOffer() == null ? null : analysis.openingRokOffer().chosen().amountKrw();
				settlement = analysis.settlementPoint();
			}
			BigDecimal firstUsd = amount(first, Currency.USD, table);
			BigDecimal headlineUsd = amount(headline, Currency.USD, table);
			columns.add(new Column(sma, base + "/agreements/" + sma, fmt.sma(sma),
					msg("agreement.covers", a.getFirstYear(), a.getLastYear()) + " (" + a.getYearsCovered() + ")",
					fmt.money(amount(first, Currency.KRW, table), Currency.KRW),
					fmt.money(firstUsd, Currency.USD) + " (" + a.getFirstYear() + ")",
					fmt.money(amount(headline, Currency.KRW, table), Currency.KRW),
					fmt.money(headlineUsd, Currency.USD) + " (" + a.getHeadlineYear() + ")",
					fmt.signedPercent(increase), msg("escalation." + a.getEscalationRule()),
					count == null ? "—" : String.valueOf(count), days == null ? "—" : String.valueOf(days),
					fmt.money(demand, Currency.KRW), fmt.money(offer, Currency.KRW),
					settlement == null ? "—" : NegotiationPageService.decimal(settlement, 4),
					hasNegotiation ? base + "/negotiations/" + sma + "#gap" : null));
		}

		List<Choice> choices = all.stream()
			.map(a -> new Choice(a.getSmaNumber(), fmt.sma(a.getSmaNumber()), selected.contains(a.getSmaNumber())))
			.toList();
		return new Comparison(choices, columns,
				unknown.isEmpty() ? null
						: String.join(", ", unknown.stream().map(String::valueOf).toList()),
				contributions(all, selected, table, Integer.MAX_VALUE));
	}

	/** Korea's yearly contribution from the first agreement's first year to {@code lastYear} (the home page's chart). */
	@Transactional(readOnly = true)
	public List<ContributionYear> contributionsUntil(int lastYear) {
		return contributionsUntil(agreements.agreements(), lastYear);
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
