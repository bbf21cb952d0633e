package org.smatracker.feed;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.audit.AuditService;
import org.smatracker.negotiation.Negotiation;

/** The public log of changes ({@code /changes}) and "last updated" on record pages ({@code @changes} in templates). */
@Service("changes")
public class ChangesService {

	/** Record types the public pages show; anything else in the history (users) stays private. */
	private static final List<String> PUBLIC_TYPES = List.of("agreement", "negotiation", "round", "position",
			"negotiator", "source", "exchange-rate", "dataset");

	private final AuditService audit;

	ChangesService(AuditService audit) {
		this.audit = audit;
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

	/** Which of these positions had their amount corrected after first publication, by id. */
	public Map<Long, Revision> revisedAmounts(Collection<Long> positionIds) {
		Map<Long, Revision> revised = new HashMap<>();
		for (AuditService.Change c : audit.positionEdits(positionIds)) {
			c.fields()
				.stream()
				.filter(f -> f.changed() && f.field().equals("amount") && !blank(f.before()) && !blank(f.after()))
				.findFirst()
				.ifPresent(f -> revised.merge(c.entry().getEntityId(),
						new Revision(f.before(), f.after(), c.entry().getChangedAt()),
						(first, later) -> new Revision(first.before(), later.after(), later.revisedAt())));
		}
		revised.values().removeIf(r -> r.before().equals(r.after()));
		return revised;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/** When a negotiation, with its rounds and positions, last changed; absent if never. */
	public Instant negotiationLastUpdated(long id) {
		return audit.lastChange(Negotiation.AUDIT_TYPE, id, true);
	}

}
