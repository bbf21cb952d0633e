package org.smatracker.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.agreement.Agreement;
import org.smatracker.agreement.AgreementRepository;
import org.smatracker.negotiation.Round;
import org.smatracker.negotiation.RoundRepository;
import org.smatracker.offer.Offer;
import org.smatracker.offer.OfferRepository;

/**
 * The timeline, a page at a time. A page is a run of whole years holding at most
 * {@link #EVENTS_PER_PAGE} events (a year with more is a page of its own), so the whole real
 * history fits on the first page while a record a hundred times larger is cut into pages of the
 * same size. Every page costs the same six queries whatever the size of the record: two counts per
 * year, then agreements, rounds (with leads), the positions at those rounds and the positions
 * between rounds, each in one statement.
 */
@Service
public class TimelineService {

	static final int EVENTS_PER_PAGE = 100;

	private final AgreementRepository agreements;

	private final RoundRepository rounds;

	private final OfferRepository offers;

	TimelineService(AgreementRepository agreements, RoundRepository rounds, OfferRepository offers) {
		this.agreements = agreements;
		this.rounds = rounds;
		this.offers = offers;
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

	/** The events that pass the filter on one page (out-of-range page numbers give the last page). */
	@Transactional(readOnly = true)
	public TimelinePage timeline(TimelineFilter filter, int page) {
		List<Agreement> allAgreements = agreements.findAllByOrderBySmaNumber();
		List<Agreement> shownAgreements = allAgreements.stream()
			.filter(a -> filter.sma() == null || filter.sma() == a.getSmaNumber())
			.toList();
		List<Integer> smaNumbers = allAgreements.stream().map(Agreement::getSmaNumber).toList();

		// How many events each year holds, to cut the record into pages of whole years.
		Map<Integer, Long> perYear = filter.newestFirst() ? new TreeMap<>(Comparator.reverseOrder())
				: new TreeMap<>();
		shownAgreements.forEach(a -> perYear.merge(TimelineEvent.of(a).year(), 1L, Long::sum));
		for (Object[] row : rounds.countByYear(filter.sma())) {
			perYear.merge(((Number) row[0]).intValue(), (Long) row[1], Long::sum);
		}
		for (Object[] row : offers.countUnattachedByYear(filter.sma())) {
			perYear.merge(((Number) row[0]).intValue(), (Long) row[1], Long::sum);
		}
		List<List<Integer>> pages = paginate(perYear, EVENTS_PER_PAGE);
		if (pages.isEmpty()) {
			return new TimelinePage(List.of(), 1, 1, smaNumbers);
		}
		int number = Math.max(1, Math.min(page, pages.size()));
		List<Integer> years = pages.get(number - 1);
		int firstYear = years.stream().min(Integer::compare).get();
		int lastYear = years.stream().max(Integer::compare).get();
		LocalDate from = LocalDate.of(firstYear, 1, 1);
		LocalDate to = LocalDate.of(lastYear + 1, 1, 1);

		List<TimelineEvent> events = new ArrayList<>();
		for (Agreement agreement : shownAgreements) {
			TimelineEvent event = TimelineEvent.of(agreement);
			if (event.year() >= firstYear && event.year() <= lastYear) {
				events.add(event);
			}
		}
		Map<Long, List<Offer>> atRound = new HashMap<>();
		for (Offer offer : offers.findAtRoundsBetween(filter.sma(), from, to)) {
			if (matches(offer, filter)) {
				atRound.computeIfAbsent(offer.getRound().getId(), id -> new ArrayList<>()).add(offer);
			}
		}
		for (Round round : rounds.findForTimeline(filter.sma(), from, to)) {
			events.add(TimelineEvent.of(round, atRound.getOrDefault(round.getId(), List.of())));
		}
		for (Offer offer : offers.findUnattachedToRound(filter.sma(), from, to)) {
			if (matches(offer, filter)) {
				events.add(TimelineEvent.of(offer));
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
				number, pages.size(), smaNumbers);
	}

	/** Consecutive years, in the given order, grouped so that a group holds at most {@code max} events. */
	static List<List<Integer>> paginate(Map<Integer, Long> perYear, int max) {
		List<List<Integer>> pages = new ArrayList<>();
		List<Integer> current = new ArrayList<>();
		long size = 0;
		for (Map.Entry<Integer, Long> year : perYear.entrySet()) {
			if (!current.isEmpty() && size + year.getValue() > max) {
				pages.add(current);
				current = new ArrayList<>();
				size = 0;
			}
			current.add(year.getKey());
			size += year.getValue();
		}
		if (!current.isEmpty()) {
			pages.add(current);
		}
		return pages;
	}

	private static boolean matches(Offer offer, TimelineFilter filter) {
		return filter.party() == null || offer.getParty() == filter.party();
	}

}
