package org.smatracker.audit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.smatracker.AppTest;

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

	private long write(long entity) {
		audit.record(KIND, entity, AuditAction.UPDATED, "History order test " + entity, null, Map.of("n", "1"));
		return jdbc.queryForObject("select max(id) from audit_log where entity_type = ? and entity_id = ?", Long.class,
				KIND, entity);
	}

}
