package org.smatracker.system;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions in PostgreSQL (Spring Session JDBC) write the session's last access time on every
 * request, each write its own transaction. Those commits need not wait for the write-ahead log to
 * reach the disk ({@code synchronous_commit = off}, for these transactions only): a crash can at
 * worst lose the last second of access times or a session just opened (its user signs in again),
 * never an edit to the record, whose transactions keep the server's setting. Measured on a loaded
 * machine: signed-in pages served from the page cache went from 0.1–0.2 of the reference to
 * 0.3–0.6 (docs/performance.md).
 */
@Configuration(proxyBeanMethods = false)
@Profile("postgres")
class SessionCommits {

	private static final long FAIL_FAST_NANOS = Duration.ofSeconds(1).toNanos();

	/**
	 * Spring Session picks this up by its name; not a default candidate, so nothing else injects it
	 * and Spring Boot still makes its own {@code TransactionTemplate}.
	 */
	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions,
			DataSource dataSource) {
		// As Spring Session does by default: the application's transaction manager, a new transaction.
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		return new TransactionOperations() {
			/** Until when (System.nanoTime) a session write fails at once: the database just failed one. */
			private volatile long unreachableUntil = System.nanoTime();

			@Override
			public <T> T execute(TransactionCallback<T> action) {
				// One request may write its session twice (when the answer starts, and at its end); with
				// the database down each write waited the pool's timeout, so a sign-in page took 4 s.
				if (System.nanoTime() - unreachableUntil < 0) {
					throw new CannotGetJdbcConnectionException("The database could not be reached a moment ago");
				}
				try {
					return template.execute(status -> {
						jdbc.execute("set local synchronous_commit to off");
						return action.doInTransaction(status);
					});
				}
				catch (RuntimeException ex) {
					if (DatabaseUnavailableFilter.causedByUnreachableDatabase(ex)) {
						unreachableUntil = System.nanoTime() + FAIL_FAST_NANOS;
					}
					throw ex;
				}
			}
		};
	}

}
