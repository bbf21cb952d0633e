package org.smatracker.negotiation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.agreement.Agreement;
import org.smatracker.agreement.AgreementYear;
import org.smatracker.gap.GapAnalysis;
import org.smatracker.gap.GapCalculator;
import org.smatracker.gap.GapInput;
import org.smatracker.gap.OfferInput;
import org.smatracker.model.Weighed;
import org.smatracker.money.ExchangeRateService;
import org.smatracker.source.Source;

/** Feeds a negotiation's record into the gap arithmetic: the seam between persistence and the pure core. */
@Service
public class GapService {

	private final GapFrames frames;

	private final OfferRepository offers;

	private final ExchangeRateService rates;

	GapService(GapFrames frames, OfferRepository offers, ExchangeRateService rates) {
		this.frames = frames;
		this.offers = offers;
		this.rates = rates;
	}

	/**
	 * The analysis with the rounds and agreement years behind it. Its entities are detached; the years'
	 * sources are loaded, but in the compare page's analyses ({@link #analyseEach}), which cite none.
	 */
	public record GapReport(GapAnalysis analysis, Map<Long, Round> rounds, AgreementYear baselineYear,
			AgreementYear agreedYear, Integer baselineDueYear) implements Weighed {

		public Round round(long id) {
			return rounds.get(id);
		}

		/** Its positions and points; the rounds are the frame's, weighed there. */
		@Override
		public int weight() {
			return 1 + analysis.offers().size() + analysis.points().size();
		}

	}

	/**
	 * Cached per instance: the key carries the version of the record as cited
	 * ({@link org.smatracker.system.DataVersion#ofCitedRecord()}), so any write but a new source
	 * makes every cached analysis unreachable (and this instance's writes empty the cache). A new
	 * source cannot change an analysis: it counts only how many sources each position has, which are
	 * the position's own links, written with the position. What the analysis stands on besides the
	 * positions is kept across position edits ({@link GapFrames}); the positions are read as figures,
	 * not as records (the JSON, charts and compare page cite no position).
	 */
	@Cacheable(cacheNames = "gaps", key = "{#smaNumber, #asOf, #officialOnly, @dataVersion.ofCitedRecord()}",
			condition = "!@warmup.bypassesCaches()")
	@Transactional(readOnly = true)
	public GapReport analyse(int smaNumber, LocalDate asOf, boolean officialOnly) {
		GapFrames.Frame frame = frames.frame(smaNumber);
		return analyse(frame, inputs(offers.findFiguresForNegotiation(frame.negotiationId())), asOf, officialOnly);
	}

	/**
	 * The analysis of a whole record its caller has loaded already (the negotiation page shows the same
	 * positions), so a page does not load them twice; with the frame the JSON's analysis stands on,
	 * whose baseline and agreed years carry their sources, for the page to cite. Not cached: the
	 * caller's page is.
	 */
	@Transactional(readOnly = true)
	public GapReport analyse(NegotiationService.NegotiationRecord whole, LocalDate asOf, boolean officialOnly) {
		List<OfferInput> positions = whole.offers()
			.stream()
			.map(o -> new OfferInput(o.getId(), o.getReportedDate(), o.getParty(), o.getKind(), o.getForm(),
					o.getAmount(), o.getCurrency(), o.getAppliesToYear(), o.getReliability(), o.getStatus(),
					o.getSources().stream().map(Source::getCode).toList()))
			.toList();
		return analyse(frames.frame(whole.negotiation().getSmaNumber()), positions, asOf, officialOnly);
	}

	/**
	 * The analyses of several negotiations, each as {@link #analyse(int, LocalDate, boolean)} gives it,
	 * with their positions read in one statement for all of them (and their rounds, when not kept); {@code agreements} are the
	 * agreements on record with their years, which the caller (the compare page) has loaded already.
	 * By SMA number. Cached like a single analysis, by the SMA numbers chosen: the agreements are of
	 * the record the version counts.
	 */
	@Cacheable(cacheNames = "gaps",
			key = "{'each', #chosen.![smaNumber], #asOf, #officialOnly, @dataVersion.ofCitedRecord()}",
			condition = "!@warmup.bypassesCaches()")
	@Transactional(readOnly = true)
	public Map<Integer, GapReport> analyseEach(Collection<Negotiation> chosen, Collection<Agreement> agreements,
			LocalDate asOf, boolean officialOnly) {
		if (chosen.isEmpty()) {
			return Map.of();
		}
		Map<Integer, Agreement> bySma = new HashMap<>();
		agreements.forEach(a -> bySma.put(a.getSmaNumber(), a));
		Map<Long, List<OfferFigures>> figuresOf = new HashMap<>();
		offers.findFiguresForNegotiations(chosen.stream().map(Negotiation::getId).toList())
			.forEach(f -> figuresOf.computeIfAbsent(f.negotiationId(), id -> new ArrayList<>()).add(f));
		Map<Long, GapFrames.Frame> frameOf = frames.frames(chosen, bySma);
		Map<Integer, GapReport> reports = new HashMap<>();
		for (Negotiation n : chosen) {
			reports.put(n.getSmaNumber(), analyse(frameOf.get(n.getId()),
					inputs(figuresOf.getOrDefault(n.getId(), List.of())), asOf, officialOnly));
		}
		return Map.copyOf(reports);
	}

	/**
	 * The positions as the arithmetic takes them, from their figures read with one row per source (or
	 * one row without a source), in report order and each position's sources by code.
	 */
	static List<OfferInput> inputs(List<OfferFigures> rows) {
		Map<Long, List<String>> codes = new LinkedHashMap<>();
		Map<Long, OfferFigures> first = new LinkedHashMap<>();
		for (OfferFigures row : rows) {
			first.putIfAbsent(row.id(), row);
			List<String> own = codes.computeIfAbsent(row.id(), id -> new ArrayList<>());
			if (row.sourceCode() != null) {
				own.add(row.sourceCode());
			}
		}
		return first.values()
			.stream()
			.map(o -> new OfferInput(o.id(), o.reportedDate(), o.party(), o.kind(), o.form(), o.amount(),
					o.currency(), o.appliesToYear(), o.reliability(), o.status(), List.copyOf(codes.get(o.id()))))
			.toList();
	}

	private GapReport analyse(GapFrames.Frame frame, List<OfferInput> positions, LocalDate asOf,
			boolean officialOnly) {
		GapAnalysis analysis = GapCalculator.analyse(new GapInput(frame.smaNumber(), frame.baseline(), positions,
				frame.meetings(), frame.agreed(), rates.table(), asOf, officialOnly));
		return new GapReport(analysis, frame.rounds(), frame.baselineYear(), frame.agreedYear(),
				frame.baselineDueYear());
	}

}
