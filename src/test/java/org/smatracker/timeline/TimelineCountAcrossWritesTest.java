package org.smatracker.timeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import org.smatracker.AppTest;
import org.smatracker.model.RecordChanged;
import org.smatracker.negotiation.Offer;
import org.smatracker.negotiation.Round;
import org.smatracker.source.Source;
import org.smatracker.timeline.TimelinePages.Period;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page index's count is kept across writes that cannot change it and read again after any other:
 * a round is put in behind the app's back (in a year no event has), and what the history says
 * happened decides whether the index sees it.
 */
@AppTest
class TimelineCountAcrossWritesTest {

	private static final LocalDate LATER = LocalDate.of(2099, 5, 4);

	@Autowired
	TimelinePages pages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	private long historyBefore;

	@BeforeEach
	void countAfreshWithoutTheRound() {
		historyBefore = jdbc.queryForObject("select coalesce(max(id), 0) from audit_log", Long.class);
		// A bulk change (no history entry of its own, as the synthetic record's): counted again.
		events.publishEvent(RecordChanged.bulk("timeline count test"));
		assertThat(newestPage()).as("no event in 2099 yet").doesNotMatch(p -> p.contains(LATER));
		long negotiation = jdbc.queryForObject("select id from negotiations where sma_number = 12", Long.class);
		jdbc.update("insert into rounds (negotiation_id, round_number, kind, start_date, end_date, outcome, summary) "
				+ "values (?, 99, 'FORMAL', ?, ?, 'CONTINUED', 'Timeline count test')", negotiation, LATER, LATER);
	}

	@AfterEach
	void takeTheRoundOut() {
		jdbc.update("delete from rounds where summary = 'Timeline count test'");
		jdbc.update("delete from audit_log where id > ?", historyBefore);
		events.publishEvent(RecordChanged.bulk("timeline count test"));
	}

	@Test
	void anotherInstancesWriteOfASourceKeepsTheCountAndOfARoundCountsAgain() {
		// A history entry of a source, as another instance writes one; this instance then reads the
		// version again (its own write of a source: the event).
		history(Source.AUDIT_TYPE);
		events.publishEvent(new RecordChanged(Source.AUDIT_TYPE, 0));
		assertThat(newestPage()).as("the count was kept: the round behind it is not seen")
			.doesNotMatch(p -> p.contains(LATER));

		history(Round.AUDIT_TYPE);
		events.publishEvent(new RecordChanged(Source.AUDIT_TYPE, 0));
		assertThat(newestPage()).as("a round in the history since the count: counted again")
			.matches(p -> p.contains(LATER));
	}

	@Test
	void anEditOfAPositionThatKeepsItsDateKeepsTheCountAndOneThatMovesARoundCountsAgain() {
		edit(Offer.AUDIT_TYPE, "reportedDate", "2019-09-24", "2019-09-24");
		events.publishEvent(new RecordChanged(Offer.AUDIT_TYPE, 0));
		assertThat(newestPage()).as("a corrected figure, the same date: the count was kept")
			.doesNotMatch(p -> p.contains(LATER));

		edit(Round.AUDIT_TYPE, "startDate", "2019-09-24", "2019-10-23");
		events.publishEvent(new RecordChanged(Round.AUDIT_TYPE, 0));
		assertThat(newestPage()).as("a round moved to another day: counted again").matches(p -> p.contains(LATER));
	}

	@Test
	void anEditWhoseHistoryDoesNotSayTheDateCountsAgain() {
		edit(Offer.AUDIT_TYPE, "quote", "before", "after");
		events.publishEvent(new RecordChanged(Offer.AUDIT_TYPE, 0));
		assertThat(newestPage()).matches(p -> p.contains(LATER));
	}

	@Test
	void thisInstancesWriteOfAnyOtherKindCountsAgain() {
		events.publishEvent(new RecordChanged("dataset", 0));
		assertThat(newestPage()).matches(p -> p.contains(LATER));
	}

	@Test
	void aHistoryEntryOfAKindAddedLaterCountsAgain() {
		history("kind-added-later");
		events.publishEvent(new RecordChanged(Source.AUDIT_TYPE, 0));
		assertThat(newestPage()).matches(p -> p.contains(LATER));
	}

	private Period newestPage() {
		List<Period> index = pages.index(null, true, List.of());
		return index.get(0);
	}

	/** An edit's history entry, one field recorded before and after (the fields of JSON are quoted). */
	private void edit(String kind, String field, String before, String after) {
		jdbc.update("insert into audit_log (entity_type, entity_id, action, username, changed_at, summary, "
				+ "before_json, after_json) values (?, 0, 'UPDATED', 'test', ?, 'Timeline count test', ?, ?)", kind,
				Timestamp.from(Instant.now()), "{\"" + field + "\": \"" + before + "\", \"amount\": \"1\"}",
				"{\"" + field + "\": \"" + after + "\", \"amount\": \"2\"}");
	}

	private void history(String kind) {
		jdbc.update("insert into audit_log (entity_type, entity_id, action, username, changed_at, summary) "
				+ "values (?, 0, 'UPDATED', 'test', ?, 'Timeline count test')", kind, Timestamp.from(Instant.now()));
	}

}
