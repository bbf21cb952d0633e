package org.smatracker.negotiation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.Hibernate;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.agreement.Agreement;
import org.smatracker.agreement.AgreementRepository;
import org.smatracker.agreement.AgreementYear;
import org.smatracker.gap.AgreedAmount;
import org.smatracker.gap.Baseline;
import org.smatracker.gap.GapAnalysis;
import org.smatracker.gap.GapCalculator;
import org.smatracker.gap.GapInput;
import org.smatracker.gap.Meeting;
import org.smatracker.gap.NormalisedOffer;
import org.smatracker.gap.Normaliser;
import org.smatracker.gap.OfferInput;
import org.smatracker.model.NotFoundException;
import org.smatracker.money.Currency;
import org.smatracker.money.ExchangeRateService;
import org.smatracker.money.ExchangeRateTable;
import org.smatracker.source.Source;

/** Feeds a negotiation's record into the gap arithmetic: the seam between persistence and the pure core. */
@Service
public class GapService {

	private final NegotiationRepository negotiations;

	private final AgreementRepository agreements;

	private final OfferRepository offers;

	private final RoundRepository rounds;

	private final ExchangeRateService rates;

	GapService(NegotiationRepository negotiations, AgreementRepository agreements, OfferRepository offers,
			RoundRepository rounds, ExchangeRateService rates) {
		this.negotiations = negotiations;
		this.agreements = agreements;
		this.offers = offers;
		this.rounds = rounds;
		this.rates = rates;
	}

	/** The analysis with the records behind it, so a page can cite every position's sources. */
	public record GapReport(GapAnalysis analysis, Map<Long, Offer> offers, Map<Long, Round> rounds,
			AgreementYear baselineYear, AgreementYear agreedYear, Integer baselineDueYear) {

		/**
		 * The position in both currencies as the analysis computed it, or null when the analysis
		 * left it out (replay, official only). Computed on every read, so a percent position gets its
		 * amount the moment the baseline is recorded.
		 */
		public NormalisedOffer normalised(long id) {
			return analysis.offers().stream().filter(n -> n.offer().id() == id).findFirst().orElse(null);
		}

		public Offer offer(long id) {
			return offers.get(id);
		}

		public Round round(long id) {
			return rounds.get(id);
		}

	}

	/**
	 * Cached per instance: the key carries the version of the record as cited
	 * ({@link org.smatracker.system.DataVersion#ofCitedRecord()}), so any write but a new source
	 * makes every cached analysis unreachable (and this instance's writes empty the cache). A new
	 * source cannot change an analysis: it counts only how many sources each position has, which are
	 * the position's own links, written with the position. The report's entities are detached;
	 * the years' sources are not loaded (the JSON, charts and compare page do not cite them; the
	 * negotiation page analyses its own loaded record).
	 */
	@Cacheable(cacheNames = "gaps", key = "{#smaNumber, #asOf, #officialOnly, @dataVersion.ofCitedRecord()}",
			condition = "!@warmup.bypassesCaches()")
	@Transactional(readOnly = true)
	public GapReport analyse(int smaNumber, LocalDate asOf, boolean officialOnly) {
		Negotiation negotiation = negotiations.findBySmaNumber(smaNumber)
			.orElseThrow(() -> new NotFoundException("Negotiation " + smaNumber));
		return analyse(negotiation, offers.findForNegotiation(negotiation.getId()),
				rounds.findByNegotiationId(negotiation.getId()), agreementsFor(negotiation), asOf, officialOnly,
				false);
	}

	/**
	 * The analysis of a whole record its caller has loaded already (the negotiation page shows the same
	 * rounds and positions), so a page does not load them twice. Not cached: the caller's page is.
	 */
	@Transactional(readOnly = true)
	public GapReport analyse(NegotiationService.NegotiationRecord whole, LocalDate asOf, boolean officialOnly) {
		return analyse(whole.negotiation(), whole.offers(), whole.rounds(), agreementsFor(whole.negotiation()), asOf,
				officialOnly, true);
	}

	/**
	 * The analyses of several negotiations, each as {@link #analyse(int, LocalDate, boolean)} gives it,
	 * with their positions and rounds read in one statement each for all of them; {@code agreements}
	 * are the agreements on record with their years, which the caller (the compare page) has loaded
	 * already. By SMA number. Cached like a single analysis, by the SMA numbers chosen: the
	 * agreements are of the record the version counts.
	 */
	@Cacheable(cacheNames = "gaps",
			key = "{'each', #chosen.![smaNumber], #asOf, #officialOnly, @dataVersion.ofCitedRecord()}",
			condition = "!@warmup.bypassesCaches()")
	@Transactional(readOnly = true)
	public Map<Integer, GapReport> analyseEach(Collection<Negotiation> chosen, Collection<Agreement> agreements,
			LocalDate asOf, boolean officialOnly) {
		Map<Integer, GapReport> reports = new HashMap<>();
		if (chosen.isEmpty()) {
			return Map.of();
		}
		List<Long> ids = chosen.stream().map(Negotiation::getId).toList();
		Map<Long, List<Offer>> offersOf = new HashMap<>();
		offers.findForNegotiations(ids)
			.forEach(o -> offersOf.computeIfAbsent(o.getNegotiationId(), id -> new ArrayList<>()).add(o));
		Map<Long, List<Round>> roundsOf = new HashMap<>();
		rounds.findByNegotiationIdIn(ids)
			.forEach(r -> roundsOf.computeIfAbsent(r.getNegotiationId(), id -> new ArrayList<>()).add(r));
		Map<Integer, Agreement> bySma = new HashMap<>();
		agreements.forEach(a -> bySma.put(a.getSmaNumber(), a));
		for (Negotiation n : chosen) {
			reports.put(n.getSmaNumber(), analyse(n, offersOf.getOrDefault(n.getId(), List.of()),
					roundsOf.getOrDefault(n.getId(), List.of()), bySma, asOf, officialOnly, false));
		}
		return Map.copyOf(reports);
	}

	/** The previous agreement and the negotiation's own, with their years, by SMA number: one statement. */
	private Map<Integer, Agreement> agreementsFor(Negotiation negotiation) {
		int previous = negotiation.getSmaNumber() - 1;
		int own = negotiation.getAgreement() != null ? negotiation.getAgreement().getSmaNumber() : previous;
		Map<Integer, Agreement> bySma = new HashMap<>();
		agreements.findWithYears(previous, own).forEach(a -> bySma.put(a.getSmaNumber(), a));
		return bySma;
	}

	/**
	 * {@code agreements}: at least the previous agreement and the negotiation's own, with their years,
	 * by SMA number. {@code withYearSources}: also load the sources of the baseline and agreed years,
	 * which only the page cites.
	 */
	private GapReport analyse(Negotiation negotiation, List<Offer> offerList, List<Round> roundList,
			Map<Integer, Agreement> agreements, LocalDate asOf, boolean officialOnly, boolean withYearSources) {
		int smaNumber = negotiation.getSmaNumber();
		ExchangeRateTable table = rates.table();

		// The previous agreement gives the baseline (its last year's amount) and the year it is due for.
		Optional<Agreement> previous = Optional.ofNullable(agreements.get(smaNumber - 1));
		AgreementYear baselineYear = previous.flatMap(Agreement::lastYearAmount).orElse(null);
		Integer baselineDueYear = previous.map(Agreement::getLastYear).orElse(null);
		Baseline baseline = baselineYear == null ? null : Normaliser.baseline(smaNumber - 1, baselineYear.getYear(),
				baselineYear.getAmount(), baselineYear.getCurrency(), table);
		if (withYearSources && baselineYear != null) {
			Hibernate.initialize(baselineYear.getSources());
		}

		Agreement agreement = negotiation.getAgreement();
		AgreementYear agreedYear = null;
		AgreedAmount agreed = null;
		if (agreement != null) {
			agreedYear = Optional.ofNullable(agreements.get(agreement.getSmaNumber()))
				.flatMap(a -> a.year(a.getHeadlineYear()))
				.orElse(null);
			if (agreedYear != null) {
				if (withYearSources) {
					Hibernate.initialize(agreedYear.getSources());
				}
				int year = agreedYear.getYear();
				var rate = table.rateFor(year).orElse(null);
				var krw = table.convert(agreedYear.getAmount(), agreedYear.getCurrency(), Currency.KRW, year)
					.orElse(null);
				var usd = table.convert(agreedYear.getAmount(), agreedYear.getCurrency(), Currency.USD, year)
					.orElse(null);
				LocalDate knownFrom = negotiation.getEndDate() != null ? negotiation.getEndDate()
						: agreement.getSignedDate();
				agreed = new AgreedAmount(year, krw, usd, rate, knownFrom);
			}
		}

		List<OfferInput> positions = offerList.stream()
			.map(o -> new OfferInput(o.getId(), o.getReportedDate(), o.getParty(), o.getKind(), o.getForm(),
					o.getAmount(), o.getCurrency(), o.getAppliesToYear(), o.getReliability(), o.getStatus(),
					o.getSources().stream().map(Source::getCode).toList()))
			.toList();
		List<Meeting> meetings = roundList.stream()
			.sorted(Comparator.comparing(Round::getStartDate))
			.map(r -> new Meeting(r.getId(), r.getRoundNumber(), r.getKind().name(), r.getStartDate(), r.getLastDay()))
			.toList();

		GapAnalysis analysis = GapCalculator
			.analyse(new GapInput(smaNumber, baseline, positions, meetings, agreed, table, asOf, officialOnly));
		return new GapReport(analysis, offerList.stream().collect(Collectors.toMap(Offer::getId, Function.identity())),
				roundList.stream().collect(Collectors.toMap(Round::getId, Function.identity())), baselineYear,
				agreedYear, baselineDueYear);
	}

}
