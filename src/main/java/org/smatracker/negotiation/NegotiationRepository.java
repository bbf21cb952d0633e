package org.smatracker.negotiation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface NegotiationRepository extends Repository<Negotiation, Long> {

	@EntityGraph(attributePaths = "agreement")
	List<Negotiation> findAllByOrderBySmaNumber();

	@EntityGraph(attributePaths = "agreement")
	Optional<Negotiation> findBySmaNumber(int smaNumber);

	Negotiation save(Negotiation negotiation);

	Negotiation saveAndFlush(Negotiation negotiation);

	long count();

}
