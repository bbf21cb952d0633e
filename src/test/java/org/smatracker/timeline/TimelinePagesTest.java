package org.smatracker.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.smatracker.timeline.TimelinePages.Period;

import static org.assertj.core.api.Assertions.assertThat;

class TimelinePagesTest {

	private static int month(int year, int month) {
		return year * 12 + month - 1;
	}

	@Test
	void smallYearsShareAPageAndACrowdedYearIsCutByMonths() {
		TreeMap<Integer, Long> perMonth = new TreeMap<>();
		perMonth.put(month(1991, 1), 3L);
		perMonth.put(month(1995, 6), 4L);
		perMonth.put(month(2031, 1), 6L);
		perMonth.put(month(2031, 2), 6L);
		perMonth.put(month(2031, 3), 2L);

		List<Period> oldestFirst = TimelinePages.paginate(perMonth, false, 10);
		assertThat(oldestFirst).containsExactly(new Period(LocalDate.of(1991, 1, 1), LocalDate.of(1996, 1, 1)),
				new Period(LocalDate.of(2031, 1, 1), LocalDate.of(2031, 2, 1)),
				new Period(LocalDate.of(2031, 2, 1), LocalDate.of(2031, 4, 1)));

		List<Period> newestFirst = TimelinePages.paginate(perMonth, true, 10);
		// Newest first the greedy cut falls elsewhere: January 2031 shares a page with 1995 (the empty
		// years between hold nothing).
		assertThat(newestFirst).containsExactly(new Period(LocalDate.of(2031, 2, 1), LocalDate.of(2031, 4, 1)),
				new Period(LocalDate.of(1995, 1, 1), LocalDate.of(2031, 2, 1)),
				new Period(LocalDate.of(1991, 1, 1), LocalDate.of(1992, 1, 1)));
	}

	@Test
	void anEmptyRecordHasNoPages() {
		assertThat(TimelinePages.paginate(new TreeMap<>(), true, 10)).isEmpty();
	}

	@Test
	void pageLinksKeepTheFilters() {
		assertThat(TimelineFilter.parse("11", "rok", "asc").pageUrl(2)).isEqualTo("/?sma=11&party=ROK&order=asc&page=2");
		assertThat(TimelineFilter.parse(null, null, null).pageUrl(3)).isEqualTo("/?order=desc&page=3");
		assertThat(TimelineFilter.parsePage("x")).isEqualTo(1);
		assertThat(TimelineFilter.parsePage("-4")).isEqualTo(1);
		assertThat(TimelineFilter.parsePage("7")).isEqualTo(7);
	}

}
