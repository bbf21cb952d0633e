package org.smatracker.agreement;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TermStatementRepository extends Repository<TermStatement, Long> {

	/** One agreement's statements with their sources, in date order, in one statement. */
	@EntityGraph(attributePaths = { "sources" })
	List<TermStatement> findByAgreementSmaNumberOrderByStatementDateAscIdAsc(int smaNumber);

	/** Statements in [from, to) with their agreement, for the timeline; null sma means every agreement. */
	@Query("""
			select distinct t from TermStatement t join fetch t.agreement a left join fetch t.sources
			where t.statementDate >= :from and t.statementDate < :to
			and (:sma is null or a.smaNumber = :sma)
			order by t.statementDate, t.id""")
	List<TermStatement> findBetween(Integer sma, LocalDate from, LocalDate to);

	/** The latest statement, for "where things stand". */
	@Query("select t from TermStatement t join fetch t.agreement order by t.statementDate desc, t.id desc limit 1")
	List<TermStatement> findLatest();

}
