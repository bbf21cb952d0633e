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
	 * too), null if none. Each part's entries are found through the (entity_type, entity_id) index, so
	 * the cost follows the negotiation's own rows, not the length of the whole history (matching
	 * summaries with LIKE read every entry ever written). Native, to see deleted parts; it gives the
	 * entry's id, and {@link #changedAt} its time as the entity maps it.
	 * <p>
	 * Each part's newest entry is a subquery per part row, not a join: with statistics older than a
	 * burst of edits (this machine's server runs with autovacuum off), PostgreSQL merge-joined the
	 * history to every position of the record through its primary key, 6-9 ms at 100 times the real
	 * record. A subquery per row can only be run as one index probe per part.
	 */
	@Query(nativeQuery = true, value = """
			select max(e) from (
			  select max(a.id) as e from audit_log a where a.entity_type = :type and a.entity_id = :id
			  union all
			  select max((select max(a.id) from audit_log a where a.entity_type = 'round' and a.entity_id = r.id))
			  from rounds r where r.negotiation_id = :id
			  union all
			  select max((select max(a.id) from audit_log a where a.entity_type = 'position' and a.entity_id = o.id))
			  from offers o where o.negotiation_id = :id
			) as entries""")
	Long newestWithParts(String type, long id);

	/**
	 * The edits of these positions after entry {@code since}, oldest first, through the history's (entity_type, entity_id)
	 * index. By the ids the page has loaded, not joined to offers by negotiation: with statistics
	 * older than the edits (autovacuum off, or a burst of edits to one position), PostgreSQL chose a
	 * merge join reading every position of the record through its primary key, 6-9 ms at 100 times
	 * the real record instead of 0.4. Native, so the list is written out, not translated each time.
	 */
	@Query(nativeQuery = true, value = """
			select a.* from audit_log a
			where a.entity_type = 'position' and a.action = 'UPDATED' and a.entity_id in (:positionIds)
			  and a.id > :since
			order by a.id""")
	List<AuditEntry> positionEdits(Collection<Long> positionIds, long since);

	/** The newest history entry's id, 0 when there is none. */
	@Query("select coalesce(max(e.id), 0) from AuditEntry e")
	long newestId();

	@Query("select e.changedAt from AuditEntry e where e.id = :id")
	Instant changedAt(long id);

}
