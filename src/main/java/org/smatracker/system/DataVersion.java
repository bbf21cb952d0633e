package org.smatracker.system;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

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
 */
@Component("dataVersion")
public class DataVersion implements RecordVersion {

	private final JdbcTemplate jdbc;

	private final CacheManager caches;

	private final long maxAgeNanos;

	private final AtomicLong version = new AtomicLong(-1);

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
		return version.get();
	}

	private void refresh() {
		stale = false;
		Long latest = jdbc.queryForObject("select coalesce(max(id), 0) from audit_log", Long.class);
		readAt = System.nanoTime();
		long previous = version.getAndSet(latest);
		if (previous != latest && previous != -1) {
			clearCaches();
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
		clearCaches();
	}

	private void clearCaches() {
		caches.getCacheNames().forEach(name -> {
			var cache = caches.getCache(name);
			if (cache != null) {
				cache.clear();
			}
		});
	}

}
