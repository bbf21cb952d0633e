package org.smatracker.timeline;

import org.junit.jupiter.api.Test;

import org.smatracker.model.Party;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineFilterTest {

	@Test
	void readsTheRequestParameters() {
		TimelineFilter filter = TimelineFilter.parse("11", "us", "asc");
		assertThat(filter.sma()).isEqualTo(11);
		assertThat(filter.party()).isEqualTo(Party.US);
		assertThat(filter.newestFirst()).isFalse();
		assertThat(filter.isFiltered()).isTrue();
	}

	@Test
	void unreadableValuesMeanNoFilterAndNewestFirst() {
		TimelineFilter filter = TimelineFilter.parse("eleven", "<script>", null);
		assertThat(filter.sma()).isNull();
		assertThat(filter.party()).isNull();
		assertThat(filter.newestFirst()).isTrue();
		assertThat(filter.isFiltered()).isFalse();
		assertThat(TimelineFilter.parse("-3", "", "sideways").sma()).isNull();
	}

}
