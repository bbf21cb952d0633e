package org.smatracker.feed;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import org.smatracker.audit.AuditService;
import org.smatracker.model.RecordVersion;
import org.smatracker.negotiation.NegotiationService.NegotiationRecord;
import org.smatracker.negotiation.Offer;
import org.smatracker.negotiation.Round;

/** The public log of changes ({@code /changes}) and "last updated" on record pages ({@code @changes} in templates). */
@Service("changes")
public class ChangesService {

	/** Record types the public pages show; anything else in the history (users) stays private. */
	private static final List<String> PUBLIC_TYPES = List.of("agreement", "negotiation", "round", "position",
			"negotiator", "source", "exchange-rate", "dataset");

	private final AuditService audit;

	private final RecordVersion version;

	ChangesService(AuditService audit, RecordVersion version) {
		this.audit = audit;
		this.version = version;
	}

	/** {@code /changes}: the latest public changes, newest first. */
	public record ChangesPage(List<PublicChange> changes) {
	}

	@Transactional(readOnly = true)
	public ChangesPage page() {
		return new ChangesPage(recent());
	}

	/** The latest public changes, newest first (the page, its Atom feed and CSV). */
	@Transactional(readOnly = true)
	public List<PublicChange> recent() {
		return audit.recent()
			.stream()
			.filter(c -> PUBLIC_TYPES.contains(c.entry().getEntityType()))
			.map(ChangesService::toPublic)
			.toList();
	}

	private static PublicChange toPublic(AuditService.Change c) {
		var e = c.entry();
		List<PublicChange.Field> fields = c.fields()
			.stream()
			.filter(f -> f.changed() && !(blank(f.before()) && blank(f.after())))
			.map(f -> new PublicChange.Field(f.field(), f.before(), f.after()))
			.toList();
		String sources = c.fields()
			.stream()
			.filter(f -> f.field().equals("sources"))
			.map(f -> f.after() != null ? f.after() : f.before())
			.findFirst()
			.orElse(null);
		return new PublicChange(e.getId(), e.getChangedAt(), e.getAction().name(), e.getEntityType(), e.getSummary(),
				PublicChange.link(e.getEntityType(), e.getEntityId(), e.getSummary()), fields,
				sources == null || sources.isBlank() ? null : sources);
	}

	/** A figure corrected after it was first published: the first value it had, the latest, and when it last changed. */
	public record Revision(String before, String after, Instant revisedAt) {
	}

	/**
	 * What one position's edits say, read up to history entry {@code upTo}: its amount revision so far
	 * (null: none), kept even when the amount is back where it started, as a later edit may move it again.
	 */
	private record Folded(long upTo, Revision revision) {
	}

	/**
	 * Each position's edits folded so far, by position id. History entries are never changed and their
	 * ids follow commit order (AuditService.takeTurn), so only entries newer than what was folded are
	 * read: the negotiation page asks at each view after a write, and a figure edited hundreds of times
	 * would otherwise have every edit read (and its JSON sent) again each time. A few dozen bytes each.
	 */
	private final Cache<Long, Folded> folded = Caffeine.newBuilder().maximumSize(100_000).build();

	/** Which of these positions had their amount corrected after first publication, by id. */
	@Transactional(readOnly = true)
	public Map<Long, Revision> revisedAmounts(Collection<Long> positionIds) {
		Map<Long, Folded> state = new HashMap<>();
		long since = Long.MAX_VALUE;
		for (Long id : positionIds) {
			Folded f = folded.getIfPresent(id);
			state.put(id, f == null ? new Folded(0, null) : f);
			since = Math.min(since, f == null ? 0 : f.upTo());
		}
		if (state.isEmpty()) {
			return Map.of();
		}
		AuditService.PositionEdits edits = audit.positionEdits(state.keySet(), since, version.current());
		long newest = edits.complete();
		for (AuditService.Change c : edits.changes()) {
			long entry = c.entry().getId();
			newest = Math.max(newest, entry);
			Folded f = state.get(c.entry().getEntityId());
			if (f == null || entry <= f.upTo()) {
				continue;
			}
			c.fields()
				.stream()
				.filter(x -> x.changed() && x.field().equals("amount") && !blank(x.before()) && !blank(x.after()))
				.findFirst()
				.ifPresent(x -> state.put(c.entry().getEntityId(), new Folded(f.upTo(),
						f.revision() == null ? new Revision(x.before(), x.after(), c.entry().getChangedAt())
								: new Revision(f.revision().before(), x.after(), c.entry().getChangedAt()))));
		}
		// Only what every reader sees is kept: a transaction that writes sees its own entries before
		// they commit, and they may yet be rolled back.
		boolean committedOnly = TransactionSynchronizationManager.isCurrentTransactionReadOnly();
		Map<Long, Revision> revised = new HashMap<>();
		for (Map.Entry<Long, Folded> e : state.entrySet()) {
			Folded f = e.getValue();
			if (committedOnly) {
				// Every edit of these positions up to the newest entry has been seen: any later one gets a larger id.
				folded.put(e.getKey(), new Folded(Math.max(f.upTo(), newest), f.revision()));
			}
			if (f.revision() != null && !f.revision().before().equals(f.revision().after())) {
				revised.put(e.getKey(), f.revision());
			}
		}
		return revised;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/** When a negotiation, with its rounds and positions (deleted ones too), last changed; absent if never. */
	public Instant negotiationLastUpdated(NegotiationRecord whole) {
		return audit.lastChange(whole.negotiation().getId(), new AuditService.Parts(version.current(),
				whole.rounds().stream().map(Round::getId).collect(Collectors.toSet()),
				whole.offers().stream().map(Offer::getId).collect(Collectors.toSet())));
	}

}
