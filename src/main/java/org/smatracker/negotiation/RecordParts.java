package org.smatracker.negotiation;

import java.time.LocalDate;
import java.util.List;

import org.hibernate.Hibernate;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.model.NotFoundException;
import org.smatracker.model.Weighed;

/**
 * A negotiation's record less its positions: the negotiation with its agreement, its rounds with their
 * people and sources, its appointments with theirs; and the list of negotiations, and the rounds of a
 * period of the timeline. Cached per instance by
 * {@link org.smatracker.system.DataVersion#ofAllButPositions()}, as {@link GapFrames} is: an edited
 * position (the commonest write while talks go on) leaves it as it was, so the negotiation page after
 * one reads only the positions.
 * <p>
 * Its entities are detached once read and shared by every request until the version moves: every
 * association a page reads of them is fetched or initialised here, and nothing may change them.
 */
@Component
class RecordParts {

	/** Rounds in date order; appointments in date order, chiefs and high-level alike. */
	record Parts(Negotiation negotiation, List<Round> rounds, List<Appointment> appointments) implements Weighed {

		/** A round counts twice: it carries its people and sources. */
		@Override
		public int weight() {
			return 1 + 2 * rounds.size() + appointments.size();
		}

	}

	private final NegotiationRepository negotiations;

	private final RoundRepository rounds;

	private final AppointmentRepository appointments;

	RecordParts(NegotiationRepository negotiations, RoundRepository rounds, AppointmentRepository appointments) {
		this.negotiations = negotiations;
		this.rounds = rounds;
		this.appointments = appointments;
	}

	/**
	 * Every negotiation with its agreement, in SMA order (the list page, and the compare page, whose first
	 * view after a position edit then reads only the positions).
	 */
	@Cacheable(cacheNames = "recordParts", key = "{'all', @dataVersion.ofAllButPositions()}",
			condition = "!@warmup.bypassesCaches()")
	@Transactional(readOnly = true)
	public List<Negotiation> negotiations() {
		return List.copyOf(negotiations.findAllByOrderBySmaNumber());
	}

	/**
	 * The rounds starting in [from, to) with what the timeline shows of each (their negotiation, their
	 * people), in date order; null sma means every negotiation (the timeline's period, whose first view
	 * after a position edit then reads only the positions).
	 */
	@Cacheable(cacheNames = "recordParts", key = "{'timeline', #sma, #from, #to, @dataVersion.ofAllButPositions()}",
			condition = "!@warmup.bypassesCaches()")
	@Transactional(readOnly = true)
	public List<Round> roundsStarting(Integer sma, LocalDate from, LocalDate to) {
		return List.copyOf(rounds.findForTimeline(sma, from, to));
	}

	@Cacheable(cacheNames = "recordParts", key = "{#smaNumber, @dataVersion.ofAllButPositions()}",
			condition = "!@warmup.bypassesCaches()")
	@Transactional(readOnly = true)
	public Parts parts(int smaNumber) {
		Negotiation negotiation = negotiations.findBySmaNumber(smaNumber)
			.orElseThrow(() -> new NotFoundException("Negotiation " + smaNumber));
		List<Round> roundList = rounds.findForNegotiation(negotiation.getId());
		roundList.forEach(r -> Hibernate.initialize(r.getSources()));
		return new Parts(negotiation, List.copyOf(roundList),
				List.copyOf(appointments.findForNegotiation(negotiation.getId())));
	}

}
