package org.smatracker.model;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

class DatePlausibilityTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@Test
	void aYearAheadAndSince1990NeedNoConfirmation() {
		assertThat(DatePlausibility.needsConfirmation(TODAY.plusYears(1), TODAY)).isFalse();
		assertThat(DatePlausibility.needsConfirmation(TODAY.plusYears(1).plusDays(1), TODAY)).isTrue();
		assertThat(DatePlausibility.needsConfirmation(LocalDate.of(1990, 1, 1), TODAY)).isFalse();
		assertThat(DatePlausibility.needsConfirmation(LocalDate.of(1989, 12, 31), TODAY)).isTrue();
		assertThat(DatePlausibility.needsConfirmation(null, TODAY)).isFalse();
	}

	@Test
	void everyDayInTheWindowPassesAndEveryDayOutsideAsks() {
		qt().forAll(integers().between(-20_000, 20_000)).checkAssert(days -> {
			LocalDate date = TODAY.plusDays(days);
			boolean inside = !date.isBefore(LocalDate.of(1990, 1, 1)) && !date.isAfter(TODAY.plusYears(1));
			assertThat(DatePlausibility.needsConfirmation(date, TODAY)).isEqualTo(!inside);
		});
	}

}
