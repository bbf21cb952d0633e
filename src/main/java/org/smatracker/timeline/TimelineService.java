package org.smatracker.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.agreement.Agreement;
import org.smatracker.agreement.AgreementRepository;
import org.smatracker.negotiation.Round;
import org.smatracker.negotiation.RoundRepository;
import org.smatracker.negotiation.Offer;
import org.smatracker.negotiation.OfferRepository;
import org.smatracker.agreement.TermService;
import org.smatracker.agreement.TermStatement;

/**
 * The timeline, a page at a time (see {@link TimelinePages} for how pages are cut: the whole real
 * history fits on the first page, a record a hundred times larger is cut into pages of the same
 * size). A page costs five statements whatever the size of the record: agreements, the period's
 * rounds with their leads, the positions at those rounds, the positions between rounds and the
 * statements made during agreements' terms; plus
 * the page index's two counts when it is not cached.
 */
@Service
public class TimelineService {

	private final AgreementRepository agreements;

	private final RoundRepository rounds;

	private final OfferRepository offers;

	private final TimelinePages pages;

	private final TermService terms;

	TimelineService(AgreementRepository agreements, RoundRepository rounds, OfferRepository offers,
			TimelinePages pages, TermService terms) {
		this.agreements = agreements;
		this.rounds = rounds;
		this.offers = offers;
		this.pages = pages;
		this.terms = terms;
	}

	public record YearGroup(int year, List<TimelineEvent> events) {
	}

	/** One page: its year groups, its number (from 1) and how many pages there are. */
	public record TimelinePage(List<YearGroup> years, int page, int pages, List<Integer> smaNumbers) {

		public boolean hasPrevious() {
			return page > 1;
		}

		public boolean hasNext() {
			return page < pages;
		}

	}

	/** The events that pass the filter on one page (a page number past the end gives the last page). */
	@Transactional(readOnly = true)
	public TimelinePage timeline(TimelineFilter filter, int page) {
		List<Agreement> allAgreements = agreements.findAllByOrderBySmaNumber();
		List<Integer> smaNumbers = allAgreements.stream().map(Agreement::getSmaNumber).toList();
		List<TimelinePages.Period> index = pages.index(filter.sma(), filter.newestFirst());
		if (index.isEmpty()) {
			return new TimelinePage(List.of(), 1, 1, smaNumbers);
		}
		int number = Math.max(1, Math.min(page, index.size()));
		TimelinePages.Period period = index.get(number - 1);

		List<TimelineEvent> events = new ArrayList<>();
		for (Agreement agreement : allAgreements) {
			TimelineEvent event = TimelineEvent.of(agreement);
			if ((filter.sma() == null || filter.sma() == agreement.getSmaNumber()) && period.contains(event.date())) {
				events.add(event);
			}
		}
		Map<Long, List<Offer>> atRound = new HashMap<>();
		for (Offer offer : offers.findAtRoundsBetween(filter.sma(), period.from(), period.to())) {
			if (matches(offer, filter)) {
				atRound.computeIfAbsent(offer.getRound().getId(), id -> new ArrayList<>()).add(offer);
			}
		}
		for (Round round : rounds.findForTimeline(filter.sma(), period.from(), period.to())) {
			events.add(TimelineEvent.of(round, atRound.getOrDefault(round.getId(), List.of())));
		}
		for (Offer offer : offers.findUnattachedToRound(filter.sma(), period.from(), period.to())) {
			if (matches(offer, filter)) {
				events.add(TimelineEvent.of(offer));
			}
		}
		for (TermStatement statement : terms.between(filter.sma(), period.from(), period.to())) {
			// A joint statement is both parties'; a party filter keeps it.
			if (filter.party() == null || statement.getParty() == TermStatement.Speaker.BOTH
					|| statement.getParty().name().equals(filter.party().name())) {
				events.add(TimelineEvent.of(statement));
			}
		}
		Comparator<TimelineEvent> order = Comparator.comparing(TimelineEvent::date)
			.thenComparing(e -> e.kind().ordinal());
		events.sort(filter.newestFirst() ? order.reversed() : order);
		Map<Integer, List<TimelineEvent>> byYear = new LinkedHashMap<>();
		for (TimelineEvent event : events) {
			byYear.computeIfAbsent(event.year(), y -> new ArrayList<>()).add(event);
		}
		return new TimelinePage(byYear.entrySet().stream().map(e -> new YearGroup(e.getKey(), e.getValue())).toList(),
				number, index.size(), smaNumbers);
	}

	private static boolean matches(Offer offer, TimelineFilter filter) {
		return filter.party() == null || offer.getParty() == filter.party();
	}

}
