package org.smatracker.system;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a signed-in request costs the database with sessions in PostgreSQL (Spring Session JDBC):
 * one autocommitted select, and most of the time nothing else.
 * <ul>
 * <li>Spring Session writes the session's last access time on every request. Here it is written
 * only when it moved by {@code sma.session.touch-interval} (default 1 minute, far below the
 * 30-minute session timeout) since the stored one: a session then expires between the timeout and
 * the timeout less that interval after its last use, the same on every instance, since all of them
 * judge by the stored time ({@link TouchedSessions}).</li>
 * <li>The session is still read from the database on every request, so a sign-out, an expiry or a
 * new sign-in on one instance counts at once on every other; but that one select runs without a
 * transaction around it (one round trip instead of three).</li>
 * <li>Writes (sign-in, a new CSRF token, an access time) commit without waiting for the write-ahead
 * log to reach the disk ({@code synchronous_commit = off}, for these transactions only): a crash
 * can at worst lose the last second of access times or a session just opened (its user signs in
 * again), never an edit to the record, whose transactions keep the server's setting.</li>
 * </ul>
 * Measured in docs/performance.md.
 */
@Configuration(proxyBeanMethods = false)
@Profile("postgres")
class SessionCommits {

	private static final long FAIL_FAST_NANOS = Duration.ofSeconds(1).toNanos();

	/** Set while a session is read: that select needs no transaction. */
	private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

	/** Spring Session's repository, seen through {@link TouchedSessions}. */
	@Bean
	static BeanPostProcessor touchedSessions(Environment environment) {
		return new BeanPostProcessor() {
			@Override
			@SuppressWarnings({ "unchecked", "rawtypes" })
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof FindByIndexNameSessionRepository<?> sessions && !(bean instanceof TouchedSessions<?>)) {
					Duration interval = environment.getProperty("sma.session.touch-interval", Duration.class,
							Duration.ofMinutes(1));
					return new TouchedSessions<>((FindByIndexNameSessionRepository) sessions, interval, READING);
				}
				return bean;
			}
		};
	}

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
		TransactionOperations none = TransactionOperations.withoutTransaction();
		return new TransactionOperations() {
			/** Until when (System.nanoTime) a session access fails at once: the database just failed one. */
			private volatile long unreachableUntil = System.nanoTime();

			@Override
			public <T> T execute(TransactionCallback<T> action) {
				// One request may write its session twice (when the answer starts, and at its end); with
				// the database down each write waited the pool's timeout, so a sign-in page took 4 s.
				if (System.nanoTime() - unreachableUntil < 0) {
					throw new CannotGetJdbcConnectionException("The database could not be reached a moment ago");
				}
				try {
					if (Boolean.TRUE.equals(READING.get())) {
						return none.execute(action);
					}
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
