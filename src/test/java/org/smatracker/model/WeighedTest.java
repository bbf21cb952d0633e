package org.smatracker.model;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WeighedTest {

	private record Rows(int weight) implements Weighed {
	}

	@Test
	void aValueWeighsItsOwnWeightAndAtLeastOne() {
		assertThat(Weighed.of(new Rows(40))).isEqualTo(40);
		assertThat(Weighed.of(new Rows(0))).isEqualTo(1);
		assertThat(Weighed.of("anything else")).isEqualTo(1);
	}

	@Test
	void aMapOrListWeighsItsElementsAndOneForItself() {
		assertThat(Weighed.of(Map.of(1, new Rows(40), 2, new Rows(60)))).isEqualTo(101);
		assertThat(Weighed.of(List.of(new Rows(5), new Rows(7), "x"))).isEqualTo(14);
		assertThat(Weighed.of(List.of())).isEqualTo(1);
	}

	@Test
	void aHugeCollectionDoesNotOverflow() {
		List<Rows> many = java.util.Collections.nCopies(3, new Rows(Integer.MAX_VALUE));
		assertThat(Weighed.of(many)).isEqualTo(Integer.MAX_VALUE);
	}

}
