package org.smatracker.synthetic;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.smatracker.model.RecordChanged;

/**
 * Adds fake negotiations for load tests, up to a hundred times the real record (100 negotiations of
 * 100 rounds with 5 positions each: 10,000 rounds, 50,000 positions). Everything it writes is
 * clearly marked: SMA numbers from {@value #FIRST_SMA} up, negotiators named "Synthetic …", and the
 * one unconfirmed source {@value #SOURCE_CODE} behind every row. It writes with JDBC batches, one
 * transaction per negotiation, and adds nothing if synthetic negotiations are already there.
 * Never part of the default start: profile {@code synthetic} runs it (see {@link SyntheticRunner}).
 */
@Component
public class SyntheticRecord {

	public static final int FIRST_SMA = 100;

	public static final String SOURCE_CODE = "SYNTHETIC";

	private static final Logger log = LoggerFactory.getLogger(SyntheticRecord.class);

	private static final String[][] VENUES = { { "Seoul", "South Korea" }, { "Washington, D.C.", "United States" },
			{ "Honolulu", "United States" }, { "Jeju", "South Korea" } };

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final ApplicationEventPublisher events;

	SyntheticRecord(JdbcTemplate jdbc, TransactionTemplate tx, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.events = events;
	}

	public boolean present() {
		Integer n = jdbc.queryForObject("select count(*) from negotiations where sma_number >= ?", Integer.class,
				FIRST_SMA);
		return n != null && n > 0;
	}

	/** Adds {@code negotiations} fake negotiations unless some are already there; returns rounds added. */
	public int add(int negotiations, int roundsEach, int positionsPerRound) {
		if (present()) {
			log.info("Synthetic negotiations already present; nothing added");
			return 0;
		}
		long started = System.nanoTime();
		long sourceId = tx.execute(s -> {
			jdbc.update("insert into sources (code, title, publisher, confirmed) values (?, ?, ?, false)",
					SOURCE_CODE, "Synthetic load-test data: not a real negotiation",
					"SMA Tracker benchmark generator");
			return jdbc.queryForObject("select id from sources where code = ?", Long.class, SOURCE_CODE);
		});
		int rounds = 0;
		for (int i = 0; i < negotiations; i++) {
			int sma = FIRST_SMA + i;
			rounds += tx.execute(s -> addNegotiation(sma, roundsEach, positionsPerRound, sourceId));
		}
		tx.executeWithoutResult(s -> jdbc.update(
				"insert into audit_log (entity_type, entity_id, action, username, changed_at, summary) "
						+ "values ('synthetic', 0, 'CREATED', 'system', ?, ?)",
				Timestamp.from(Instant.now()), "Synthetic load-test negotiations added"));
		events.publishEvent(RecordChanged.bulk("synthetic"));
		analyseOnPostgres();
		log.info("Added {} synthetic negotiations with {} rounds in {} ms", negotiations, rounds,
				(System.nanoTime() - started) / 1_000_000);
		return rounds;
	}

	/**
	 * PostgreSQL plans from table statistics that only ANALYZE (or autovacuum, when it is on) gathers:
	 * without them, after this load, a negotiation's positions were read by hashing every position
	 * source and every round (48 ms a query instead of 0.3 ms). VACUUM too, as autovacuum would: it
	 * marks the pages all-visible, without which PostgreSQL reads the table behind every index entry
	 * (the timeline's count of positions: 32 ms, 21 ms once it can read the index alone). Outside any
	 * transaction, as VACUUM must be. H2 is left as it was measured.
	 */
	private void analyseOnPostgres() {
		String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
		if ("PostgreSQL".equals(database)) {
			jdbc.execute("vacuum (analyze) negotiations, negotiators, appointments, appointment_sources, rounds, "
					+ "round_participants, round_sources, offers, offer_sources, sources, audit_log");
		}
	}

	private int addNegotiation(int sma, int roundsEach, int positionsPerRound, long sourceId) {
		// Staggered a year apart after the real record, each talk about two years long.
		LocalDate start = LocalDate.of(2031 + (sma - FIRST_SMA), 1, 15);
		LocalDate end = start.plusDays(7L * roundsEach);
		jdbc.update("insert into negotiations (sma_number, start_date, end_date) values (?, ?, ?)", sma,
				Date.valueOf(start), Date.valueOf(end));
		long negotiationId = jdbc.queryForObject("select id from negotiations where sma_number = ?", Long.class, sma);

		long rokLead = negotiator("Synthetic ROK negotiator " + sma, "ROK");
		long usLead = negotiator("Synthetic US negotiator " + sma, "US");
		for (long person : new long[] { rokLead, usLead }) {
			jdbc.update("insert into appointments (negotiator_id, negotiation_id, title, role, from_date, to_date) "
					+ "values (?, ?, ?, 'CHIEF', ?, ?)", person, negotiationId, "Chief negotiator (synthetic)",
					Date.valueOf(start), Date.valueOf(end));
		}
		jdbc.update("insert into appointment_sources (appointment_id, source_id) "
				+ "select id, ? from appointments where negotiation_id = ?", sourceId, negotiationId);

		List<Object[]> roundRows = new ArrayList<>(roundsEach);
		for (int n = 1; n <= roundsEach; n++) {
			LocalDate day = start.plusDays(7L * (n - 1));
			String[] venue = VENUES[n % VENUES.length];
			boolean video = n % 10 == 0;
			String outcome = n == roundsEach ? "CONCLUDED" : (n % 7 == 0 ? "STALLED" : "CONTINUED");
			roundRows.add(new Object[] { negotiationId, n, video ? "VIDEO" : "FORMAL", Date.valueOf(day),
					Date.valueOf(day.plusDays(1)), video ? null : venue[0], video ? null : venue[1], outcome,
					"Synthetic round " + n + " of the " + sma + "th SMA talks (load-test data)." });
		}
		jdbc.batchUpdate("insert into rounds (negotiation_id, round_number, kind, start_date, end_date, city, "
				+ "country, outcome, summary) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", roundRows);
		for (long person : new long[] { rokLead, usLead }) {
			jdbc.update("insert into round_participants (round_id, negotiator_id, role) "
					+ "select id, ?, 'LEAD' from rounds where negotiation_id = ?", person, negotiationId);
		}
		jdbc.update("insert into round_sources (round_id, source_id) select id, ? from rounds where negotiation_id = ?",
				sourceId, negotiationId);

		Map<Integer, Long> roundIds = new HashMap<>();
		jdbc.query("select id, round_number from rounds where negotiation_id = ?",
				rs -> {
					roundIds.put(rs.getInt(2), rs.getLong(1));
				}, negotiationId);
		List<Object[]> offerRows = new ArrayList<>(roundsEach * positionsPerRound);
		BigDecimal trillion = new BigDecimal("1000000000000");
		for (int n = 1; n <= roundsEach; n++) {
			LocalDate day = start.plusDays(7L * (n - 1));
			double progress = (double) n / roundsEach;
			for (int p = 0; p < positionsPerRound; p++) {
				boolean us = p % 2 == 0;
				// The US asks less and Korea offers more as the talks go on; they meet near 1.4 trillion won.
				double krw = us ? 5.0 - 3.5 * progress - 0.01 * p : 1.04 + 0.35 * progress + 0.01 * p;
				BigDecimal amount = trillion.multiply(BigDecimal.valueOf(Math.round(krw * 1000) / 1000.0));
				offerRows.add(new Object[] { negotiationId, roundIds.get(n), Date.valueOf(day), us ? "US" : "ROK",
						us ? "DEMAND" : (n == 1 ? "OFFER" : "COUNTER_OFFER"), "ABSOLUTE", amount, "KRW",
						start.getYear() + 2, p % 3 == 0 ? "OFFICIAL" : "REPORTED", "CURRENT" });
			}
		}
		jdbc.batchUpdate("insert into offers (negotiation_id, round_id, reported_date, party, kind, form, amount, "
				+ "currency, applies_to_year, reliability, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", offerRows);
		jdbc.update("insert into offer_sources (offer_id, source_id) select id, ? from offers where negotiation_id = ?",
				sourceId, negotiationId);
		return roundsEach;
	}

	private long negotiator(String name, String party) {
		jdbc.update("insert into negotiators (name, party) values (?, ?)", name, party);
		return jdbc.queryForObject("select id from negotiators where name = ? and party = ?", Long.class, name, party);
	}

	/** Takes every synthetic row out again (tests; a bench database can also simply be dropped). */
	public void remove() {
		tx.executeWithoutResult(s -> {
			jdbc.update("delete from negotiations where sma_number >= ?", FIRST_SMA);
			jdbc.update("delete from negotiators where name like 'Synthetic % negotiator %'");
			jdbc.update("delete from sources where code = ?", SOURCE_CODE);
			jdbc.update("insert into audit_log (entity_type, entity_id, action, username, changed_at, summary) "
					+ "values ('synthetic', 0, 'DELETED', 'system', ?, ?)", Timestamp.from(Instant.now()),
					"Synthetic load-test negotiations removed");
		});
		events.publishEvent(RecordChanged.bulk("synthetic"));
	}

}
