package org.smatracker.agreement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AgreementRepository extends Repository<Agreement, Long> {

	/**
	 * Every agreement with its years. A fetch join rather than an entity graph: Hibernate keeps the
	 * query's SQL translation only when no graph is applied, and this one serves several pages.
	 */
	@Query("select a from Agreement a left join fetch a.years order by a.smaNumber")
	List<Agreement> findAllByOrderBySmaNumber();

	// A fetch join, not an entity graph: Hibernate keeps the SQL of a query without a graph, and
	// translates one with a graph again on every call.
	@Query("select a from Agreement a left join fetch a.years where a.smaNumber = :smaNumber")
	Optional<Agreement> findBySmaNumber(int smaNumber);

	/**
	 * Two agreements with their years (a gap analysis needs the previous agreement and its own). Two
	 * parameters, not a list: Hibernate translates a query with a list parameter again on every call.
	 */
	@Query("select a from Agreement a left join fetch a.years where a.smaNumber in (:first, :second)")
	List<Agreement> findWithYears(int first, int second);

	/** The agreement page: the agreement with its years, and every source the page cites but the quotes'. */
	@EntityGraph(attributePaths = { "years", "years.sources", "sources", "signedSource", "ratifiedSource",
			"inForceSource" })
	@Query("select a from Agreement a where a.smaNumber = :smaNumber")
	Optional<Agreement> findForAgreementPage(int smaNumber);

	/** The agreement page: each year's amounts as sources quoted them, with the source. */
	@Query("""
			select q from QuotedAmount q join fetch q.source
			where q.agreementYear.agreement.smaNumber = :smaNumber
			order by q.amount""")
	List<QuotedAmount> findQuotesForAgreementPage(int smaNumber);

	/**
	 * The baseline of the talks toward SMA {@code smaNumber}: Korea's contribution in the last year of
	 * the previous agreement. The one place that rule is worked out (offer and round forms, the gap).
	 */
	default Optional<AgreementYear> baselineFor(int smaNumber) {
		return findBySmaNumber(smaNumber - 1).flatMap(Agreement::lastYearAmount);
	}

	/**
	 * Whether the talks toward this agreement are on record (the agreement page links to them). Asked in
	 * JPQL so that {@code agreement} does not import {@code negotiation}, which depends on it.
	 */
	@Query("select count(n) > 0 from Negotiation n where n.smaNumber = :smaNumber")
	boolean hasNegotiation(int smaNumber);

	Agreement save(Agreement agreement);

	Agreement saveAndFlush(Agreement agreement);

	long count();

}
