package org.smatracker.edit;

import java.util.Map;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

import org.smatracker.audit.AuditAction;
import org.smatracker.audit.AuditService;
import org.smatracker.model.Recorded;
import org.smatracker.model.StaleEditException;

/**
 * The one write path every edit service follows: refuse a stale version, write the history entry, soft
 * delete. The caller's transaction covers both the change and its history, so neither lands alone.
 */
@Component
public class RecordEdits {

	private final AuditService audit;

	RecordEdits(AuditService audit) {
		this.audit = audit;
	}

	/** Refuses an edit based on another version than the stored one (a concurrent edit won). */
	public void checkVersion(Recorded record, long sentVersion) {
		audit.takeTurn(); // before the record's row is locked by its update (see AuditService.takeTurn)
		if (record.getVersion() != sentVersion) {
			throw new StaleEditException(record.snapshot(), record.getVersion());
		}
	}

	public <T extends Recorded> Edited<T> created(String type, T record, String summary) {
		audit.record(type, record.getId(), AuditAction.CREATED, summary, null, record.snapshot());
		return Edited.saved(record);
	}

	/** @param before the record's snapshot taken before the change */
	public <T extends Recorded> Edited<T> updated(String type, T record, String summary, Map<String, String> before) {
		audit.record(type, record.getId(), AuditAction.UPDATED, summary, before, record.snapshot());
		return Edited.saved(record);
	}

	/** Marks the record deleted, saves it with {@code flush} and writes the history entry. */
	public <T extends Recorded> T delete(String type, T record, String summary, Consumer<? super T> flush) {
		Map<String, String> before = record.snapshot();
		audit.takeTurn(); // before the flush locks the record's row
		record.markDeleted();
		flush.accept(record);
		audit.record(type, record.getId(), AuditAction.DELETED, summary, before, null);
		return record;
	}

}
