package org.smatracker.audit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.smatracker.AppTest;
import org.smatracker.edit.RecordEdits;
import org.smatracker.source.Source;
import org.smatracker.source.SourceRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * On PostgreSQL, history ids follow commit order: a second writer waits from its history entry until
 * the first has committed. The record's version is the newest id, so a version never counts a
 * change that a lower, still uncommitted id would add later. (On H2 every writer waits for the one
 * before it already: EmbeddedDatabaseWrites.)
 */
@AppTest
@EnabledIfSystemProperty(named = "spring.profiles.active", matches = ".*postgres.*")
class HistoryOrderTest {

	private static final String KIND = "history-order-test";

	@Autowired
	AuditService audit;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	RecordEdits edits;

	@Autowired
	SourceRepository sources;

	@AfterEach
	void takeTheEntriesOut() {
		jdbc.update("delete from audit_log where entity_type = ?", KIND);
	}

	@Test
	void aSecondWriterWaitsForTheFirstToCommit() throws Exception {
		TransactionTemplate tx = new TransactionTemplate(transactions);
		CountDownLatch firstRecorded = new CountDownLatch(1);
		CountDownLatch firstMayCommit = new CountDownLatch(1);
		ExecutorService writers = Executors.newFixedThreadPool(2);
		try {
			Future<Long> first = writers.submit(() -> tx.execute(status -> {
				long id = write(1);
				firstRecorded.countDown();
				try {
					assertThat(firstMayCommit.await(60, TimeUnit.SECONDS)).isTrue();
				}
				catch (InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
				return id;
			}));
			assertThat(firstRecorded.await(60, TimeUnit.SECONDS)).isTrue();
			Future<Long> second = writers.submit(() -> tx.execute(status -> write(2)));

			// Seen from a third connection: the second writer waits for the lock the first holds.
			await().atMost(Duration.ofSeconds(30))
				.until(() -> jdbc.queryForObject("select count(*) from pg_locks where locktype = 'advisory' and not granted",
						Integer.class) == 1);
			assertThat(second.isDone()).isFalse();

			firstMayCommit.countDown();
			long firstId = first.get(60, TimeUnit.SECONDS);
			long secondId = second.get(60, TimeUnit.SECONDS);
			assertThat(secondId).isGreaterThan(firstId);
		}
		finally {
			firstMayCommit.countDown();
			writers.shutdownNow();
		}
	}

	@Test
	void anEditTakesItsTurnBeforeItLocksTheRecordsRow() {
		// Checked before any row of the record is written: two writers of the same record then queue
		// for the turn, instead of one holding the row the other waits for while waiting for the turn.
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			Source source = sources.findById(jdbc.queryForObject("select min(id) from sources", Long.class)).orElseThrow();
			assertThat(heldTurns()).isZero();
			edits.checkVersion(source, source.getVersion());
			assertThat(heldTurns()).isEqualTo(1);
		});
		assertThat(heldTurns()).isZero();
	}

	/** Advisory locks on the history-order key granted to any session, seen from another connection. */
	private int heldTurns() {
		try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
				var rows = statement.executeQuery("select count(*) from pg_locks where locktype = 'advisory' and granted "
						+ "and classid = " + (AuditService.HISTORY_ORDER_LOCK >>> 32) + " and objid = "
						+ (AuditService.HISTORY_ORDER_LOCK & 0xffffffffL))) {
			rows.next();
			return rows.getInt(1);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long write(long entity) {
		audit.record(KIND, entity, AuditAction.UPDATED, "History order test " + entity, null, Map.of("n", "1"));
		return jdbc.queryForObject("select max(id) from audit_log where entity_type = ? and entity_id = ?", Long.class,
				KIND, entity);
	}

}
