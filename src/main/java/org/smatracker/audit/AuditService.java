package org.smatracker.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.smatracker.model.RecordChanged;

/**
 * Records every change with the signed-in user and the values before and after. It joins the
 * caller's transaction: a change and its history entry are saved together or not at all.
 */
@Service
public class AuditService {

	/** The key of PostgreSQL's advisory lock writers take in turn (any number no one else uses). */
	static final long HISTORY_ORDER_LOCK = 0x534d41_0001L;

	private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
	};

	private final AuditRepository entries;

	/** An entry's id and time: ids are not reused, the time guards against a history restored from elsewhere. */
	private record EntryKey(Long id, Instant changedAt) {
	}

	/** The fields of entries read lately: about 1-2 KB each, so a few MB at most. */
	private final Cache<EntryKey, List<FieldChange>> fieldsOf = Caffeine.newBuilder().maximumSize(2_000).build();

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * The newest entries this instance wrote, once committed, by id: what a reader of the history after
	 * a mark needs when every entry since is one of them ({@link #since(long, long, int)}). A few hundred
	 * KB at most (an entry's JSON is 1-2 KB).
	 */
	private final ConcurrentSkipListMap<Long, Change> written = new ConcurrentSkipListMap<>();

	private static final int WRITTEN_KEPT = 256;

	/** The newest entry of a negotiation and its parts as of a data version: its id (0: none) and time. */
	private record Newest(long upTo, long id, Instant at) {
	}

	/**
	 * Each negotiation's newest entry with its parts as last found, by the negotiation's id: what its
	 * last change is worked out from when the entries since are this instance's ({@link #lastChange(long, Parts)}).
	 */
	private final Cache<Long, Newest> newestOf = Caffeine.newBuilder().maximumSize(10_000).build();

	/** The kinds of record a negotiation's last change counts, as its history names them (AuditRepository's too). */
	private static final String NEGOTIATION = "negotiation", ROUND = "round", POSITION = "position";

	private final ApplicationEventPublisher events;

	private final JdbcTemplate jdbc;

	/**
	 * Whether writers must take turns for their history entries (PostgreSQL; on H2 they run one at a
	 * time already, see EmbeddedDatabaseWrites).
	 */
	private final boolean takeTurns;

	AuditService(AuditRepository entries, ApplicationEventPublisher events, JdbcTemplate jdbc) {
		this.entries = entries;
		this.events = events;
		this.jdbc = jdbc;
		this.takeTurns = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> "PostgreSQL"
			.equals(connection.getMetaData().getDatabaseProductName())));
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String entityType, long entityId, AuditAction action, String summary,
			Map<String, String> before, Map<String, String> after) {
		takeTurn();
		String beforeJson = before == null ? null : json.writeValueAsString(before);
		String afterJson = after == null ? null : json.writeValueAsString(after);
		// To the microsecond, as both databases store it: the entry read back has the same time, and so
		// the same key in fieldsOf.
		AuditEntry entry = entries.save(new AuditEntry(entityType, entityId, action, currentUser(),
				Instant.now().truncatedTo(ChronoUnit.MICROS), summary, beforeJson, afterJson));
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// Read from its JSON as withChanges reads an entry, so the fields are the same whichever way
			// they are found.
			Change change = new Change(entry, List.copyOf(diff(read(beforeJson), read(afterJson))));
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					fieldsOf.put(new EntryKey(entry.getId(), entry.getChangedAt()), change.fields());
					written.put(entry.getId(), change);
					while (written.size() > WRITTEN_KEPT) {
						written.pollFirstEntry();
					}
				}
			});
		}
		// Every write passes here, so this one event tells caches that the record changed.
		events.publishEvent(new RecordChanged(entityType, entityId, action == AuditAction.CREATED));
	}

	/**
	 * Waits for the writers before this one to commit, and holds them after it until this transaction
	 * ends (PostgreSQL; a no-op on H2, whose writers run one at a time already). Every history entry
	 * takes it, so history ids follow commit order: the record's version is the newest id
	 * (DataVersion) and a page is kept under it; were two writers to commit out of order, a page read
	 * between the commits would be kept under a version that already counts the later writer,
	 * without the earlier one's change. The write path takes it before it changes a stored record
	 * too (RecordEdits), so that the lock always comes before the rows' own locks: two writers of
	 * the same record then queue for it instead of each holding what the other waits for.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void takeTurn() {
		if (takeTurns) {
			jdbc.execute("select pg_advisory_xact_lock(" + HISTORY_ORDER_LOCK + ")");
		}
	}

	static String currentUser() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "system" : auth.getName();
	}

	/** One field of a change, for the history view. */
	public record FieldChange(String field, String before, String after, boolean changed) {
	}

	public record Change(AuditEntry entry, List<FieldChange> fields) {
	}

	@Transactional(readOnly = true)
	public List<Change> history(String entityType, long entityId) {
		return withChanges(entries.findByEntityTypeAndEntityIdOrderByChangedAtDescIdDesc(entityType, entityId));
	}

	/** The latest changes to the whole record, newest first (the public log of changes). */
	@Transactional(readOnly = true)
	public List<Change> recent() {
		return withChanges(entries.findTop200ByOrderByIdDesc());
	}

	/**
	 * The history after entry {@code since}, oldest first, with what changed: at most {@code limit}
	 * entries. No list of kinds to leave out: Hibernate translates a query with a list parameter
	 * again on every call, and this one runs at the first view of the timeline after any write.
	 */
	@Transactional(readOnly = true)
	public List<Change> since(long since, int limit) {
		return withChanges(entries.findByIdGreaterThanOrderByIdAsc(since, Limit.of(limit)));
	}

	/**
	 * The history after entry {@code since} up to entry {@code upTo} (a data version read before),
	 * oldest first, with what changed; at most {@code limit} entries, and at least every entry up to
	 * {@code upTo} when there are no more than that. When every id in between is an entry this instance
	 * wrote and saw committed, they are the answer and nothing is read (the first view of the timeline
	 * after a write here). Any other entry in between (another instance's, an import's, an id a rolled
	 * back write took) and the history is read, up to {@code limit} entries after {@code since}.
	 */
	@Transactional(readOnly = true)
	public List<Change> since(long since, long upTo, int limit) {
		if (upTo - since <= limit) {
			List<Change> kept = keptBetween(since, upTo);
			if (kept != null && !kept.isEmpty()) {
				return kept;
			}
		}
		return since(since, limit);
	}

	/**
	 * The entries after {@code since} up to {@code upTo}, oldest first, when every id in between is one
	 * this instance wrote and saw committed (empty when there is none in between); null when any is not.
	 */
	private List<Change> keptBetween(long since, long upTo) {
		if (upTo <= since) {
			return List.of();
		}
		List<Change> kept = List.copyOf(written.subMap(since, false, upTo, true).values());
		return kept.size() == upTo - since ? kept : null;
	}

	/**
	 * Edits of some positions, oldest first, with what changed; {@code complete}: every edit of them up to
	 * this history entry is among them.
	 */
	public record PositionEdits(List<Change> changes, long complete) {
	}

	/**
	 * The edits of these positions after history entry {@code since} (0: all), complete up to
	 * {@code upTo}, a data version read before (or further, to the newest edit read). Ids follow commit
	 * order ({@link #takeTurn}): once the version counts an entry, every entry below it has committed or
	 * is gone, so a read after it sees every edit up to it. When every entry in between is one this
	 * instance wrote, they are the answer and nothing is read (the negotiation page's first view after a
	 * write here); otherwise one statement, which probes these positions' own entries after the mark.
	 */
	@Transactional(readOnly = true)
	public PositionEdits positionEdits(Collection<Long> positionIds, long since, long upTo) {
		if (positionIds.isEmpty()) {
			return new PositionEdits(List.of(), since);
		}
		List<Change> kept = keptBetween(since, upTo);
		if (kept != null) {
			Set<Long> asked = Set.copyOf(positionIds);
			return new PositionEdits(kept.stream()
				.filter(c -> POSITION.equals(c.entry().getEntityType()) && c.entry().getAction() == AuditAction.UPDATED
						&& asked.contains(c.entry().getEntityId()))
				.toList(), Math.max(since, upTo));
		}
		List<Change> changes = withChanges(entries.positionEdits(positionIds, since));
		long complete = Math.max(since, upTo);
		return new PositionEdits(changes,
				changes.isEmpty() ? complete : Math.max(complete, changes.get(changes.size() - 1).entry().getId()));
	}

	/** When a record last changed (its own entries), absent when it has not changed since the dataset was first published. */
	@Transactional(readOnly = true)
	public Instant lastChange(String entityType, long entityId) {
		return entries.lastChange(entityType, entityId);
	}

	/**
	 * A negotiation's live rounds and positions as its page loaded them, with the data version read
	 * before ({@code upTo}).
	 */
	public record Parts(long upTo, Set<Long> rounds, Set<Long> positions) {
	}

	/**
	 * When a negotiation or one of its rounds and positions (deleted ones too) last changed, absent when
	 * none has changed since the dataset was first published. From what was found before and the
	 * entries this instance wrote since, when every entry since is one of those and each is of this
	 * negotiation, of one of the parts given, or of neither kind (a source, an agreement): then nothing
	 * is read (the page's first view after a write here). Otherwise (another instance's entry, another
	 * negotiation's part or one no longer live: a deleted part of this one's looks the same) the newest
	 * entry is read.
	 */
	@Transactional(readOnly = true)
	public Instant lastChange(long negotiationId, Parts parts) {
		Newest known = newestOf.getIfPresent(negotiationId);
		Newest found = known == null || known.upTo() > parts.upTo() ? null : plusKept(known, negotiationId, parts);
		if (found == null) {
			AuditEntry newest = entries.newestWithParts(NEGOTIATION, negotiationId);
			found = newest == null ? new Newest(parts.upTo(), 0, null)
					: new Newest(parts.upTo(), newest.getId(), newest.getChangedAt());
		}
		// Only what every reader sees is kept: a transaction that writes sees its own entries before they
		// commit. The last found is kept, even if of an older version: it is the start for the next.
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			newestOf.put(negotiationId, found);
		}
		return found.at();
	}

	/** {@code known} with the kept entries after it up to {@code parts.upTo()}; null when they cannot tell. */
	private Newest plusKept(Newest known, long negotiationId, Parts parts) {
		List<Change> kept = keptBetween(known.upTo(), parts.upTo());
		if (kept == null) {
			return null;
		}
		Newest found = new Newest(parts.upTo(), known.id(), known.at());
		for (Change change : kept) {
			AuditEntry e = change.entry();
			boolean counts = switch (e.getEntityType()) {
				case NEGOTIATION -> e.getEntityId() == negotiationId;
				case ROUND -> parts.rounds().contains(e.getEntityId());
				case POSITION -> parts.positions().contains(e.getEntityId());
				default -> false;
			};
			if (!counts && (ROUND.equals(e.getEntityType()) || POSITION.equals(e.getEntityType()))) {
				return null;
			}
			if (counts && e.getId() > found.id()) {
				found = new Newest(parts.upTo(), e.getId(), e.getChangedAt());
			}
		}
		return found;
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> recentDeletions() {
		return entries.findTop50ByActionOrderByChangedAtDesc(AuditAction.DELETED);
	}

	/**
	 * Each entry with what changed, field by field. An entry is never changed once written, so its
	 * fields are read from its JSON once and kept by its id and time ({@link #fieldsOf}): the log of
	 * changes reads its 200 newest entries again after every write, and a record's history at each view.
	 */
	private List<Change> withChanges(List<AuditEntry> found) {
		return found.stream()
			.map(e -> new Change(e, fieldsOf.get(new EntryKey(e.getId(), e.getChangedAt()),
					key -> List.copyOf(diff(read(e.getBefore()), read(e.getAfter()))))))
			.toList();
	}

	private Map<String, String> read(String text) {
		return text == null ? Map.of() : json.readValue(text, MAP);
	}

	static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
		Set<String> fields = new LinkedHashSet<>(after.keySet());
		fields.addAll(before.keySet());
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			String b = before.get(field);
			String a = after.get(field);
			changes.add(new FieldChange(field, b, a, !Objects.equals(b, a)));
		}
		return changes;
	}

}
