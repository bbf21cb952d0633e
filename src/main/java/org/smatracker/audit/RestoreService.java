package org.smatracker.audit;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.model.NotFoundException;

/**
 * Deleted records stay in their tables, hidden; an admin lists and restores them here. Restoring
 * a round restores the positions deleted with it.
 */
@Service
public class RestoreService {

	/** History type → table. Only these are ever put in SQL, never user input. */
	private static final Map<String, String> TABLES = Map.of("round", "rounds", "position", "offers",
			"negotiation", "negotiations", "negotiator", "negotiators", "source", "sources", "exchange-rate",
			"exchange_rates", "agreement", "agreements");

	private final JdbcTemplate jdbc;

	private final AuditService audit;

	private final AuditRepository entries;

	RestoreService(JdbcTemplate jdbc, AuditService audit, AuditRepository entries) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.entries = entries;
	}

	/** Recent deletions whose records are still deleted. */
	@Transactional(readOnly = true)
	public List<AuditEntry> deleted() {
		return entries.findTop50ByActionOrderByChangedAtDesc(AuditAction.DELETED)
			.stream()
			.filter(e -> TABLES.containsKey(e.getEntityType()) && isDeleted(e.getEntityType(), e.getEntityId()))
			.toList();
	}

	private boolean isDeleted(String type, long id) {
		List<Boolean> flags = jdbc.queryForList("select deleted from " + TABLES.get(type) + " where id = ?",
				Boolean.class, id);
		return !flags.isEmpty() && Boolean.TRUE.equals(flags.get(0));
	}

	@Transactional
	public void restore(String type, long id) {
		String table = TABLES.get(type);
		if (table == null || !isDeleted(type, id)) {
			throw new NotFoundException("Deleted " + type + " " + id);
		}
		jdbc.update("update " + table + " set deleted = false, version = version + 1 where id = ?", id);
		audit.record(type, id, AuditAction.RESTORED, null, null, Map.of("deleted", "false"));
		if ("round".equals(type)) {
			// A round comes back with its talks, should those have been deleted after it.
			for (Long talks : jdbc.queryForList("select n.id from negotiations n join rounds r on r.negotiation_id = n.id"
					+ " where r.id = ? and n.deleted = true", Long.class, id)) {
				jdbc.update("update negotiations set deleted = false, version = version + 1 where id = ?", talks);
				audit.record("negotiation", talks, AuditAction.RESTORED, null, null, Map.of("deleted", "false"));
			}
			for (Long offer : jdbc.queryForList("select id from offers where round_id = ? and deleted = true",
					Long.class, id)) {
				jdbc.update("update offers set deleted = false, version = version + 1 where id = ?", offer);
				audit.record("position", offer, AuditAction.RESTORED, null, null, Map.of("deleted", "false"));
			}
		}
	}

}
