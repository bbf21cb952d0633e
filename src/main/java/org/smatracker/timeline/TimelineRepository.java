package org.smatracker.timeline;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import org.smatracker.negotiation.Round;

/** The timeline page's own queries (the events of a period are read through their features' repositories). */
interface TimelineRepository extends Repository<Round, Long> {

	/**
	 * Rounds (by their start), positions (by their report) and statements during a term, per agreement
	 * and month: rows of [SMA number, year, month, count], in one statement. What the page index is
	 * cut from; a page filtered by agreement keeps that agreement's rows.
	 * <p>
	 * Native (so the deleted flags are written out here), to count each table by its owner's key and
	 * date first and join the live negotiations to those groups, not to every row: joined row by row
	 * (as JPQL's {@code r.negotiation.smaNumber} does), H2 took 85-130 ms for it on a record 100 times
	 * the real one. Months are taken of the grouped dates, not of every row (PostgreSQL's extract
	 * works in numeric). No parameter: with {@code :sma is null or g.sma_number = :sma}, PostgreSQL's
	 * generic plan for the prepared statement (used after five runs) expected two negotiations and
	 * sorted 20,000 groups, 63-88 ms instead of 39.
	 */
	@Query(nativeQuery = true, value = """
			select g.sma_number, extract(year from e.d), extract(month from e.d), sum(e.n) from (
			  select r.negotiation_id as owner, r.start_date as d, count(*) as n
			  from rounds r where r.deleted = false group by r.negotiation_id, r.start_date
			  union all
			  select o.negotiation_id, o.reported_date, count(*)
			  from offers o where o.deleted = false group by o.negotiation_id, o.reported_date
			) e join negotiations g on g.id = e.owner and g.deleted = false
			group by g.sma_number, extract(year from e.d), extract(month from e.d)
			union all
			select a.sma_number, extract(year from t.statement_date), extract(month from t.statement_date), count(*)
			from term_statements t join agreements a on a.id = t.agreement_id and a.deleted = false
			where t.deleted = false
			group by a.sma_number, extract(year from t.statement_date), extract(month from t.statement_date)""")
	List<Object[]> countEventsByMonth();

}
