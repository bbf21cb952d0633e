package org.smatracker.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

public interface AgreementRepository extends Repository<Agreement, Long> {

	@EntityGraph(attributePaths = "years")
	List<Agreement> findAllByOrderBySmaNumber();

	@EntityGraph(attributePaths = "years")
	Optional<Agreement> findBySmaNumber(int smaNumber);

	Agreement save(Agreement agreement);

	Agreement saveAndFlush(Agreement agreement);

	long count();

}
