package org.smatracker.negotiation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

import org.smatracker.model.Party;

public interface NegotiatorRepository extends Repository<Negotiator, Long> {

	@EntityGraph(attributePaths = { "appointments", "appointments.negotiation" })
	List<Negotiator> findAllByOrderByPartyAscNameAsc();

	@EntityGraph(attributePaths = { "appointments", "appointments.negotiation" })
	Optional<Negotiator> findById(Long id);

	Negotiator save(Negotiator negotiator);

	Negotiator saveAndFlush(Negotiator negotiator);

	List<Negotiator> findByPartyOrderByName(Party party);

	long count();

}
