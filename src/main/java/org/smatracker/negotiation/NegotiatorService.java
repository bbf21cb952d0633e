package org.smatracker.negotiation;

import java.util.List;

import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.model.NotFoundException;

@Service
public class NegotiatorService {

	private final NegotiatorRepository negotiators;

	private final RoundRepository rounds;

	NegotiatorService(NegotiatorRepository negotiators, RoundRepository rounds) {
		this.negotiators = negotiators;
		this.rounds = rounds;
	}

	public record NegotiatorRecord(Negotiator negotiator, List<Round> rounds) {
	}

	@Transactional(readOnly = true)
	public List<Negotiator> list() {
		return negotiators.findAllByOrderByPartyAscNameAsc();
	}

	@Transactional(readOnly = true)
	public NegotiatorRecord load(long id) {
		Negotiator negotiator = negotiators.findById(id).filter(n -> !n.isDeleted()).orElseThrow(() -> new NotFoundException("Negotiator " + id));
		negotiator.getAppointments().forEach(a -> Hibernate.initialize(a.getSources()));
		return new NegotiatorRecord(negotiator, rounds.findLedBy(id));
	}

}
