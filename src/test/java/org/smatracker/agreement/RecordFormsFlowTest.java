package org.smatracker.agreement;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The forms for agreements, exchange rates, negotiations, negotiators and sources: saved with
 * history, bad input kept and explained, stale edits refused, deletes recoverable, and deletes of
 * records others cite refused. Each test rolls back.
 */
@AppTest
@Transactional
class RecordFormsFlowTest {

	static final RequestPostProcessor ANALYST = user("ana").roles("ANALYST");

	static final RequestPostProcessor ADMIN = user("boss").roles("ANALYST", "ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	private static MockHttpServletRequestBuilder form(String url, Map<String, String> fields) {
		MockHttpServletRequestBuilder request = post(url).with(csrf()).with(ANALYST);
		fields.forEach(request::param);
		return request;
	}

	/** A new 13th SMA: five years, a fixed 5% rule, two recorded years. */
	private static Map<String, String> newAgreement(String... overrides) {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("version", "0");
		f.put("smaNumber", "13");
		f.put("firstYear", "2031");
		f.put("lastYear", "2035");
		f.put("headlineYear", "2031");
		f.put("status", "SIGNED");
		f.put("escalationRule", "FIXED_PERCENT");
		f.put("escalationRatePct", "5");
		f.put("firstYearAmountKrw", "1700000000000");
		f.put("sourceIds", "1");
		f.put("years[0].year", "2031");
		f.put("years[0].amount", "1700000000000");
		f.put("years[0].currency", "KRW");
		f.put("years[0].basis", "SCHEDULED");
		f.put("years[1].year", "2032");
		f.put("years[1].amount", "1785000000000");
		f.put("years[1].currency", "KRW");
		f.put("years[1].basis", "SCHEDULED");
		for (int i = 0; i < overrides.length; i += 2) {
			f.put(overrides[i], overrides[i + 1]);
		}
		return f;
	}

	@Test
	void anAgreementWithItsYearsIsRecordedShownAndInTheHistory() throws Exception {
		mvc.perform(form("/manage/agreements", newAgreement()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/agreements/13"));
		long id = count("select id from agreements where sma_number = 13");
		assertThat(count("select count(*) from agreement_years where agreement_id = ?", id)).isEqualTo(2);
		mvc.perform(get("/agreements/13")).andExpect(status().isOk()).andExpect(content().string(containsString("2032")));
		mvc.perform(get("/manage/history/agreement/" + id).with(ANALYST))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2031 1700000000000 KRW SCHEDULED")));
	}

	@Test
	void editingTheYearsUpdatesAddsAndRemovesThemAndBumpsTheVersion() throws Exception {
		mvc.perform(form("/manage/agreements", newAgreement())).andExpect(status().is3xxRedirection());
		long id = count("select id from agreements where sma_number = 13");
		long version = count("select version from agreements where id = ?", id);
		// Only the years change: 2031 corrected, 2032 cleared, 2033 added.
		mvc.perform(form("/manage/agreements/13", newAgreement("version", String.valueOf(version), "years[0].amount",
				"1710000000000", "years[1].year", "", "years[1].amount", "", "years[1].currency", "", "years[1].basis",
				"", "years[2].year", "2033", "years[2].amount", "1500000000", "years[2].currency", "USD",
				"years[2].basis", "SCHEDULED")))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForList("select contribution_year from agreement_years where agreement_id = ? order by 1",
				Integer.class, id)).containsExactly(2031, 2033);
		assertThat(jdbc.queryForObject("select amount from agreement_years where agreement_id = ? and contribution_year = 2031",
				java.math.BigDecimal.class, id)).isEqualByComparingTo("1710000000000");
		assertThat(count("select version from agreements where id = ?", id)).isGreaterThan(version);
		// The form from before that edit is now stale: refused, with the stored values shown.
		mvc.perform(form("/manage/agreements/13", newAgreement("version", String.valueOf(version), "years[0].amount",
				"9")))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("conflict"))
			.andExpect(content().string(containsString("1710000000000")));
		assertThat(jdbc.queryForObject("select amount from agreement_years where agreement_id = ? and contribution_year = 2031",
				java.math.BigDecimal.class, id)).isEqualByComparingTo("1710000000000");
	}

	@Test
	void crossFieldRulesOfAnAgreementEachGetTheirMessageAndNothingIsSaved() throws Exception {
		long before = count("select count(*) from agreements");
		mvc.perform(form("/manage/agreements", newAgreement("smaNumber", "11", "lastYear", "2030", "escalationRule",
				"CPI_LINKED", "escalationFloorPct", "3", "escalationCapPct", "1", "years[1].year", "2031",
				"years[0].amount", "-5", "sourceIds", "")))
			.andExpect(status().isOk())
			.andExpect(view().name("agreements/form"))
			.andExpect(model().attributeHasFieldErrorCode("agreementForm", "smaNumber", "agreement.taken"))
			.andExpect(model().attributeHasFieldErrorCode("agreementForm", "lastYear", "agreement.lastBeforeFirst"))
			.andExpect(model().attributeHasFieldErrorCode("agreementForm", "escalationRatePct", "agreement.rateNotForRule"))
			.andExpect(model().attributeHasFieldErrorCode("agreementForm", "escalationCapPct", "agreement.capBelowFloor"))
			.andExpect(model().attributeHasFieldErrorCode("agreementForm", "years[1].year", "agreement.yearTwice"))
			.andExpect(model().attributeHasFieldErrorCode("agreementForm", "years[0].amount", "DecimalMin"))
			.andExpect(model().attributeHasFieldErrorCode("agreementForm", "sourceIds", "agreement.sourceRequired"))
			// The input is kept and each message sits next to its field.
			.andExpect(content().string(containsString("value=\"2030\"")))
			.andExpect(content().string(containsString("The cap cannot be below the floor.")));
		assertThat(count("select count(*) from agreements")).isEqualTo(before);
	}

	@Test
	void anAgreementThatTalksProducedIsNotDeletedButAMistakenOneIsAndCanBeRestored() throws Exception {
		mvc.perform(post("/manage/agreements/11/delete").with(csrf()).with(ANALYST))
			.andExpect(redirectedUrl("/agreements/11"))
			.andExpect(flash().attribute("flashError", containsString("not deleted")));
		assertThat(count("select count(*) from agreements where sma_number = 11 and deleted = false")).isOne();

		mvc.perform(form("/manage/agreements", newAgreement())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/manage/agreements/13/delete").with(csrf()).with(ANALYST)).andExpect(redirectedUrl("/agreements"));
		mvc.perform(get("/agreements/13")).andExpect(status().isNotFound());
		long id = count("select id from agreements where sma_number = 13");
		mvc.perform(get("/admin/deleted").with(ADMIN)).andExpect(content().string(containsString("SMA 13")));
		mvc.perform(post("/admin/deleted/agreement/" + id + "/restore").with(csrf()).with(ADMIN))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/agreements/13")).andExpect(status().isOk());
	}

	@Test
	void exchangeRatesAreAddedEditedDeletedAndTheYearStaysUnique() throws Exception {
		mvc.perform(form("/manage/exchange-rates", Map.of("version", "0", "year", "2031", "krwPerUsd", "1400.25")))
			.andExpect(redirectedUrl("/exchange-rates"));
		long id = count("select id from exchange_rates where rate_year = 2031");
		mvc.perform(get("/exchange-rates")).andExpect(content().string(containsString("1,400.25")));
		mvc.perform(form("/manage/exchange-rates", Map.of("version", "0", "year", "2031", "krwPerUsd", "1")))
			.andExpect(model().attributeHasFieldErrorCode("exchangeRateForm", "year", "exchangeRate.taken"));
		mvc.perform(form("/manage/exchange-rates", Map.of("version", "0", "year", "2032", "krwPerUsd", "0")))
			.andExpect(model().attributeHasFieldErrorCode("exchangeRateForm", "krwPerUsd", "DecimalMin"))
			.andExpect(content().string(containsString("value=\"2032\"")));
		mvc.perform(form("/manage/exchange-rates/" + id, Map.of("version", "0", "year", "2031", "krwPerUsd", "1390")))
			.andExpect(redirectedUrl("/exchange-rates"));
		mvc.perform(form("/manage/exchange-rates/" + id, Map.of("version", "0", "year", "2031", "krwPerUsd", "1")))
			.andExpect(model().attributeExists("conflict"));
		assertThat(jdbc.queryForObject("select krw_per_usd from exchange_rates where id = ?", java.math.BigDecimal.class,
				id)).isEqualByComparingTo("1390");
		mvc.perform(post("/manage/exchange-rates/" + id + "/delete").with(csrf()).with(ANALYST))
			.andExpect(redirectedUrl("/exchange-rates"));
		assertThat(count("select count(*) from exchange_rates where id = ? and deleted = true", id)).isOne();
		mvc.perform(get("/manage/history/exchange-rate/" + id).with(ANALYST))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1390")));
	}

	@Test
	void recordsThatOthersCiteAreNotDeleted() throws Exception {
		long source = count("select min(source_id) from offer_sources");
		mvc.perform(post("/manage/sources/" + source + "/delete").with(csrf()).with(ANALYST))
			.andExpect(redirectedUrl("/sources/" + source))
			.andExpect(flash().attribute("flashError", containsString("cited")));
		long negotiator = count("select min(negotiator_id) from round_participants");
		mvc.perform(post("/manage/negotiators/" + negotiator + "/delete").with(csrf()).with(ANALYST))
			.andExpect(redirectedUrl("/negotiators/" + negotiator));
		mvc.perform(post("/manage/negotiations/11/delete").with(csrf()).with(ANALYST))
			.andExpect(redirectedUrl("/negotiations/11"))
			.andExpect(flash().attribute("flashError", containsString("rounds")));
		assertThat(count("select count(*) from sources where id = ? and deleted = false", source)).isOne();
		assertThat(count("select count(*) from negotiators where id = ? and deleted = false", negotiator)).isOne();
		assertThat(count("select count(*) from negotiations where sma_number = 11 and deleted = false")).isOne();
	}

	@Test
	void oddDatesOnTalksAndAgreementsDrawAWarningTheAnalystConfirms() throws Exception {
		String farAhead = java.time.LocalDate.now().plusYears(3).toString();
		Map<String, String> talks = Map.of("version", "0", "smaNumber", "13", "startDate", farAhead);
		long before = count("select count(*) from negotiations");
		mvc.perform(form("/manage/negotiations", talks))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("negotiationForm", "startDate", "date.confirm"))
			.andExpect(content().string(containsString("I confirm this date")))
			.andExpect(content().string(containsString("value=\"" + farAhead + "\"")));
		assertThat(count("select count(*) from negotiations")).isEqualTo(before);
		Map<String, String> confirmed = new LinkedHashMap<>(talks);
		confirmed.put("dateConfirmed", "true");
		mvc.perform(form("/manage/negotiations", confirmed)).andExpect(redirectedUrl("/negotiations/13"));

		mvc.perform(form("/manage/agreements", newAgreement("signedDate", "1985-06-01")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("agreementForm", "signedDate", "date.confirm"));
		assertThat(count("select count(*) from agreements where sma_number = 13")).isZero();
		mvc.perform(form("/manage/agreements", newAgreement("signedDate", "1985-06-01", "dateConfirmed", "true")))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void newTalksANewPersonAndANewSourceCanBeAddedAndDeletedAgain() throws Exception {
		mvc.perform(form("/manage/negotiations", Map.of("version", "0", "smaNumber", "13", "startDate", "2030-03-01", "dateConfirmed", "true")))
			.andExpect(redirectedUrl("/negotiations/13"));
		mvc.perform(form("/manage/negotiators", Map.of("version", "0", "name", "Kim <b>Test</b>", "nameKo", "김시험",
				"party", "ROK")))
			.andExpect(status().is3xxRedirection());
		long person = count("select id from negotiators where name = 'Kim <b>Test</b>'");
		mvc.perform(get("/negotiators/" + person))
			.andExpect(content().string(containsString("Kim &lt;b&gt;Test&lt;/b&gt;")));
		mvc.perform(form("/manage/sources", Map.of("version", "0", "title", "A new report", "url",
				"https://example.org/report", "confirmed", "true")))
			.andExpect(status().is3xxRedirection());
		long source = count("select id from sources where title = 'A new report'");

		mvc.perform(post("/manage/negotiations/13/delete").with(csrf()).with(ANALYST)).andExpect(redirectedUrl("/negotiations"));
		mvc.perform(get("/negotiations/13")).andExpect(status().isNotFound());
		mvc.perform(post("/manage/negotiators/" + person + "/delete").with(csrf()).with(ANALYST))
			.andExpect(redirectedUrl("/negotiators"));
		mvc.perform(post("/manage/sources/" + source + "/delete").with(csrf()).with(ANALYST))
			.andExpect(redirectedUrl("/sources"));
		mvc.perform(get("/sources/" + source)).andExpect(status().isNotFound());
		// Talks on a deleted number are not silently duplicated.
		mvc.perform(form("/manage/negotiations", Map.of("version", "0", "smaNumber", "13", "startDate", "2030-03-01", "dateConfirmed", "true")))
			.andExpect(model().attributeHasFieldErrorCode("negotiationForm", "smaNumber", "negotiation.taken"));
	}

	@Test
	void theWriteApiCoversTheOtherRecordsWithProblemDetails() throws Exception {
		jdbc.update("insert into app_users (username, password_hash, role) values ('script', ?, 'ANALYST')",
				new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode("script-password"));
		RequestPostProcessor basic = httpBasic("script", "script-password");
		mvc.perform(post("/api/v1/exchange-rates").with(basic).contentType(MediaType.APPLICATION_JSON)
			.content("{\"year\":2031,\"krwPerUsd\":1400}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(0));
		long id = count("select id from exchange_rates where rate_year = 2031");
		mvc.perform(put("/api/v1/exchange-rates/" + id).with(basic).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":7,\"year\":2031,\"krwPerUsd\":1300}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(0));
		mvc.perform(post("/api/v1/agreements").with(basic).contentType(MediaType.APPLICATION_JSON)
			.content("{\"smaNumber\":13,\"firstYear\":2031,\"lastYear\":2029,\"headlineYear\":2031,\"status\":\"SIGNED\","
					+ "\"escalationRule\":\"NONE\",\"sourceIds\":[1]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lastYear"));
		mvc.perform(delete("/api/v1/negotiations/11").with(basic))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("rounds")));
		mvc.perform(delete("/api/v1/negotiators/999999").with(basic)).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/sources").contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"x\"}"))
			.andExpect(status().isUnauthorized());
	}

}
