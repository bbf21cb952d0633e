package org.smatracker.negotiation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The round rules without Spring: dates within the talks, the number, the sources cited. */
class RoundRulesTest {

	private static final LocalDate OPENED = LocalDate.of(2019, 9, 24);

	private static final LocalDate CLOSED = LocalDate.of(2021, 3, 7);

	private static final RoundRules.Talks CONCLUDED = new RoundRules.Talks(OPENED, CLOSED, LocalDate.of(2021, 4, 8));

	private static final RoundRules.Talks UNDER_WAY = new RoundRules.Talks(OPENED, null, null);

	private static RoundRules.Dates days(String start, String end) {
		return new RoundRules.Dates(LocalDate.parse(start), end == null ? null : LocalDate.parse(end));
	}

	private static List<RoundRules.Violation> newRound(RoundRules.Dates dates, RoundRules.Talks talks) {
		return RoundRules.check(dates, Optional.empty(), talks, false);
	}

	@Test
	void aRoundWithinTheTalksPasses() {
		assertThat(newRound(days("2019-10-23", "2019-10-24"), CONCLUDED)).isEmpty();
		assertThat(newRound(days("2030-01-01", null), UNDER_WAY)).isEmpty();
	}

	@Test
	void theEndComesAfterTheStart() {
		assertThat(newRound(days("2019-10-24", "2019-10-23"), CONCLUDED))
			.containsExactly(new RoundRules.Violation("endDate", "round.endBeforeStart"));
	}

	@Test
	void meetingsFallWithinTheNegotiationOrByTheSigning() {
		assertThat(newRound(days("2019-09-23", null), CONCLUDED))
			.containsExactly(new RoundRules.Violation("startDate", "round.beforeNegotiation", List.of(OPENED)));
		// The signing came after the last round: a meeting up to the signing is allowed, not after it.
		assertThat(newRound(days("2021-04-08", null), CONCLUDED)).isEmpty();
		assertThat(newRound(days("2021-04-08", "2021-04-09"), CONCLUDED)).containsExactly(
				new RoundRules.Violation("endDate", "round.afterNegotiation", List.of(LocalDate.of(2021, 4, 8))));
		// Signed before the talks closed: the talks' last day is the limit.
		RoundRules.Talks signedEarly = new RoundRules.Talks(OPENED, CLOSED, LocalDate.of(2021, 3, 1));
		assertThat(signedEarly.latest()).contains(CLOSED);
		assertThat(newRound(days("2021-03-08", null), signedEarly))
			.containsExactly(new RoundRules.Violation("startDate", "round.afterNegotiation", List.of(CLOSED)));
		assertThat(UNDER_WAY.latest()).isEmpty();
	}

	@Test
	void storedDatesAreNotCheckedAgainButChangedOnesAre() {
		RoundRules.Dates early = days("2019-09-01", null);
		assertThat(RoundRules.check(early, Optional.of(early), CONCLUDED, false)).isEmpty();
		assertThat(RoundRules.check(days("2019-09-02", null), Optional.of(early), CONCLUDED, false))
			.extracting(RoundRules.Violation::code)
			.containsExactly("round.beforeNegotiation");
	}

	@Test
	void aTakenNumberIsRefused() {
		assertThat(RoundRules.check(days("2019-10-23", null), Optional.empty(), CONCLUDED, true))
			.containsExactly(new RoundRules.Violation("roundNumber", "round.numberTaken"));
	}

	@Test
	void aRoundCitesAStoredOrANewSource() {
		RoundForm form = new RoundForm();
		assertThat(RoundRules.sources(form, true)).isEmpty();
		assertThat(RoundRules.sources(form, false))
			.containsExactly(new RoundRules.Violation("sourceIds", "round.sourceRequired"));
		form.setNewSourceTitle("A new report");
		assertThat(RoundRules.sources(form, false)).isEmpty();
	}

	@Test
	void aNewSourceNeedsATitleOnceAnyOfItsFieldsIsFilled() {
		RoundForm form = new RoundForm();
		form.setNewSourceUrl("https://example.org/report");
		assertThat(RoundRules.sources(form, true))
			.containsExactly(new RoundRules.Violation("newSourceTitle", "source.titleRequired"));
		assertThat(RoundRules.sources(form, false)).containsExactly(
				new RoundRules.Violation("newSourceTitle", "source.titleRequired"),
				new RoundRules.Violation("sourceIds", "round.sourceRequired"));
	}

}
