package org.smatracker.negotiation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface NegotiationRepository extends Repository<Negotiation, Long> {

	// A fetch join, not an entity graph, so that Hibernate translates the query once (see AgreementRepository).
	@Query("select n from Negotiation n left join fetch n.agreement order by n.smaNumber")
	List<Negotiation> findAllByOrderBySmaNumber();

	// A fetch join, not an entity graph, so that Hibernate translates the query once (see AgreementRepository).
	@Query("select n from Negotiation n left join fetch n.agreement where n.smaNumber = :smaNumber")
	Optional<Negotiation> findBySmaNumber(int smaNumber);

	Negotiation save(Negotiation negotiation);

	Negotiation saveAndFlush(Negotiation negotiation);

	long count();

}
