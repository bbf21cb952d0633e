package org.smatracker.negotiation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import org.smatracker.model.Party;

public interface NegotiatorRepository extends Repository<Negotiator, Long> {

	/** The negotiators page: everyone, with where they served. */
	@EntityGraph(attributePaths = { "appointments", "appointments.negotiation" })
	@Query("select n from Negotiator n order by n.party, n.name")
	List<Negotiator> findForNegotiatorsPage();

	/** A negotiator's page: the person with each appointment, its talks and its sources. */
	@EntityGraph(attributePaths = { "appointments", "appointments.negotiation", "appointments.sources" })
	@Query("select n from Negotiator n where n.id = :id")
	Optional<Negotiator> findForNegotiatorPage(long id);

	@EntityGraph(attributePaths = { "appointments", "appointments.negotiation" })
	Optional<Negotiator> findById(Long id);

	Negotiator save(Negotiator negotiator);

	Negotiator saveAndFlush(Negotiator negotiator);

	List<Negotiator> findByPartyOrderByName(Party party);

	long count();

}
