package org.smatracker.audit;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface AuditRepository extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	List<AuditEntry> findByEntityTypeAndEntityIdOrderByChangedAtDescIdDesc(String entityType, long entityId);

	List<AuditEntry> findTop50ByActionOrderByChangedAtDesc(AuditAction action);

}
