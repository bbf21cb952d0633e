package org.smatracker.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.repository.Query;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.smatracker.AppTest;
import org.smatracker.H2Plan;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A negotiation page reads its positions' edits after the last history entry it has folded
 * (ChangesService.revisedAmounts), and the newest entry of the negotiation and its parts ("Last
 * updated"). On H2 both reads must cost what the page needs, not every entry a position ever had: H2
 * read all position entries at each view through (entity_type, entity_id, changed_at) with the IN list
 * as a filter, and scanned every entry of each part for its maximum, more with every edit (V93, V94).
 * The read of edits also says up to which entry it is complete: the version read before it, or the newest edit it read. The plans
 * are checked on H2 only, with the statements bound as the application binds them (parameters, not
 * literals: H2 chose another index for literals) and with the statistics of a history that long:
 * PostgreSQL chooses its plans from its own statistics, and H2 is the embedded default this guards. The first test is rolled back; the plans' test commits
 * its entries (H2's ANALYZE commits) and deletes them after.
 */
@AppTest
class PositionEditReadsTest {

	private static final Pattern NAME = Pattern.compile(":(\\w+)");

	@Autowired
	AuditService audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Test
	void theEditsAfterTheMarkAndUpToWhichEntryTheyAreComplete() {
		List<Long> positions = positionsOf(11);
		long first = positions.get(0), second = positions.get(1), third = positions.get(2);
		tx.executeWithoutResult(status -> {
			status.setRollbackOnly();
			edit(first, "before the mark");
			long mark = newest();
			edit(second, "after the mark");
			long last = newest();

			AuditService.PositionEdits after = audit.positionEdits(List.of(first, second), mark, last);
			assertThat(after.changes()).extracting(c -> c.entry().getSummary()).containsExactly("after the mark");
			assertThat(after.complete()).isEqualTo(last);
			// None of the positions asked about edited: complete up to the version read before (a read
			// after it sees every entry up to it), and an edit of one of them later is read from there.
			AuditService.PositionEdits none = audit.positionEdits(List.of(third), mark, last);
			assertThat(none.changes()).isEmpty();
			assertThat(none.complete()).isEqualTo(last);
			edit(third, "later");
			AuditService.PositionEdits later = audit.positionEdits(List.of(third), none.complete(), newest());
			assertThat(later.changes()).extracting(c -> c.entry().getSummary()).containsExactly("later");
			assertThat(later.complete()).isEqualTo(newest());
			// An edit after the version read before, found by the read: complete up to that edit.
			AuditService.PositionEdits beyond = audit.positionEdits(List.of(second), 0, mark);
			assertThat(beyond.changes()).extracting(c -> c.entry().getSummary()).endsWith("after the mark");
			assertThat(beyond.complete()).isEqualTo(last);
		});
	}

	@Test
	void theLastChangeOfANegotiationIsThatOfItsNewestEntryItsPartsIncluded() {
		long negotiation = jdbc.queryForObject("select id from negotiations where sma_number = 11", Long.class);
		long round = jdbc.queryForObject("select min(id) from rounds where negotiation_id = ?", Long.class, negotiation);
		long position = positionsOf(11).get(0);
		long elsewhere = positionsOf(10).get(0);
		// Committed, each read in its own transaction as a page's is (within one transaction H2 answered
		// the same statement with the same parameters from its last result); deleted after.
		long start = newest();
		try {
			// Times apart from now and from each other, in the order the entries are written.
			Instant roundEdited = Instant.parse("2031-01-02T03:04:05Z");
			Instant positionEdited = Instant.parse("2031-02-03T04:05:06Z");
			entry("round", round, roundEdited);
			assertThat(audit.lastChange(negotiation, partsOf(negotiation))).isEqualTo(roundEdited);
			entry("position", position, positionEdited);
			assertThat(audit.lastChange(negotiation, partsOf(negotiation))).isEqualTo(positionEdited);
			// Another negotiation's position, edited last, is not this one's change.
			entry("position", elsewhere, Instant.parse("2031-03-04T05:06:07Z"));
			assertThat(audit.lastChange(negotiation, partsOf(negotiation))).isEqualTo(positionEdited);
			// Without its parts, the negotiation's own entries only (none of these).
			assertThat(audit.lastChange("negotiation", negotiation)).isNotIn(roundEdited, positionEdited);
		}
		finally {
			jdbc.update("delete from audit_log where id > ?", start);
			// And what was found from them: read again.
			audit.lastChange(negotiation, partsOf(negotiation));
		}
	}

	@Test
	@DisabledIfSystemProperty(named = "spring.profiles.active", matches = ".*postgres.*")
	void onH2AViewReadsNeitherTheEditsBeforeTheMarkNorEveryEntryOfAPart() throws Exception {
		String edits = query("positionEdits", Collection.class, long.class);
		String newest = query("newestWithParts", String.class, long.class);
		long negotiation = jdbc.queryForObject("select id from negotiations where sma_number = 11", Long.class);
		List<Long> positions = positionsOf(11);
		// The last one: the part H2 reads last, whose scan its plan reports.
		long often = positions.get(positions.size() - 1), once = positions.get(0);
		long start = newest();
		try {
			// A long history of one of the page's positions, then one edit of another after the mark.
			for (int i = 0; i < 1000; i++) {
				edit(often, "edit " + i);
			}
			long mark = newest();
			edit(once, "after the mark");
			// Statistics as a database that has lived through those edits has them (H2 analyses a table
			// after 2,000 changed rows): with them, H2 chose the index that read every entry. It commits.
			jdbc.execute("ANALYZE");

			// As Hibernate binds the list: one parameter per id, padded to a power of two.
			List<Long> padded = new ArrayList<>(positions);
			padded.addAll(Collections.nCopies(Integer.highestOneBit(positions.size() - 1) * 2 - positions.size(),
					positions.get(positions.size() - 1)));
			H2Plan afterMark = plan(edits, Map.of("positionIds", padded, "since", mark));
			assertThat(afterMark.scanned()).as(afterMark.text()).isLessThan(2L * positions.size() + 10);

			H2Plan newestEntry = plan(newest, Map.of("type", "negotiation", "id", negotiation));
			assertThat(newestEntry.scanned()).as(newestEntry.text()).isLessThan(4L * positions.size() + 100);
		}
		finally {
			jdbc.update("delete from audit_log where id > ?", start);
			jdbc.execute("ANALYZE");
		}
	}

	/** The plan of {@code query} with each :name bound as Hibernate binds it: one parameter per value. */
	private H2Plan plan(String query, Map<String, Object> named) {
		List<Object> values = new ArrayList<>();
		Matcher names = NAME.matcher(query);
		StringBuilder sql = new StringBuilder();
		while (names.find()) {
			Object value = named.get(names.group(1));
			List<?> each = value instanceof List<?> list ? list : List.of(value);
			values.addAll(each);
			names.appendReplacement(sql, String.join(", ", Collections.nCopies(each.size(), "?")));
		}
		names.appendTail(sql);
		return H2Plan.of(jdbc, sql.toString(), values);
	}

	private static String query(String method, Class<?>... parameters) throws NoSuchMethodException {
		return AuditRepository.class.getMethod(method, parameters).getAnnotation(Query.class).value();
	}

	private List<Long> positionsOf(int sma) {
		return jdbc.queryForList("select o.id from offers o join negotiations n on n.id = o.negotiation_id "
				+ "where n.sma_number = ? order by o.id", Long.class, sma);
	}

	/** The negotiation's live rounds and positions, as of the newest entry. */
	private AuditService.Parts partsOf(long negotiation) {
		return new AuditService.Parts(newest(),
				Set.copyOf(jdbc.queryForList("select id from rounds where negotiation_id = ? and deleted = false", Long.class, negotiation)),
				Set.copyOf(jdbc.queryForList("select id from offers where negotiation_id = ? and deleted = false", Long.class, negotiation)));
	}

	private long newest() {
		return jdbc.queryForObject("select max(id) from audit_log", Long.class);
	}

	private void entry(String type, long id, Instant at) {
		jdbc.update("insert into audit_log (entity_type, entity_id, action, username, changed_at, summary) "
				+ "values (?, ?, 'UPDATED', 'test', ?, 'test')", type, id, Timestamp.from(at));
	}

	private void edit(long positionId, String summary) {
		jdbc.update("insert into audit_log (entity_type, entity_id, action, username, changed_at, summary) "
				+ "values ('position', ?, 'UPDATED', 'test', ?, ?)", positionId, Timestamp.from(Instant.now()), summary);
	}

}
