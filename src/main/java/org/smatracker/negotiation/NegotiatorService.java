package org.smatracker.negotiation;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.audit.AuditService;
import org.smatracker.model.NotFoundException;

/** The negotiator pages: each loaded by one read-only method into one page record. */
@Service
public class NegotiatorService {

	private final NegotiatorRepository negotiators;

	private final RoundRepository rounds;

	private final AuditService audit;

	NegotiatorService(NegotiatorRepository negotiators, RoundRepository rounds, AuditService audit) {
		this.negotiators = negotiators;
		this.rounds = rounds;
		this.audit = audit;
	}

	/** {@code /negotiators}: everyone, by party and name, with their appointments. */
	public record NegotiatorsPage(List<Negotiator> negotiators) {
	}

	/** {@code /negotiators/{id}}: the person with their appointments, the rounds they took part in, and when the record last changed. */
	public record NegotiatorPage(Negotiator negotiator, List<Round> rounds, Instant lastUpdated) {
	}

	@Transactional(readOnly = true)
	public NegotiatorsPage listPage() {
		return new NegotiatorsPage(negotiators.findForNegotiatorsPage());
	}

	@Transactional(readOnly = true)
	public NegotiatorPage page(long id) {
		Negotiator negotiator = negotiators.findForNegotiatorPage(id)
			.filter(n -> !n.isDeleted())
			.orElseThrow(() -> new NotFoundException("Negotiator " + id));
		return new NegotiatorPage(negotiator, rounds.findForNegotiatorPage(id),
				audit.lastChange(Negotiator.AUDIT_TYPE, id));
	}

}
