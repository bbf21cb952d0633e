package org.smatracker.datahealth;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.AppTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The data-health page: signed-in analysts only; it lists the live findings, linked to the records. */
@AppTest
@Transactional
class DataHealthPageTest {

	static final RequestPostProcessor ANALYST = user("ana").roles("ANALYST");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anonymousReadersAreSentToSignIn() throws Exception {
		mvc.perform(get("/manage/data-health")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theShippedRecordShowsNoErrorAndItsDocumentedWarnings() throws Exception {
		mvc.perform(get("/manage/data-health").with(ANALYST).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>Data health · SMA Tracker</title>")))
			.andExpect(content().string(containsString("Errors: 0 ·")))
			.andExpect(content().string(containsString("Rests on the background source")));
	}

	@Test
	void aBadAmountEnteredInTheDatabaseIsListedAndLinked() throws Exception {
		// 2022 of the 11th SMA frozen at a different amount from 2021: a contradiction the rule must see.
		jdbc.update("UPDATE agreement_years SET basis = 'FROZEN' WHERE contribution_year = 2022");
		mvc.perform(get("/manage/data-health").with(ANALYST).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Errors: 0 ·"))))
			.andExpect(content().string(containsString("2022 is recorded as frozen, but the amount changed by 5.4%")))
			.andExpect(content().string(containsString("href=\"/agreements/11#year-2022\"")));
	}

	@Test
	void aBadAmountEnteredThroughTheFormIsSavedAndDrawsAWarning() throws Exception {
		// A 13th SMA with a fixed 5% rule whose second year is 11.8% up: saved, then flagged.
		var request = post("/manage/agreements").with(csrf()).with(ANALYST);
		java.util.Map.of("version", "0", "smaNumber", "13", "firstYear", "2031", "lastYear", "2035", "headlineYear",
				"2031", "status", "SIGNED", "escalationRule", "FIXED_PERCENT", "escalationRatePct", "5",
				"firstYearAmountKrw", "1700000000000", "sourceIds", "1")
			.forEach(request::param);
		request.param("years[0].year", "2031").param("years[0].amount", "1700000000000")
			.param("years[0].currency", "KRW").param("years[0].basis", "SCHEDULED")
			.param("years[1].year", "2032").param("years[1].amount", "1900000000000")
			.param("years[1].currency", "KRW").param("years[1].basis", "SCHEDULED");
		mvc.perform(request).andExpect(redirectedUrl("/agreements/13"));
		mvc.perform(get("/agreements/13").with(ANALYST).locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-health-warnings")))
			.andExpect(content().string(
					containsString("2032 grew 11.8% over the year before; the agreement&#39;s rule is a fixed 5% a year.")));
		// Readers who are not signed in see the record, not the checker.
		mvc.perform(get("/agreements/13").locale(Locale.ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-health-warnings"))));
	}

	@Test
	void thePageSpeaksKorean() throws Exception {
		mvc.perform(get("/manage/data-health").with(ANALYST).locale(Locale.KOREAN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("데이터 점검")))
			.andExpect(content().string(containsString("오류 0건")));
	}

}
