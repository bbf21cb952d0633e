package org.smatracker.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.repository.Query;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.smatracker.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A negotiation page reads its positions' edits after the last history entry it has folded
 * (ChangesService.revisedAmounts). On H2 that read must cost what came after the mark, not the whole
 * history of positions: H2 could use only the kind of (entity_type, entity_id, changed_at), and every
 * view after a write read every position entry ever written (V93). The read also says up to which
 * entry it is complete, so that a page none of whose positions was edited moves its mark on. The
 * plan is checked on H2 only: PostgreSQL chooses its plan from statistics, and H2 is the embedded
 * default this guards. Rolled back.
 */
@AppTest
class PositionEditReadsTest {

	private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

	@Autowired
	AuditService audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Test
	void theEditsAfterTheMarkAndUpToWhichEntryTheyAreComplete() {
		tx.executeWithoutResult(status -> {
			status.setRollbackOnly();
			edit(900_001, "before the mark");
			long mark = newest();
			edit(900_002, "after the mark");
			long last = newest();

			AuditService.PositionEdits after = audit.positionEdits(List.of(900_001L, 900_002L), mark);
			assertThat(after.changes()).extracting(c -> c.entry().getSummary()).containsExactly("after the mark");
			assertThat(after.complete()).isEqualTo(last);
			// Complete up to the newest entry even when none of the positions asked about was edited, so
			// that the next read for a page nobody edits starts there and not at its first mark.
			AuditService.PositionEdits none = audit.positionEdits(List.of(900_003L), mark);
			assertThat(none.changes()).isEmpty();
			assertThat(none.complete()).isEqualTo(last);
		});
	}

	@Test
	@DisabledIfSystemProperty(named = "spring.profiles.active", matches = ".*postgres.*")
	void onH2TheHistoryBeforeTheMarkIsNotRead() throws Exception {
		String query = AuditRepository.class.getMethod("positionEdits", Collection.class, long.class)
			.getAnnotation(Query.class)
			.value();
		tx.executeWithoutResult(status -> {
			status.setRollbackOnly();
			// A long history of one position, then one edit of another after the mark.
			for (int i = 0; i < 1000; i++) {
				edit(900_001, "edit " + i);
			}
			long mark = newest();
			edit(900_002, "after the mark");
			String plan = String.join("\n", jdbc.queryForList("explain analyze " + query
				.replace(":positionIds", "900001, 900002")
				.replace(":since", Long.toString(mark)), String.class));
			Matcher scanned = SCAN_COUNT.matcher(plan);
			assertThat(scanned.find()).as(plan).isTrue();
			assertThat(Long.parseLong(scanned.group(1))).as(plan).isLessThan(20);
		});
	}

	private long newest() {
		return jdbc.queryForObject("select max(id) from audit_log", Long.class);
	}

	private void edit(long positionId, String summary) {
		jdbc.update("insert into audit_log (entity_type, entity_id, action, username, changed_at, summary) "
				+ "values ('position', ?, 'UPDATED', 'test', ?, ?)", positionId, Timestamp.from(Instant.now()), summary);
	}

}
