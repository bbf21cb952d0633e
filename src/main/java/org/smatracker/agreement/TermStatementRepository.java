package org.smatracker.agreement;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TermStatementRepository extends Repository<TermStatement, Long> {

	/** One agreement's statements with their sources, in date order, in one statement. */
	@EntityGraph(attributePaths = { "sources" })
	List<TermStatement> findByAgreementSmaNumberOrderByStatementDateAscIdAsc(int smaNumber);

	/** Every statement with its agreement and sources, by date (AgreementRecord). */
	@Query("""
			select distinct t from TermStatement t join fetch t.agreement left join fetch t.sources
			order by t.statementDate, t.id""")
	List<TermStatement> findAllWithAgreementAndSources();

}
