package org.smatracker.system;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Session's JDBC repository (on the app's own session tables, in H2) seen through
 * {@link TouchedSessions}: a request within the interval writes nothing, one after it writes the new
 * access time; attributes, sign-out and expiry behave as without it; and the session is read with
 * the reading flag set (so that {@link SessionCommits} runs that select without a transaction).
 */
class TouchedSessionsTest {

	private static final Duration INTERVAL = Duration.ofMinutes(1);

	private EmbeddedDatabase database;

	private JdbcTemplate table;

	/** Session updates the repository sent (its UPDATE statements). */
	private final AtomicInteger updates = new AtomicInteger();

	/** Whether the reading flag was set, for each call through the transaction wrapper. */
	private final List<Boolean> transactions = new ArrayList<>();

	private final ThreadLocal<Boolean> reading = new ThreadLocal<>();

	private TouchedSessions<Session> sessions;

	@BeforeEach
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void repository() {
		database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
			.generateUniqueName(true)
			.addScript("db/migration/V40__spring_session.sql")
			.build();
		table = new JdbcTemplate(database);
		JdbcTemplate counting = new JdbcTemplate(database) {
			@Override
			public int update(String sql, PreparedStatementSetter setter) {
				if (sql.trim().toUpperCase().startsWith("UPDATE")) {
					updates.incrementAndGet();
				}
				return super.update(sql, setter);
			}
		};
		TransactionOperations recording = new TransactionOperations() {
			@Override
			public <T> T execute(TransactionCallback<T> action) {
				transactions.add(Boolean.TRUE.equals(reading.get()));
				return TransactionOperations.withoutTransaction().execute(action);
			}
		};
		JdbcIndexedSessionRepository jdbc = new JdbcIndexedSessionRepository(counting, recording);
		sessions = new TouchedSessions<>((org.springframework.session.FindByIndexNameSessionRepository) jdbc, INTERVAL,
				reading);
	}

	@AfterEach
	void close() {
		database.shutdown();
	}

	private String stored() {
		TouchedSessions.Touched<Session> session = sessions.createSession();
		session.setAttribute("who", "ana");
		sessions.save(session);
		return session.getId();
	}

	private long storedAccess(String id) {
		return table.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class, id);
	}

	@Test
	void aRequestWithinTheIntervalWritesNothingAndOneAfterItWritesTheAccessTime() {
		String id = stored();
		long first = storedAccess(id);
		updates.set(0);

		// As SessionRepositoryFilter does on each request: read, touch, save.
		TouchedSessions.Touched<Session> session = sessions.findById(id);
		session.setLastAccessedTime(Instant.ofEpochMilli(first).plus(INTERVAL).minusSeconds(1));
		sessions.save(session);
		assertThat(updates.get()).as("within the interval").isZero();
		assertThat(storedAccess(id)).isEqualTo(first);

		Instant later = Instant.ofEpochMilli(first).plus(INTERVAL);
		session = sessions.findById(id);
		session.setLastAccessedTime(later);
		sessions.save(session);
		assertThat(updates.get()).as("an interval later").isEqualTo(1);
		assertThat(storedAccess(id)).isEqualTo(later.toEpochMilli());
		assertThat(sessions.findById(id).<String>getAttribute("who")).isEqualTo("ana");
	}

	@Test
	void attributesAreWrittenWithinTheIntervalToo() {
		String id = stored();
		TouchedSessions.Touched<Session> session = sessions.findById(id);
		session.setLastAccessedTime(Instant.now());
		session.setAttribute("who", "ben");
		sessions.save(session);
		assertThat(sessions.findById(id).<String>getAttribute("who")).isEqualTo("ben");
	}

	@Test
	void aSessionIsReadWithTheReadingFlagAndWrittenWithout() {
		String id = stored();
		transactions.clear();
		TouchedSessions.Touched<Session> session = sessions.findById(id);
		assertThat(transactions).containsExactly(true);
		assertThat(reading.get()).as("cleared after the read").isNull();
		session.setLastAccessedTime(Instant.now().plus(INTERVAL));
		sessions.save(session);
		assertThat(transactions).containsExactly(true, false);
	}

	@Test
	void signOutAndExpiryStillEndTheSession() {
		String id = stored();
		sessions.deleteById(id);
		assertThat(sessions.findById(id)).as("signed out").isNull();

		String expiring = stored();
		// Last used a full timeout ago (the stored time is what every instance judges by).
		long timeout = sessions.findById(expiring).getMaxInactiveInterval().toMillis();
		table.update("update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ? "
				+ "where session_id = ?", timeout + 1000, timeout + 1000, expiring);
		assertThat(sessions.findById(expiring)).as("expired").isNull();
	}

}
