package org.smatracker.timeline;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import org.smatracker.negotiation.Round;

/** The timeline page's own queries (the events of a period are read through their features' repositories). */
interface TimelineRepository extends Repository<Round, Long> {

	/**
	 * Rounds (by their start), positions (by their report) and statements during a term, per month:
	 * rows of [year, month, count], one row per kind and month, in one statement; null sma means every
	 * agreement. What the page index is cut from.
	 */
	@Query("""
			select extract(year from r.startDate), extract(month from r.startDate), count(r) from Round r
			where (:sma is null or r.negotiation.smaNumber = :sma)
			group by extract(year from r.startDate), extract(month from r.startDate)
			union all
			select extract(year from o.reportedDate), extract(month from o.reportedDate), count(o) from Offer o
			where (:sma is null or o.negotiation.smaNumber = :sma)
			group by extract(year from o.reportedDate), extract(month from o.reportedDate)
			union all
			select extract(year from t.statementDate), extract(month from t.statementDate), count(t) from TermStatement t
			where (:sma is null or t.agreement.smaNumber = :sma)
			group by extract(year from t.statementDate), extract(month from t.statementDate)""")
	List<Object[]> countEventsByMonth(Integer sma);

}
