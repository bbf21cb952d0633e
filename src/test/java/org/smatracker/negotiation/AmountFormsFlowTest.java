package org.smatracker.negotiation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Amounts typed as articles write them, in both languages, through save and edit: stored as the
 * number they say, shown on the edit form in plain grouped digits, and refused with one message
 * when they are not an amount. Each test rolls back.
 */
@AppTest
@Transactional
class AmountFormsFlowTest {

	static final RequestPostProcessor ANALYST = user("ana").roles("ANALYST");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private MockHttpServletRequestBuilder position(String language, String amount, String form, String currency) {
		MockHttpServletRequestBuilder request = post("/manage/negotiations/11/positions").with(csrf())
			.with(ANALYST)
			.header("Accept-Language", language)
			.param("version", "0")
			.param("reportedDate", "2020-03-01")
			.param("party", "US")
			.param("kind", "DEMAND")
			.param("amount", amount)
			.param("appliesToYear", "2020")
			.param("reliability", "REPORTED")
			.param("status", "CURRENT")
			.param("sourceIds", "1");
		if (!form.isEmpty()) {
			request.param("form", form);
		}
		if (!currency.isEmpty()) {
			request.param("currency", currency);
		}
		return request;
	}

	@ParameterizedTest(name = "{0} [{1}]")
	@CsvSource(delimiter = '|', nullValues = "-", value = {
			"1.6 trillion|en||KRW|1600000000000|ABSOLUTE|KRW|1,600,000,000,000",
			"1.6 trillion|ko||KRW|1600000000000|ABSOLUTE|KRW|1,600,000,000,000",
			"1,600,000,000,000|en|ABSOLUTE|KRW|1600000000000|ABSOLUTE|KRW|1,600,000,000,000",
			"1,600,000,000,000|ko|ABSOLUTE|KRW|1600000000000|ABSOLUTE|KRW|1,600,000,000,000",
			"1.6tn|en|ABSOLUTE|KRW|1600000000000|ABSOLUTE|KRW|1,600,000,000,000",
			"1.6tn|ko|ABSOLUTE|KRW|1600000000000|ABSOLUTE|KRW|1,600,000,000,000",
			"US$1.3 billion|en|||1300000000|ABSOLUTE|USD|1,300,000,000",
			"US$1.3 billion|ko|||1300000000|ABSOLUTE|USD|1,300,000,000",
			"₩1.18 trillion|en|||1180000000000|ABSOLUTE|KRW|1,180,000,000,000",
			"₩1.18 trillion|ko|||1180000000000|ABSOLUTE|KRW|1,180,000,000,000",
			"1조 6천억|en|||1600000000000|ABSOLUTE|KRW|1,600,000,000,000",
			"1조 6천억|ko|||1600000000000|ABSOLUTE|KRW|1,600,000,000,000",
			"1조 1,833억 원|en|||1183300000000|ABSOLUTE|KRW|1,183,300,000,000",
			"1조 1,833억 원|ko|ABSOLUTE|KRW|1183300000000|ABSOLUTE|KRW|1,183,300,000,000",
			"13%|en|||13|PERCENT_OF_BASELINE|-|13", "13%|ko|PERCENT_OF_BASELINE||13|PERCENT_OF_BASELINE|-|13",
			"13.9|en|PERCENT_OF_BASELINE|KRW|13.9|PERCENT_OF_BASELINE|-|13.9",
			"5x|en|||5|MULTIPLE_OF_BASELINE|-|5", "fivefold|ko|||5|MULTIPLE_OF_BASELINE|-|5" })
	void eachSpellingIsSavedAsItsNumberAndEditedInPlainDigits(String typed, String language, String form,
			String currency, String value, String storedForm, String storedCurrency, String shown) throws Exception {
		mvc.perform(position(language, typed, form == null ? "" : form, currency == null ? "" : currency))
			.andExpect(status().is3xxRedirection());
		long id = jdbc.queryForObject("select max(id) from offers", Long.class);
		Map<String, Object> row = jdbc.queryForMap("select amount, form, currency from offers where id = ?", id);
		assertThat((BigDecimal) row.get("amount")).isEqualByComparingTo(value);
		assertThat(row.get("form")).isEqualTo(storedForm);
		assertThat(row.get("currency")).isEqualTo(storedCurrency);
		String edit = mvc.perform(get("/manage/positions/" + id + "/edit").with(ANALYST).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(edit).contains("name=\"amount\" value=\"" + shown + "\"").doesNotContain("E+");
		// Saving the edit form unchanged keeps the same number.
		mvc.perform(post("/manage/positions/" + id).with(csrf()).with(ANALYST)
			.param("version", "0").param("reportedDate", "2020-03-01").param("party", "US").param("kind", "DEMAND")
			.param("form", storedForm).param("amount", shown).param("currency", storedCurrency == null ? "" : storedCurrency)
			.param("appliesToYear", "2020").param("reliability", "REPORTED").param("status", "CURRENT")
			.param("sourceIds", "1")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select amount from offers where id = ?", BigDecimal.class, id))
			.isEqualByComparingTo(value);
	}

	@ParameterizedTest(name = "{0} [{1}]")
	@CsvSource(delimiter = '|', value = { "a lot|en|Write the amount as in the article",
			"a lot|ko|기사에 적힌 대로 금액을 입력하세요", "1,2345|en|Write the amount as in the article",
			"13%|en|This reads as a percentage", "US$5 billion|ko|통화가 선택한 통화와 다릅니다" })
	void textThatIsNotThisAmountGetsOneMessageAndSavesNothing(String typed, String language, String message)
			throws Exception {
		long offers = jdbc.queryForObject("select count(*) from offers", Long.class);
		String html = mvc.perform(position(language, typed, "ABSOLUTE", "KRW"))
			.andExpect(status().isOk())
			.andExpect(model().attributeErrorCount("positionForm", 1))
			.andExpect(model().attributeHasFieldErrors("positionForm", "amount"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains(message).contains("value=\"" + typed + "\"");
		assertThat(jdbc.queryForObject("select count(*) from offers", Long.class)).isEqualTo(offers);
	}

	@Test
	void theNewRoundFormReadsAmountsTheSameWay() throws Exception {
		long offers = jdbc.queryForObject("select count(*) from offers", Long.class);
		mvc.perform(post("/manage/negotiations/11/rounds").with(csrf()).with(ANALYST)
			.param("version", "0").param("kind", "VIDEO").param("startDate", "2021-03-20")
			.param("outcome", "CONTINUED").param("sourceIds", "1")
			.param("positions[0].party", "US").param("positions[0].kind", "DEMAND")
			.param("positions[0].amount", "US$1.3 billion").param("positions[0].appliesToYear", "2021")
			.param("positions[1].party", "ROK").param("positions[1].kind", "OFFER")
			.param("positions[1].amount", "1조 1,833억 원").param("positions[1].appliesToYear", "2021"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select count(*) from offers", Long.class)).isEqualTo(offers + 2);
		assertThat(jdbc.queryForObject("select amount from offers where id = (select max(id) from offers)",
				BigDecimal.class)).isEqualByComparingTo("1183300000000");
	}

	@Test
	void thePreviewSaysWhatSavingWillStore() throws Exception {
		mvc.perform(get("/manage/amount").with(ANALYST).param("text", "1조 6천억"))
			.andExpect(jsonPath("$.value").value(containsString("= ₩1,600,000,000,000")));
		mvc.perform(get("/manage/amount").with(ANALYST).param("text", "US$1.3 billion").header("Accept-Language", "ko"))
			.andExpect(jsonPath("$.value").value("= US$1,300,000,000 (13억 달러)"));
		mvc.perform(get("/manage/amount").with(ANALYST).param("text", "13%"))
			.andExpect(jsonPath("$.value").value("= +13% over baseline"));
		mvc.perform(get("/manage/amount").with(ANALYST).param("text", "lots").param("form", "ABSOLUTE"))
			.andExpect(jsonPath("$.error").value(containsString("Write the amount as in the article")));
		mvc.perform(get("/manage/amount").param("text", "13%")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theFormsLoadThePreviewScript() throws Exception {
		mvc.perform(get("/manage/negotiations/11/positions/new").with(ANALYST))
			.andExpect(content().string(containsString("amount-preview")))
			.andExpect(content().string(containsString("data-amount-preview=\"/manage/amount\"")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "1300000000|1300000000", "1.3E9|1300000000", "\"US$1.3 billion\"|1300000000",
			"\"1조 6천억 원\"|1600000000000" })
	void theWriteApiTakesNumbersAndTheSameSpellings(String json, String value) throws Exception {
		jdbc.update("insert into app_users (username, password_hash, role) values ('script', ?, 'ANALYST')",
				new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode("script-password"));
		mvc.perform(post("/api/v1/negotiations/11/positions")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.httpBasic("script", "script-password"))
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"reportedDate\":\"2020-03-01\",\"party\":\"US\",\"kind\":\"DEMAND\",\"form\":\"ABSOLUTE\","
					+ "\"amount\":" + json + ",\"currency\":" + (json.contains("조") ? "null" : "\"USD\"")
					+ ",\"appliesToYear\":2020,\"sourceIds\":[1]}"))
			.andExpect(status().isCreated());
		assertThat(jdbc.queryForObject("select amount from offers where id = (select max(id) from offers)",
				BigDecimal.class)).isEqualByComparingTo(value);
	}

}
