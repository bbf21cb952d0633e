package org.smatracker.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.persistence.EntityManagerFactory;

import org.smatracker.InstrumentedAppTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history after a mark (what the timeline's page index checks at its first view after a write)
 * comes from memory when every entry since is one this instance wrote and saw committed, and from the
 * database as soon as any other is among them: another instance's, or an id a rolled-back write took.
 * Either way the entries and their fields are the same.
 */
@InstrumentedAppTest
class HistorySinceTest {

	@Autowired
	AuditService audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	EntityManagerFactory emf;

	/** The newest entry before the test's: those after it are taken out after each test. */
	private long start;

	/**
	 * An entry of this instance's, the mark the tests read after: ids after it follow one by one, while
	 * the ids after {@link #start} may skip those of entries other tests took out.
	 */
	private long mark;

	@BeforeEach
	void markTheHistory() {
		start = newest();
		write("the mark", "2019-09-24", "2019-09-24");
		mark = newest();
	}

	@AfterEach
	void takeTheEntriesOut() {
		jdbc.update("delete from audit_log where id > ?", start);
	}

	@Test
	void entriesWrittenHereAreFoundWithoutAStatement() {
		write("first", "2019-09-24", "2019-09-24");
		write("second", "2019-09-24", "2019-10-01");
		long now = newest();

		Statistics stats = statistics();
		List<AuditService.Change> found = audit.since(mark, now, 51);
		assertThat(stats.getPrepareStatementCount()).as("statements").isZero();
		assertThat(found).extracting(c -> c.entry().getSummary()).containsExactly("first", "second");
		// The same fields as read from the database.
		assertThat(found).extracting(AuditService.Change::fields)
			.containsExactlyElementsOf(audit.since(mark, 51).stream().map(AuditService.Change::fields).toList());
		assertThat(found.get(0).fields()).filteredOn(AuditService.FieldChange::changed)
			.extracting(AuditService.FieldChange::field)
			.containsExactly("quote");
		assertThat(found.get(1).fields()).filteredOn(AuditService.FieldChange::changed)
			.extracting(AuditService.FieldChange::field)
			.containsExactlyInAnyOrder("quote", "reportedDate");
	}

	@Test
	void anEntryFromElsewhereAmongThemIsReadFromTheDatabase() {
		write("mine", "2019-09-24", "2019-09-24");
		jdbc.update("insert into audit_log (entity_type, entity_id, action, username, changed_at, summary) "
				+ "values ('round', 1, 'UPDATED', 'another instance', ?, 'theirs')", Timestamp.from(Instant.now()));
		write("mine again", "2019-09-24", "2019-09-24");

		Statistics stats = statistics();
		List<AuditService.Change> found = audit.since(mark, newest(), 51);
		assertThat(stats.getPrepareStatementCount()).as("statements").isPositive();
		assertThat(found).extracting(c -> c.entry().getSummary()).containsExactly("mine", "theirs", "mine again");
	}

	@Test
	void anIdARolledBackWriteTookIsLookedForInTheDatabase() {
		write("kept", "2019-09-24", "2019-09-24");
		tx.executeWithoutResult(status -> {
			audit.record("position", 1, AuditAction.UPDATED, "rolled back", Map.of(), Map.of());
			status.setRollbackOnly();
		});
		write("kept too", "2019-09-24", "2019-09-24");

		Statistics stats = statistics();
		List<AuditService.Change> found = audit.since(mark, newest(), 51);
		assertThat(stats.getPrepareStatementCount()).as("statements").isPositive();
		assertThat(found).extracting(c -> c.entry().getSummary()).containsExactly("kept", "kept too");
	}

	/** A position's edit through the history, committed as a write of this instance is. */
	private void write(String summary, String dateBefore, String dateAfter) {
		tx.executeWithoutResult(status -> audit.record("position", 1, AuditAction.UPDATED, summary,
				Map.of("reportedDate", dateBefore, "quote", "before"), Map.of("reportedDate", dateAfter, "quote", "after")));
	}

	private Statistics statistics() {
		Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
		stats.clear();
		return stats;
	}

	private long newest() {
		return jdbc.queryForObject("select coalesce(max(id), 0) from audit_log", Long.class);
	}

}
