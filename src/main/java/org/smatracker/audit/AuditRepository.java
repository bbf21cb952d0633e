package org.smatracker.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AuditRepository extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	List<AuditEntry> findByEntityTypeAndEntityIdOrderByChangedAtDescIdDesc(String entityType, long entityId);

	List<AuditEntry> findTop50ByActionOrderByChangedAtDesc(AuditAction action);

	List<AuditEntry> findTop200ByOrderByIdDesc();

	List<AuditEntry> findByIdGreaterThanOrderByIdAsc(long id, Limit limit);

	/** When a record last changed. */
	@Query("select max(e.changedAt) from AuditEntry e where e.entityType = :type and e.entityId = :id")
	Instant lastChange(String type, long id);

	/**
	 * The newest entry of a negotiation or of one of its parts (its rounds and positions, deleted ones
	 * too), null if none: read with its time in one statement (a page's first view after a write waits
	 * for every round trip to the database, about half a millisecond each to PostgreSQL on a 2-core
	 * machine). Each record's newest entry is the last of its entries in the (entity_type, entity_id, id)
	 * index (V94), read backwards: one index row per part, however often a part was edited. The order
	 * by all three columns is what lets H2 read it so (with {@code max(a.id)}, or ordered by the id
	 * alone, it read every entry of the record); PostgreSQL reads the same index backwards either way.
	 * Native, to see deleted parts.
	 * <p>
	 * Each part's newest entry is a subquery per part row, not a join: with statistics older than a
	 * burst of edits (this machine's server runs with autovacuum off), PostgreSQL merge-joined the
	 * history to every position of the record through its primary key, 6-9 ms at 100 times the real
	 * record. A subquery per row can only be run as one index probe per part.
	 */
	@Query(nativeQuery = true, value = """
			select n.* from audit_log n where n.id = (select max(e) from (
			  select (select a.id from audit_log a where a.entity_type = :type and a.entity_id = :id
			          order by a.entity_type desc, a.entity_id desc, a.id desc fetch first 1 row only) as e
			  union all
			  select max((select a.id from audit_log a where a.entity_type = 'round' and a.entity_id = r.id
			              order by a.entity_type desc, a.entity_id desc, a.id desc fetch first 1 row only))
			  from rounds r where r.negotiation_id = :id
			  union all
			  select max((select a.id from audit_log a where a.entity_type = 'position' and a.entity_id = o.id
			              order by a.entity_type desc, a.entity_id desc, a.id desc fetch first 1 row only))
			  from offers o where o.negotiation_id = :id
			) as entries)""")
	AuditEntry newestWithParts(String type, long id);

	/**
	 * The edits of these positions after entry {@code since}, oldest first: one probe per position into
	 * the (entity_type, entity_id, id) index (V94) for its entries after the mark, so the cost follows
	 * the edits since the page last looked, not how often a position was ever edited. Joined to the
	 * positions by their ids because H2 does not probe an index once per value of an IN list of
	 * parameters: it read every entry of every position with the list as a filter (2 ms a view after
	 * 3,000 edits of one position); a join by id is a probe per position on both. By the ids the page has
	 * loaded, not by negotiation: with statistics older than the edits (autovacuum off, or a burst of
	 * edits to one position), PostgreSQL merge-joined every position of the record through its primary
	 * key, 6-9 ms at 100 times the real record. Native, so the list is written out, not translated each
	 * time.
	 */
	@Query(nativeQuery = true, value = """
			select a.* from offers o
			join audit_log a on a.entity_type = 'position' and a.entity_id = o.id and a.id > :since
			where o.id in (:positionIds) and a.action = 'UPDATED'
			order by a.id""")
	List<AuditEntry> positionEdits(Collection<Long> positionIds, long since);

}
