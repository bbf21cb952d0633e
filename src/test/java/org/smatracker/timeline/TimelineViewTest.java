package org.smatracker.timeline;

import org.junit.jupiter.api.Test;

import org.smatracker.timeline.TimelineView.Pager;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineViewTest {

	@Test
	void thePagerLinksItsNeighboursWithTheFiltersAndIsLeftOutForOnePage() {
		TimelineFilter filter = TimelineFilter.parse("11", "us", "asc");
		assertThat(Pager.of(filter, 1, 1, "Page 1 of 1")).isNull();
		assertThat(Pager.of(filter, 1, 3, "Page 1 of 3"))
			.isEqualTo(new Pager(null, "Page 1 of 3", "/?sma=11&party=US&order=asc&page=2"));
		assertThat(Pager.of(filter, 2, 3, "Page 2 of 3")).isEqualTo(new Pager("/?sma=11&party=US&order=asc&page=1",
				"Page 2 of 3", "/?sma=11&party=US&order=asc&page=3"));
		assertThat(Pager.of(filter, 3, 3, "Page 3 of 3").nextHref()).isNull();
	}

}
