package org.smatracker.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import org.smatracker.agreement.Agreement;
import org.smatracker.audit.AuditAction;
import org.smatracker.audit.AuditService;
import org.smatracker.model.RecordChanged;
import org.smatracker.model.RecordVersion;
import org.smatracker.money.ExchangeRate;
import org.smatracker.negotiation.Negotiator;
import org.smatracker.negotiation.Offer;
import org.smatracker.negotiation.Round;
import org.smatracker.source.Source;

/**
 * Where the timeline's pages begin and end. A page is a run of whole years holding at most
 * {@link #EVENTS_PER_PAGE} agreements, rounds and positions; a year with more is cut by months. The
 * index costs one counting query over the whole record (the agreements come from the page, which
 * shows them anyway), so it is cached (keyed by the record's data version, like every cache here) and a
 * page view then only reads its own period.
 * <p>
 * The count itself is kept across writes that cannot change it: a source, a negotiator or an exchange
 * rate (the first view after adding a source recounted 60,000 rows on a record 100 times the real
 * one: about 40 ms), and an edit of a position or round that keeps its date (a corrected figure or
 * quote). It is counted again when this instance writes anything else, and when the history since
 * the count holds any other entry (a write through another instance, an import, a kind added later).
 * That history is this instance's own writes, kept in memory once committed, when they are all there
 * is since ({@link AuditService#since(long, long, int)}): the first view after an edit here reads no
 * history.
 */
@Component
class TimelinePages {

	static final int EVENTS_PER_PAGE = 150;

	/** Dates from {@code from} (inclusive) to {@code to} (exclusive). */
	record Period(LocalDate from, LocalDate to) {

		boolean contains(LocalDate date) {
			return !date.isBefore(from) && date.isBefore(to);
		}

	}

	/** The kinds of record whose writes leave the count as it is: no event is dated by them. */
	static final Set<String> UNCOUNTED = Set.of(Source.AUDIT_TYPE, Negotiator.AUDIT_TYPE, ExchangeRate.AUDIT_TYPE);

	/**
	 * The kinds whose events the count places by one date field, which an edit may leave as it was: a
	 * position is counted by its report, a round by its start (neither can move to another negotiation).
	 */
	static final Map<String, String> DATED_BY = Map.of(Offer.AUDIT_TYPE, "reportedDate", Round.AUDIT_TYPE,
			"startDate");

	/** More history than this since the count (an import, a busy hour on another instance): count again. */
	private static final int MOST_ENTRIES_READ = 50;

	/** The count rows as last read, and the newest history entry (data version) read before them. */
	private record Counted(long upTo, List<Object[]> rows) {
	}

	private final TimelineRepository counts;

	private final AuditService history;

	private final RecordVersion version;

	private volatile Counted counted;

	TimelinePages(TimelineRepository counts, AuditService history, RecordVersion version) {
		this.counts = counts;
		this.history = history;
		this.version = version;
	}

	/**
	 * This instance wrote a record that may be counted: count again at the next page index. An edit of
	 * a position or round is left to its history entry (always written, see {@link #countKeptSince}).
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void changed(RecordChanged event) {
		if (!UNCOUNTED.contains(event.entityType()) && !DATED_BY.containsKey(event.entityType())) {
			counted = null;
		}
	}

	/**
	 * Rows of [SMA number, year, month, count] ({@link TimelineRepository#countEventsByMonth}), read
	 * again only when a write since the last count may have changed them. The version is read before
	 * the count, so a write committed meanwhile is after it in the history and makes the next call
	 * count again.
	 */
	private List<Object[]> countsByMonth() {
		long now = version.current();
		Counted last = counted;
		if (last != null) {
			if (last.upTo() == now) {
				return last.rows();
			}
			if (now > last.upTo() && countKeptSince(last.upTo(), now)) {
				counted = new Counted(now, last.rows());
				return last.rows();
			}
		}
		List<Object[]> rows = List.copyOf(counts.countEventsByMonth());
		counted = new Counted(now, rows);
		return rows;
	}

	/**
	 * Whether every history entry after {@code upTo} (up to {@code now} at least) leaves the count as it
	 * was: of a kind no event is dated by, or an edit of a position or round whose date is recorded,
	 * before and after, as the same.
	 */
	private boolean countKeptSince(long upTo, long now) {
		List<AuditService.Change> since = history.since(upTo, now, MOST_ENTRIES_READ + 1);
		return since.size() <= MOST_ENTRIES_READ && since.stream()
			.allMatch(change -> UNCOUNTED.contains(change.entry().getEntityType()) || keepsItsDate(change));
	}

	private static boolean keepsItsDate(AuditService.Change change) {
		String dateField = DATED_BY.get(change.entry().getEntityType());
		return dateField != null && change.entry().getAction() == AuditAction.UPDATED && change.fields()
			.stream()
			.anyMatch(f -> f.field().equals(dateField) && f.before() != null && f.after() != null && !f.changed());
	}

	/**
	 * The pages' periods in the order shown (newest first or oldest first); {@code agreements} are all
	 * the agreements on record.
	 */
	@Cacheable(cacheNames = "timelinePages", key = "{#sma, #newestFirst, @dataVersion.current()}",
			condition = "!@warmup.bypassesCaches()")
	@Transactional(readOnly = true)
	public List<Period> index(Integer sma, boolean newestFirst, List<Agreement> agreements) {
		// Events per month, as year * 12 + month - 1.
		TreeMap<Integer, Long> perMonth = new TreeMap<>();
		for (Agreement a : agreements) {
			if (sma == null || sma == a.getSmaNumber()) {
				LocalDate date = dateOf(a);
				perMonth.merge(date.getYear() * 12 + date.getMonthValue() - 1, 1L, Long::sum);
			}
		}
		for (Object[] row : countsByMonth()) {
			if (sma == null || sma == ((Number) row[0]).intValue()) {
				perMonth.merge(month(row), ((Number) row[3]).longValue(), Long::sum);
			}
		}
		return paginate(perMonth, newestFirst, EVENTS_PER_PAGE);
	}

	/** An agreement's place on the timeline: its signing, or its first year where that date is unknown. */
	static LocalDate dateOf(Agreement agreement) {
		return agreement.getSignedDate() != null ? agreement.getSignedDate()
				: LocalDate.of(agreement.getFirstYear(), 1, 1);
	}

	/** A count row's month, as year * 12 + month - 1. */
	private static int month(Object[] row) {
		return ((Number) row[1]).intValue() * 12 + ((Number) row[2]).intValue() - 1;
	}

	/**
	 * Cuts months (year * 12 + month - 1, with their event counts) into pages: whole years while a
	 * year fits on a page, single months inside a year that does not.
	 */
	static List<Period> paginate(TreeMap<Integer, Long> perMonth, boolean newestFirst, int max) {
		// Units: a whole year, or one month of a year too large for one page.
		TreeMap<Integer, Long> perYear = new TreeMap<>();
		perMonth.forEach((m, n) -> perYear.merge(m / 12, n, Long::sum));
		List<Period> units = new ArrayList<>();
		List<Long> sizes = new ArrayList<>();
		for (Map.Entry<Integer, Long> year : perYear.entrySet()) {
			if (year.getValue() <= max) {
				units.add(new Period(LocalDate.of(year.getKey(), 1, 1), LocalDate.of(year.getKey() + 1, 1, 1)));
				sizes.add(year.getValue());
			}
			else {
				int first = year.getKey() * 12;
				for (Map.Entry<Integer, Long> m : perMonth.subMap(first, first + 12).entrySet()) {
					LocalDate start = LocalDate.of(m.getKey() / 12, m.getKey() % 12 + 1, 1);
					units.add(new Period(start, start.plusMonths(1)));
					sizes.add(m.getValue());
				}
			}
		}
		if (newestFirst) {
			Collections.reverse(units);
			Collections.reverse(sizes);
		}
		List<Period> pages = new ArrayList<>();
		Period current = null;
		long size = 0;
		for (int i = 0; i < units.size(); i++) {
			Period unit = units.get(i);
			if (current != null && size + sizes.get(i) > max) {
				pages.add(current);
				current = null;
				size = 0;
			}
			current = current == null ? unit
					: new Period(min(current.from(), unit.from()), max(current.to(), unit.to()));
			size += sizes.get(i);
		}
		if (current != null) {
			pages.add(current);
		}
		return pages;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
