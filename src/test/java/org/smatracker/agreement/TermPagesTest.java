package org.smatracker.agreement;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.AppTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The 2024-2025 statements made outside talks during the 12th SMA's term: on the timeline, the
 * agreement's page and the API, each with its source, compared with the amount in force.
 */
@AppTest
@Transactional
class TermPagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theTimelineShowsTheStatementsAndWhereThingsStand() throws Exception {
		mvc.perform(get("/").locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Where things stand today")))
			.andExpect(content().string(containsString("The 12th SMA is in force for 2026–2030.")))
			.andExpect(content().string(containsString("event-statement")))
			.andExpect(content().string(containsString("Outside formal talks")))
			.andExpect(content().string(containsString("Joint fact sheet of the Lee-Trump summits")));
	}

	@Test
	void theTwelfthSmasPageListsThemWithTheComparison() throws Exception {
		mvc.perform(get("/agreements/12").locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"term-statements\"")))
			.andExpect(content().string(containsString("(not a negotiation gap)")))
			.andExpect(content().string(containsString("KH250709")))
			.andExpect(content().string(containsString("NEWS1-241129")));
	}

	@Test
	void theApiGivesEachStatementWithItsSourceAndComparison() throws Exception {
		mvc.perform(get("/api/agreements/12/statements"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(5)))
			.andExpect(jsonPath("$[0].date").value("2024-10-15"))
			.andExpect(jsonPath("$[0].outsideFormalTalks").value(true))
			.andExpect(jsonPath("$[0].sources[0]").value("JA241016"))
			.andExpect(jsonPath("$[0].comparedWithAmountInForce.negotiationGap").value(false))
			.andExpect(jsonPath("$[0].comparedWithAmountInForce.year").value(2026))
			.andExpect(jsonPath("$[1].amount").value(nullValue()))
			.andExpect(jsonPath("$[4].party").value("BOTH"))
			.andExpect(jsonPath("$[4].perYear").value(false));
	}

}
