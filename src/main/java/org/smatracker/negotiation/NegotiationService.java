package org.smatracker.negotiation;

import java.time.LocalDate;
import java.util.List;

import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.model.NotFoundException;

@Service
public class NegotiationService {

	private final NegotiationRepository negotiations;

	private final RoundRepository rounds;

	private final OfferRepository offers;

	private final AppointmentRepository appointments;

	NegotiationService(NegotiationRepository negotiations, RoundRepository rounds, OfferRepository offers,
			AppointmentRepository appointments) {
		this.negotiations = negotiations;
		this.rounds = rounds;
		this.offers = offers;
		this.appointments = appointments;
	}

	/** Everything one negotiation's page shows, loaded in a fixed number of queries. */
	public record NegotiationRecord(Negotiation negotiation, List<Round> rounds, List<Offer> offers,
			List<Appointment> chiefs, List<Appointment> highLevel) {

		/** The record as known on a date (absent: everything): later rounds, positions and leads left out. */
		public NegotiationRecord asOf(LocalDate date) {
			if (date == null) {
				return this;
			}
			return new NegotiationRecord(negotiation, rounds.stream().filter(r -> !r.getStartDate().isAfter(date)).toList(),
					offers.stream().filter(o -> !o.getReportedDate().isAfter(date)).toList(),
					chiefs.stream().filter(a -> !a.getFromDate().isAfter(date)).toList(),
					highLevel.stream().filter(a -> !a.getFromDate().isAfter(date)).toList());
		}

	}

	@Transactional(readOnly = true)
	public NegotiationRecord load(int smaNumber) {
		Negotiation negotiation = negotiations.findBySmaNumber(smaNumber)
			.orElseThrow(() -> new NotFoundException("Negotiation " + smaNumber));
		List<Round> roundList = rounds.findForNegotiation(negotiation.getId());
		roundList.forEach(r -> Hibernate.initialize(r.getSources()));
		List<Offer> offerList = offers.findForNegotiation(negotiation.getId());
		List<Appointment> all = appointments.findForNegotiation(negotiation.getId());
		return new NegotiationRecord(negotiation, roundList, offerList,
				all.stream().filter(a -> a.getRole() != AppointmentRole.HIGH_LEVEL).toList(),
				all.stream().filter(a -> a.getRole() == AppointmentRole.HIGH_LEVEL).toList());
	}

	@Transactional(readOnly = true)
	public List<Negotiation> list() {
		return negotiations.findAllByOrderBySmaNumber();
	}

}
