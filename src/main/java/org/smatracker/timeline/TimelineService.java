package org.smatracker.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.agreement.Agreement;
import org.smatracker.agreement.AgreementRepository;
import org.smatracker.negotiation.Round;
import org.smatracker.negotiation.RoundRepository;
import org.smatracker.offer.Offer;
import org.smatracker.offer.OfferRepository;

@Service
public class TimelineService {

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

	/** The events that pass the filter, grouped by year, in the filter's order. */
	@Transactional(readOnly = true)
	public List<YearGroup> timeline(TimelineFilter filter) {
		List<TimelineEvent> events = new ArrayList<>();
		for (Agreement agreement : agreements.findAllByOrderBySmaNumber()) {
			if (filter.sma() == null || filter.sma() == agreement.getSmaNumber()) {
				events.add(TimelineEvent.of(agreement));
			}
		}
		for (Round round : RoundRepository.withParticipants(rounds.findForTimeline(filter.sma()))) {
			List<Offer> positions = round.getOffers().stream().filter(o -> matches(o, filter)).toList();
			events.add(TimelineEvent.of(round, positions));
		}
		for (Offer offer : offers.findUnattachedToRound(filter.sma())) {
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
		return byYear.entrySet().stream().map(e -> new YearGroup(e.getKey(), e.getValue())).toList();
	}

	private static boolean matches(Offer offer, TimelineFilter filter) {
		return filter.party() == null || offer.getParty() == filter.party();
	}

	@Transactional(readOnly = true)
	public List<Integer> smaNumbers() {
		return agreements.findAllByOrderBySmaNumber().stream().map(Agreement::getSmaNumber).toList();
	}
}
