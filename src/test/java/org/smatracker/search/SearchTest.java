package org.smatracker.search;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.smatracker.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Search finds people by part of a name in either script, any case, and narrows by facets. */
@AppTest
class SearchTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchService search;

	@Test
	void findsANegotiatorByPartOfTheName() throws Exception {
		mvc.perform(get("/search").param("q", "JOON-K"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hwang Joon-kook")));
		assertThat(search.search("준국", null, null, null).hits().get("negotiators"))
			.extracting(SearchService.Hit::title)
			.containsExactly("Hwang Joon-kook (황준국)");
	}

	@Test
	void facetsNarrowTheMatches() {
		var all = search.search("a", null, null, null);
		assertThat(all.facets().party()).containsKeys("ROK", "US");
		var us = search.search("a", "US", null, null);
		assertThat(us.total()).isPositive().isLessThan(all.total());
		assertThat(us.hits().values()).allSatisfy(list -> assertThat(list).allSatisfy(h -> assertThat(h.party()).isEqualTo("US")));
		var eleventh = search.search("a", null, 11, null);
		assertThat(eleventh.hits().values()).allSatisfy(list -> assertThat(list).allSatisfy(h -> assertThat(h.sma()).isEqualTo(11)));
	}

	@Test
	void wildcardsAreLiteralAndShortQueriesAsk() throws Exception {
		assertThat(search.search("%%", null, null, null).total()).isZero();
		mvc.perform(get("/search").param("q", "x")).andExpect(content().string(containsString("at least two")));
		mvc.perform(get("/search")).andExpect(status().isOk()).andExpect(content().string(not(containsString("at least two"))));
	}

	@Test
	void pluralsFindTheSingular() {
		assertThat(SearchService.singular("rounds")).isEqualTo("round");
		assertThat(SearchService.singular("cities")).isEqualTo("city");
		assertThat(SearchService.singular("talks")).isEqualTo("talk");
		assertThat(SearchService.singular("addresses")).isEqualTo("address");
		assertThat(SearchService.singular("seoul")).isEqualTo("seoul");
		assertThat(SearchService.singular("us")).isEqualTo("us");
		assertThat(search.search("meetings", null, null, null).total()).isPositive()
			.isEqualTo(search.search("meeting", null, null, null).total());
		assertThat(search.search("negotiations", null, null, null).total()).isPositive();
	}

	@Test
	void aPersonsNameFindsTheRoundsTheyLed() {
		var hits = search.search("Jeong Eun-bo", null, null, null).hits();
		assertThat(hits.get("negotiators")).isNotEmpty();
		assertThat(hits.get("rounds")).isNotEmpty().allSatisfy(h -> assertThat(h.sma()).isEqualTo(11));
	}

}
