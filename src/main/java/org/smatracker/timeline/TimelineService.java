package org.smatracker.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.agreement.Agreement;
import org.smatracker.agreement.AgreementRecord;
import org.smatracker.agreement.TermService;
import org.smatracker.agreement.TermStatement;
import org.smatracker.analysis.CompareService;
import org.smatracker.negotiation.Offer;
import org.smatracker.negotiation.OfferRepository;
import org.smatracker.negotiation.NegotiationService;
import org.smatracker.negotiation.Round;
import org.smatracker.system.PageModels;
import org.smatracker.timeline.TimelineView.Entry;

/**
 * The timeline page, a page at a time (see {@link TimelinePages} for how pages are cut: the whole real
 * history fits on the first page, a record a hundred times larger is cut into pages of the same size).
 * A page costs the same statements whatever the size of the record: the agreements (shown, charted and
 * used for "where things stand") and the statements made during their terms (both kept across position
 * edits, {@link AgreementRecord}), the exchange rates, the period's rounds with their leads (kept across
 * position edits too, {@link NegotiationService#roundsStarting}), the positions at those rounds and the
 * positions between rounds; plus the page index's one count when it is not cached.
 */
@Service
public class TimelineService {

	private final AgreementRecord agreements;

	private final NegotiationService negotiations;

	private final OfferRepository offers;

	private final TimelinePages pages;

	private final TermService terms;

	private final CompareService compare;

	private final TimelineTexts texts;

	TimelineService(AgreementRecord agreements, NegotiationService negotiations, OfferRepository offers,
			TimelinePages pages, TermService terms, CompareService compare, TimelineTexts texts) {
		this.agreements = agreements;
		this.negotiations = negotiations;
		this.offers = offers;
		this.pages = pages;
		this.terms = terms;
		this.compare = compare;
		this.texts = texts;
	}

	/**
	 * Everything the page shows for these filters, written in the request's language: the events that
	 * pass the filter on one page (a page number past the end gives the last page), where things stand,
	 * the contribution chart and the filter form. Kept in {@link PageModels}: a new source leaves it
	 * as it was.
	 */
	@Cacheable(cacheNames = PageModels.CACHE, keyGenerator = "pageModels", condition = "!@warmup.bypassesCaches()")
	@Transactional(readOnly = true)
	public TimelineView page(TimelineFilter filter, int page) {
		List<Agreement> all = agreements.agreements();
		List<TermStatement> statements = agreements.statements();
		int thisYear = LocalDate.now().getYear();
		List<TimelinePages.Period> index = pages.index(filter.sma(), filter.newestFirst(), all);
		int number = Math.max(1, Math.min(page, index.size()));
		List<TimelineView.Year> years = index.isEmpty() ? List.of() : years(filter, index.get(number - 1), all, statements);
		TimelineView.Pager pager = TimelineView.Pager.of(filter, number, index.size(),
				texts.msg("timeline.pages.position", number, index.size()));
		return new TimelineView(texts.filters(filter, all), texts.standing(terms.standing(all, statements, thisYear).orElse(null)),
				compare.contributionsUntil(all, thisYear), pager, years);
	}

	private List<TimelineView.Year> years(TimelineFilter filter, TimelinePages.Period period, List<Agreement> all,
			List<TermStatement> statements) {
		record Dated(LocalDate date, int kind, Entry entry) {
		}
		List<Dated> events = new ArrayList<>();
		for (Agreement agreement : all) {
			LocalDate date = TimelinePages.dateOf(agreement);
			if ((filter.sma() == null || filter.sma() == agreement.getSmaNumber()) && period.contains(date)) {
				events.add(new Dated(date, 0, texts.agreement(agreement, date)));
			}
		}
		Map<Long, List<Offer>> atRound = new HashMap<>();
		for (Offer offer : offers.findAtRoundsBetween(filter.sma(), period.from(), period.to())) {
			if (matches(offer, filter)) {
				atRound.computeIfAbsent(offer.getRound().getId(), id -> new ArrayList<>()).add(offer);
			}
		}
		for (Round round : negotiations.roundsStarting(filter.sma(), period.from(), period.to())) {
			events.add(new Dated(round.getStartDate(), 1,
					texts.round(round, atRound.getOrDefault(round.getId(), List.of()))));
		}
		for (Offer offer : offers.findUnattachedToRound(filter.sma(), period.from(), period.to())) {
			if (matches(offer, filter)) {
				events.add(new Dated(offer.getReportedDate(), 2, texts.offer(offer)));
			}
		}
		for (TermStatement statement : terms.between(statements, filter.sma(), period.from(), period.to())) {
			// A joint statement is both parties'; a party filter keeps it.
			if (filter.party() == null || statement.getParty() == TermStatement.Speaker.BOTH
					|| statement.getParty().name().equals(filter.party().name())) {
				events.add(new Dated(statement.getStatementDate(), 3, texts.statement(statement)));
			}
		}
		Comparator<Dated> order = Comparator.comparing(Dated::date).thenComparingInt(Dated::kind);
		events.sort(filter.newestFirst() ? order.reversed() : order);
		Map<Integer, List<Entry>> byYear = new LinkedHashMap<>();
		for (Dated event : events) {
			byYear.computeIfAbsent(event.date().getYear(), y -> new ArrayList<>()).add(event.entry());
		}
		return byYear.entrySet()
			.stream()
			.map(e -> new TimelineView.Year(e.getKey(), "year-" + e.getKey(), e.getValue()))
			.toList();
	}

	private static boolean matches(Offer offer, TimelineFilter filter) {
		return filter.party() == null || offer.getParty() == filter.party();
	}

}
