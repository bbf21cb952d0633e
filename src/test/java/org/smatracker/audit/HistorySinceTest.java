package org.smatracker.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
		// And what was found from them: the newest entry of the 11th SMA's negotiation is read again.
		audit.lastChange(negotiation(11), partsOf(11));
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

	/**
	 * A position's edits since the mark (what the negotiation page folds into its revised amounts) come
	 * from memory after edits here, and from the database with another instance's entry among them.
	 */
	@Test
	void thePositionEditsAfterAMarkAreFoundWithoutAStatementWhenAllAreWrittenHere() {
		long edited = positionsOf(11).get(0), other = positionsOf(11).get(1);
		write("position", edited, AuditAction.UPDATED, "edited");
		write("position", other, AuditAction.UPDATED, "another position");
		write("position", edited, AuditAction.DELETED, "deleted, not an edit");
		long now = newest();

		Statistics stats = statistics();
		AuditService.PositionEdits edits = audit.positionEdits(List.of(edited), mark, now);
		assertThat(stats.getPrepareStatementCount()).as("statements").isZero();
		assertThat(edits.changes()).extracting(c -> c.entry().getSummary()).containsExactly("edited");
		assertThat(edits.complete()).isEqualTo(now);

		jdbc.update("insert into audit_log (entity_type, entity_id, action, username, changed_at, summary) "
				+ "values ('position', ?, 'UPDATED', 'another instance', ?, 'theirs')", edited, Timestamp.from(Instant.now()));
		stats = statistics();
		edits = audit.positionEdits(List.of(edited), mark, newest());
		assertThat(stats.getPrepareStatementCount()).as("statements").isPositive();
		assertThat(edits.changes()).extracting(c -> c.entry().getSummary()).containsExactly("edited", "theirs");
		assertThat(edits.complete()).isEqualTo(newest());
	}

	/**
	 * A negotiation's last change (the page's "Last updated") after an edit of one of its parts here is
	 * worked out from the last found without a statement, and so is it after an edit of a record that is
	 * not a part. Another negotiation's position, or a position the page no longer lists (a deleted one
	 * looks so), is looked up in the database.
	 */
	@Test
	void aNegotiationsLastChangeAfterAnEditHereIsFoundWithoutAStatement() {
		long negotiation = negotiation(11);
		long position = positionsOf(11).get(0), unlisted = positionsOf(11).get(1), elsewhere = positionsOf(10).get(0);
		audit.lastChange(negotiation, partsOf(11));

		write("position", position, AuditAction.UPDATED, "a part");
		Statistics stats = statistics();
		Instant found = audit.lastChange(negotiation, partsOf(11));
		assertThat(stats.getPrepareStatementCount()).as("statements").isZero();
		assertThat(found).isEqualTo(timeOf(newest()));

		write("source", 1, AuditAction.UPDATED, "not a part");
		stats = statistics();
		assertThat(audit.lastChange(negotiation, partsOf(11))).isEqualTo(found);
		assertThat(stats.getPrepareStatementCount()).as("statements").isZero();

		write("position", elsewhere, AuditAction.UPDATED, "another negotiation's");
		stats = statistics();
		assertThat(audit.lastChange(negotiation, partsOf(11))).isEqualTo(found);
		assertThat(stats.getPrepareStatementCount()).as("statements").isPositive();

		write("position", unlisted, AuditAction.DELETED, "a part no longer listed");
		AuditService.Parts listed = partsOf(11);
		Set<Long> positions = new HashSet<>(listed.positions());
		positions.remove(unlisted);
		stats = statistics();
		assertThat(audit.lastChange(negotiation, new AuditService.Parts(listed.upTo(), listed.rounds(), positions)))
			.isEqualTo(timeOf(newest()))
			.isAfter(found);
		assertThat(stats.getPrepareStatementCount()).as("statements").isPositive();
	}

	/** A position's edit through the history, committed as a write of this instance is. */
	private void write(String summary, String dateBefore, String dateAfter) {
		tx.executeWithoutResult(status -> audit.record("position", 1, AuditAction.UPDATED, summary,
				Map.of("reportedDate", dateBefore, "quote", "before"), Map.of("reportedDate", dateAfter, "quote", "after")));
	}

	/** An entry through the history, committed as a write of this instance is. */
	private void write(String type, long id, AuditAction action, String summary) {
		tx.executeWithoutResult(status -> audit.record(type, id, action, summary, Map.of("quote", "before"),
				action == AuditAction.DELETED ? null : Map.of("quote", summary)));
	}

	private long negotiation(int sma) {
		return jdbc.queryForObject("select id from negotiations where sma_number = ?", Long.class, sma);
	}

	private List<Long> positionsOf(int sma) {
		return jdbc.queryForList("select id from offers where negotiation_id = ? and deleted = false order by id",
				Long.class, negotiation(sma));
	}

	/** The negotiation's live rounds and positions, as of the newest entry. */
	private AuditService.Parts partsOf(int sma) {
		return new AuditService.Parts(newest(),
				Set.copyOf(jdbc.queryForList("select id from rounds where negotiation_id = ? and deleted = false",
						Long.class, negotiation(sma))),
				Set.copyOf(positionsOf(sma)));
	}

	private Instant timeOf(long entry) {
		return jdbc.queryForObject("select changed_at from audit_log where id = ?", Timestamp.class, entry).toInstant();
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
