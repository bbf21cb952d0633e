package org.smatracker.system;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;
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
 * ({@link RecordChanged}, after its commit) makes the next read go to the database at once and
 * empties the caches.
 * <p>
 * A second version, {@link #ofAnalyses()}, is the newest entry of a kind the gap analyses and the
 * exchange-rate table read: every kind but sources. Those two caches are keyed by it, so adding or
 * correcting a source (which no analysis reads: it cites them on the pages, whose own cache follows
 * {@link #current()}) does not make every analysis be computed again.
 */
@Component("dataVersion")
public class DataVersion implements RecordVersion {

	private final JdbcTemplate jdbc;

	private final CacheManager caches;

	private final long maxAgeNanos;

	/**
	 * The kind of record no analysis reads: {@code Source.AUDIT_TYPE}, written out because this package
	 * depends on no feature (CachingTest writes a source through the API and fails if the two part).
	 */
	static final String NOT_ANALYSED = "source";

	/** The caches keyed by {@link #ofAnalyses()}: emptied only when it changes. */
	static final Set<String> KEYED_BY_ANALYSES = Set.of("gaps", "rates");

	/** Both numbers as read together, so a reader never pairs one read's newest entry with another's. */
	private record Versions(long all, long analysed) {
	}

	private final AtomicReference<Versions> versions = new AtomicReference<>(new Versions(-1, -1));

	private volatile long readAt;

	private volatile boolean stale = true;

	DataVersion(JdbcTemplate jdbc, CacheManager caches,
			@Value("${sma.cache.version-max-age:1s}") Duration maxAge) {
		this.jdbc = jdbc;
		this.caches = caches;
		this.maxAgeNanos = maxAge.toNanos();
	}

	/** The current version, from memory if read recently enough. */
	@Override
	public long current() {
		if (stale || System.nanoTime() - readAt >= maxAgeNanos) {
			refresh();
		}
		return versions.get().all();
	}

	/**
	 * The newest history entry of a kind the gap analyses read (every kind but sources), read with
	 * {@link #current()}: the version the analyses and the exchange-rate table are cached under.
	 */
	public long ofAnalyses() {
		current();
		return versions.get().analysed();
	}

	private void refresh() {
		stale = false;
		// One statement; the second number walks the history back from the newest entry to the first
		// that is not a source's (the primary key's order), not the whole table.
		Versions latest = jdbc.queryForObject("""
				select (select coalesce(max(id), 0) from audit_log),
				       coalesce((select id from audit_log where entity_type <> ? order by id desc fetch first 1 row only), 0)""",
				(rs, row) -> new Versions(rs.getLong(1), rs.getLong(2)), NOT_ANALYSED);
		readAt = System.nanoTime();
		Versions previous = versions.getAndSet(latest);
		if (previous.all() != latest.all() && previous.all() != -1) {
			clearCaches(previous.analysed() != latest.analysed());
		}
	}

	/**
	 * A write through this instance is under way: read the version again at the next request. A
	 * request on the writing thread (or in a transaction that joins it) then sees the new version at
	 * once; others read the committed one until {@link #changed} runs after the commit.
	 */
	@EventListener
	void changing(RecordChanged event) {
		stale = true;
	}

	/** A write through this instance committed: forget what was cached and read the version again. */
	@TransactionalEventListener(fallbackExecution = true)
	void changed(RecordChanged event) {
		stale = true;
		clearCaches(!NOT_ANALYSED.equals(event.entityType()));
	}

	/** Empties the caches; those keyed by {@link #ofAnalyses()} only when {@code analysed} changed too. */
	private void clearCaches(boolean analysed) {
		caches.getCacheNames().forEach(name -> {
			var cache = caches.getCache(name);
			if (cache != null && (analysed || !KEYED_BY_ANALYSES.contains(name))) {
				cache.clear();
			}
		});
	}

}
