package org.smatracker.system;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import org.smatracker.model.RecordChanged;
import org.smatracker.model.RecordVersion;

/**
 * The version of the record: the id of the newest history entry. Every write records one, so any
 * write through any instance changes it. Cache keys and ETags carry it, so nothing cached can be
 * served once the record has changed.
 * <p>
 * An instance reads it again at most every {@code sma.cache.version-max-age} (default one second),
 * which bounds how long another instance's write can go unseen. A write through this instance
 * ({@link RecordChanged}, after its commit) empties the caches and reads it again at once, on the
 * writer's thread.
 * <p>
 * A second version, {@link #ofCitedRecord()}, is the newest entry other than a source's creation:
 * a new source is cited by nothing until a later write links it (a position, round, appointment or
 * agreement year), and that write records its own entry. What only computes from or cites the record
 * as it stood is cached by it: the gap analyses and the page models ({@link PageModels};
 * {@link #KEYED_BY_CITED_RECORD}). So adding a source does not make
 * them be computed again; correcting one (an entry of another action) does, as it may be cited.
 * A third, {@link #ofAllButPositions()}, passes over a position's entries too: what a negotiation's
 * analysis stands on besides its positions (its rounds, the agreements, the rates) is cached by it,
 * so an edited position reads only the positions again.
 * A fourth, {@link #ofRates()}, is the newest entry of an exchange rate or of the dataset as a whole:
 * the exchange-rate table is cached by it, so an edited position does not read the rates again. The
 * pages themselves (their bytes and ETags, {@code ConditionalGetFilter}) follow {@link #current()}: the
 * sources list shows the new source at once.
 */
@Component("dataVersion")
public class DataVersion implements RecordVersion {

	private final JdbcTemplate jdbc;

	private final CacheManager caches;

	private final long maxAgeNanos;

	/**
	 * The kind of record whose creation {@link #ofCitedRecord()} passes over: {@code Source.AUDIT_TYPE},
	 * written out because this package depends on no feature (CachingTest writes a source through the
	 * API and fails if the two part).
	 */
	static final String SOURCE = "source";

	/**
	 * The kind of record whose entries {@link #ofAllButPositions()} passes over as well:
	 * {@code Offer.AUDIT_TYPE}, written out for the same reason as {@link #SOURCE} (GapServiceTest edits a
	 * position through the API and fails if the two part).
	 */
	static final String POSITION = "position";

	/**
	 * The kinds of history entry that can change the exchange rates ({@code ExchangeRate.AUDIT_TYPE} and
	 * the dataset import's), written out for the same reason as {@link #SOURCE}.
	 */
	static final List<String> RATE_KINDS = List.of("exchange-rate", "dataset");

	/**
	 * The four numbers in one statement. The second walks the history back from the newest entry to
	 * the first that is not a source's creation (the primary key's order), not the whole table. The
	 * third does the same past positions' entries too, but only among the entries after the newest
	 * one read last time (the parameter; -1 the first time): as many positions may have been edited
	 * since anything else was, and walking past all of them at every read cost about half a
	 * microsecond an entry on H2 (1.1 ms after 2,200 edits). Ids follow commit order (see
	 * {@code AuditService.takeTurn}), so no entry can commit later below that mark. The fourth reads
	 * the few entries of its kinds through the (entity_type, ...) index.
	 */
	private static final String VERSIONS = """
			select (select coalesce(max(id), 0) from audit_log),
			       coalesce((select id from audit_log where entity_type <> ? or action <> 'CREATED'
			                 order by id desc fetch first 1 row only), 0),
			       coalesce((select id from audit_log where id > ? and entity_type <> ?
			                   and (entity_type <> ? or action <> 'CREATED')
			                 order by id desc fetch first 1 row only), 0),
			       (select coalesce(max(id), 0) from audit_log where entity_type in (%s))"""
		.formatted(String.join(", ", Collections.nCopies(RATE_KINDS.size(), "?")));

	/** The caches keyed by {@link #ofCitedRecord()}: emptied only when it changes. */
	static final Set<String> KEYED_BY_CITED_RECORD = Set.of("gaps", PageModels.CACHE);

	/** The caches keyed by {@link #ofAllButPositions()}: emptied only when it changes. */
	static final Set<String> KEYED_BY_ALL_BUT_POSITIONS = Set.of("gapFrames", "recordParts");

	/** The caches keyed by {@link #ofRates()}: emptied only when it changes. */
	static final Set<String> KEYED_BY_RATES = Set.of("rates");

	/**
	 * The numbers as read together, so a reader never pairs one read's newest entry with another's;
	 * {@code turn}: the {@link #turn} the read began in.
	 */
	private record Versions(long all, long cited, long allButPositions, long rates, long turn) {
	}

	private static final Versions UNREAD = new Versions(-1, -1, -1, -1, -1);

	private final AtomicReference<Versions> versions = new AtomicReference<>(UNREAD);

	/**
	 * Moves on at every write through this instance (under way, committed, rolled back). Numbers read
	 * in an earlier turn are read again before use, and never take the place of numbers read in a later
	 * one: a request that began its read before a write committed and ends it after the writer has read
	 * the new version does not put the old one back.
	 */
	private final AtomicLong turn = new AtomicLong();

	private final LongAdder reads = new LongAdder();

	private volatile long readAt;

	DataVersion(JdbcTemplate jdbc, CacheManager caches,
			@Value("${sma.cache.version-max-age:1s}") Duration maxAge) {
		this.jdbc = jdbc;
		this.caches = caches;
		this.maxAgeNanos = maxAge.toNanos();
	}

	/** The current version, from memory if read recently enough. */
	@Override
	public long current() {
		if (versions.get().turn() != turn.get() || System.nanoTime() - readAt >= maxAgeNanos) {
			refresh();
		}
		return versions.get().all();
	}

	/**
	 * The newest history entry other than a source's creation, read with {@link #current()}: the version
	 * the analyses, the exchange-rate table and the page models are cached under.
	 */
	public long ofCitedRecord() {
		current();
		return versions.get().cited();
	}

	/**
	 * The newest history entry other than a source's creation or a position's entry, read with
	 * {@link #current()}: the version what a negotiation's analysis stands on besides its positions is
	 * cached under.
	 */
	public long ofAllButPositions() {
		current();
		return versions.get().allButPositions();
	}

	/**
	 * The newest history entry of an exchange rate or of the dataset, read with {@link #current()}: the
	 * version the exchange-rate table is cached under.
	 */
	public long ofRates() {
		current();
		return versions.get().rates();
	}

	private void refresh() {
		long now = turn.get();
		Versions before = versions.get();
		Versions latest = read(before, now);
		if (latest.all() < before.all()) {
			// The last read saw an entry this one does not: a writer's own, read inside its transaction
			// and not committed (or rolled back). Its third number may count that entry, which what is
			// read now does not hold: walk afresh.
			latest = read(UNREAD, now);
		}
		Versions previous = versions.getAndAccumulate(latest, (kept, read) -> read.turn() >= kept.turn() ? read : kept);
		if (latest.turn() < previous.turn()) {
			return; // read in an earlier turn than the numbers kept: they stand
		}
		readAt = System.nanoTime();
		if (previous.all() != latest.all() && previous.all() != -1) {
			clearCaches(previous.cited() != latest.cited(), previous.allButPositions() != latest.allButPositions(),
					previous.rates() != latest.rates());
		}
	}

	/**
	 * The numbers as of now; the third counts on {@code before}'s: the newest entry it counts after
	 * {@code before}'s newest, if any, else {@code before}'s own.
	 */
	private Versions read(Versions before, long inTurn) {
		Object[] arguments = Stream.concat(Stream.of(SOURCE, before.all(), POSITION, SOURCE), RATE_KINDS.stream())
			.toArray();
		reads.increment();
		return jdbc.queryForObject(VERSIONS, (rs, row) -> new Versions(rs.getLong(1), rs.getLong(2),
				Math.max(before.allButPositions(), rs.getLong(3)), rs.getLong(4), inTurn), arguments);
	}

	/** How many times the numbers were read from the database (a diagnostic). */
	long reads() {
		return reads.sum();
	}

	/**
	 * A write through this instance is under way: read the version again at the next request. A
	 * request on the writing thread (or in a transaction that joins it) then sees the new version at
	 * once; others read the committed one until {@link #changed} runs after the commit.
	 */
	@EventListener
	void changing(RecordChanged event) {
		turn.incrementAndGet();
	}

	/**
	 * A write through this instance committed: forget what was cached and read the version again, here,
	 * on the writer's thread. The writer's answer waits for one more statement, which the first request
	 * after the write (a reader's first view of the change) would otherwise have waited for. Should the
	 * read fail (the database gone since the commit), the write stands and the next request reads it.
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void changed(RecordChanged event) {
		turn.incrementAndGet();
		// A bulk change (id 0) may have touched anything, the rates too.
		boolean cited = !(event.created() && SOURCE.equals(event.entityType()));
		clearCaches(cited, cited && !POSITION.equals(event.entityType()) || event.entityId() == 0,
				RATE_KINDS.contains(event.entityType()) || event.entityId() == 0);
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			// Left to the next request: the numbers kept are of an earlier turn.
		}
	}

	/**
	 * A write through this instance was rolled back. Its own transaction may have read the version with
	 * its entry in it, and cached what it read under that: read the version again and forget all of it.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_ROLLBACK)
	void rolledBack(RecordChanged event) {
		turn.incrementAndGet();
		// Walk the history afresh: the last read may have counted the entry that is now gone.
		versions.set(UNREAD);
		clearCaches(true, true, true);
	}

	/**
	 * Empties the caches; those keyed by {@link #ofCitedRecord()} only when {@code cited} changed too,
	 * those keyed by {@link #ofAllButPositions()} only when {@code allButPositions} did, those keyed by
	 * {@link #ofRates()} only when {@code rates} did.
	 */
	private void clearCaches(boolean cited, boolean allButPositions, boolean rates) {
		caches.getCacheNames().forEach(name -> {
			var cache = caches.getCache(name);
			boolean keep = KEYED_BY_RATES.contains(name) ? !rates
					: KEYED_BY_ALL_BUT_POSITIONS.contains(name) ? !allButPositions
							: KEYED_BY_CITED_RECORD.contains(name) && !cited;
			if (cache != null && !keep) {
				cache.clear();
			}
		});
	}

}
