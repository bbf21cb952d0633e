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

	/** When a record last changed. */
	@Query("select max(e.changedAt) from AuditEntry e where e.entityType = :type and e.entityId = :id")
	Instant lastChange(String type, long id);

	/** When a record or one of its parts (entries whose summary starts with {@code prefix}) last changed. */
	@Query("select max(e.changedAt) from AuditEntry e where (e.entityType = :type and e.entityId = :id)"
			+ " or e.summary like :prefix")
	Instant lastChangeWithParts(String type, long id, String prefix);

}
