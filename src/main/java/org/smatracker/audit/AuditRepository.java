package org.smatracker.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface AuditRepository extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	List<AuditEntry> findByEntityTypeAndEntityIdOrderByChangedAtDescIdDesc(String entityType, long entityId);

	List<AuditEntry> findTop50ByActionOrderByChangedAtDesc(AuditAction action);

	List<AuditEntry> findTop200ByOrderByIdDesc();

	List<AuditEntry> findByEntityTypeAndActionOrderByIdAsc(String entityType, AuditAction action);

	/** When a record last changed: its own entries, and those whose summary starts with {@code prefix} (its parts). */
	@Query("select max(e.changedAt) from AuditEntry e where (e.entityType = :type and e.entityId = :id)"
			+ " or (:prefix is not null and e.summary like :prefix)")
	Instant lastChange(String type, long id, String prefix);

}
