package org.smatracker.negotiation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The analyst's main flow, "a new round happened today", through the forms with CSRF and a
 * signed-in analyst: saved together or not at all, in the history, conflicts refused, deletes
 * recoverable. Each test rolls back.
 */
@AppTest
@Transactional
class RoundFormFlowTest {

	static final RequestPostProcessor ANALYST = user("ana").roles("ANALYST");

	static final RequestPostProcessor ADMIN = user("boss").roles("ANALYST", "ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private long count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	/** A valid new round of the 11th SMA with two positions. */
	private static Map<String, String> validRound() {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("version", "0");
		f.put("roundNumber", "10");
		f.put("kind", "FORMAL");
		f.put("startDate", "2021-03-15");
		f.put("endDate", "2021-03-16");
		f.put("city", "Seoul");
		f.put("country", "South Korea");
		f.put("outcome", "PROGRESS");
		f.put("summary", "Follow-up round");
		f.put("sourceIds", "1");
		f.put("positions[0].party", "US");
		f.put("positions[0].kind", "DEMAND");
		f.put("positions[0].form", "ABSOLUTE");
		f.put("positions[0].amount", "1200000000");
		f.put("positions[0].currency", "USD");
		f.put("positions[0].appliesToYear", "2021");
		f.put("positions[0].reliability", "REPORTED");
		f.put("positions[0].status", "CURRENT");
		f.put("positions[1].party", "ROK");
		f.put("positions[1].kind", "OFFER");
		f.put("positions[1].form", "PERCENT_OF_BASELINE");
		f.put("positions[1].amount", "13.9");
		f.put("positions[1].currency", "KRW");
		f.put("positions[1].appliesToYear", "2021");
		f.put("positions[1].reliability", "REPORTED");
		f.put("positions[1].status", "CURRENT");
		return f;
	}

	/** The valid round with some fields replaced (pairs of name, value). */
	private static MockHttpServletRequestBuilder newRound(String... overrides) {
		Map<String, String> fields = validRound();
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/manage/negotiations/11/rounds").with(csrf()).with(ANALYST);
		fields.forEach(request::param);
		return request;
	}

	private long newRoundId() {
		return jdbc.queryForObject("select id from rounds where round_number = 10 and negotiation_id = "
				+ "(select id from negotiations where sma_number = 11)", Long.class);
	}

	@Test
	void aNewRoundWithTwoPositionsIsSavedTogetherAndRecorded() throws Exception {
		long rounds = count("rounds");
		long offers = count("offers");
		mvc.perform(newRound()).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/negotiations/11#round-*"));
		assertThat(count("rounds")).isEqualTo(rounds + 1);
		assertThat(count("offers")).isEqualTo(offers + 2);
		long id = newRoundId();
		assertThat(jdbc.queryForObject("select count(*) from offers where round_id = ?", Long.class, id)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select username from audit_log where entity_type = 'round' and entity_id = ?",
				String.class, id)).isEqualTo("ana");
		// The timeline and the gap table show it.
		mvc.perform(get("/").param("sma", "11").with(ANALYST)).andExpect(content().string(org.hamcrest.Matchers.containsString("Round 10")));
		mvc.perform(get("/api/v1/negotiations/11/gap").with(ANALYST))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("\"round\":10")));
	}

	@Test
	void anEditIsInTheHistoryWithItsBeforeAndAfter() throws Exception {
		mvc.perform(newRound()).andExpect(status().is3xxRedirection());
		long id = newRoundId();
		mvc.perform(post("/manage/rounds/" + id).with(csrf()).with(ANALYST)
			.param("version", "0")
			.param("roundNumber", "10")
			.param("kind", "FORMAL")
			.param("startDate", "2021-03-15")
			.param("outcome", "STALLED")
			.param("city", "Busan")
			.param("sourceIds", "1")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select city from rounds where id = ?", String.class, id)).isEqualTo("Busan");
		mvc.perform(get("/manage/history/round/" + id).with(ANALYST))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Busan")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Seoul")))
			// In the record page's words, with the way back to it.
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<td>Stalled</td>")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(">STALLED<"))))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("History of Round 10, 2021-03-15")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/negotiations/11#round-" + id + "\"")));
		long position = jdbc.queryForObject("select max(id) from offers where round_id = ?", Long.class, id);
		mvc.perform(get("/manage/history/position/" + position).with(ANALYST).header("Accept-Language", "ko"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("입장 변경 이력")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("기준액 대비 인상률")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("PERCENT_OF_BASELINE"))));
	}

	@Test
	void aStaleEditIsRefusedWithBothValuesAndChangesNothing() throws Exception {
		mvc.perform(newRound()).andExpect(status().is3xxRedirection());
		long id = newRoundId();
		// First editor saves.
		mvc.perform(post("/manage/rounds/" + id).with(csrf()).with(ANALYST)
			.param("version", "0").param("kind", "FORMAL").param("startDate", "2021-03-15")
			.param("outcome", "PROGRESS").param("city", "Daegu").param("sourceIds", "1"))
			.andExpect(status().is3xxRedirection());
		// Second editor still holds version 0.
		mvc.perform(post("/manage/rounds/" + id).with(csrf()).with(ANALYST)
			.param("version", "0").param("kind", "FORMAL").param("startDate", "2021-03-15")
			.param("outcome", "PROGRESS").param("city", "Incheon").param("sourceIds", "1"))
			.andExpect(status().isOk())
			.andExpect(view().name("rounds/form"))
			.andExpect(model().attributeExists("conflict"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Someone else saved this record")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Daegu")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Incheon\"")));
		assertThat(jdbc.queryForObject("select city from rounds where id = ?", String.class, id)).isEqualTo("Daegu");
	}

	@Test
	void aDeletedRoundCanBeRestoredByAnAdmin() throws Exception {
		mvc.perform(newRound()).andExpect(status().is3xxRedirection());
		long id = newRoundId();
		mvc.perform(post("/manage/rounds/" + id + "/delete").with(csrf()).with(ANALYST)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/negotiations/11").with(ANALYST)).andExpect(content().string(org.hamcrest.Matchers.not(
				org.hamcrest.Matchers.containsString("id=\"round-" + id + "\""))));
		assertThat(jdbc.queryForObject("select count(*) from offers where round_id = ? and deleted = true", Long.class,
				id)).isEqualTo(2);
		mvc.perform(get("/admin/deleted").with(ADMIN)).andExpect(content().string(org.hamcrest.Matchers.containsString("round " + id)));
		mvc.perform(post("/admin/deleted/round/" + id + "/restore").with(csrf()).with(ADMIN)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/negotiations/11").with(ANALYST))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"round-" + id + "\"")));
		assertThat(jdbc.queryForObject("select count(*) from offers where round_id = ? and deleted = false", Long.class,
				id)).isEqualTo(2);
	}

	static Stream<Arguments> badInputs() {
		String megabyte = "x".repeat(1_048_576);
		return Stream.of(Arguments.of("summary", megabyte, "summary"),
				Arguments.of("city", "x".repeat(101), "city"),
				Arguments.of("startDate", "2021-02-30", "startDate"),
				Arguments.of("startDate", "yesterday", "startDate"),
				Arguments.of("endDate", "2021-03-01", "endDate"),
				Arguments.of("startDate", "2019-01-01", "startDate"),
				Arguments.of("kind", "PICNIC", "kind"),
				Arguments.of("outcome", "' OR 1=1 --", "outcome"),
				Arguments.of("roundNumber", "3", "roundNumber"),
				Arguments.of("roundNumber", "-1", "roundNumber"),
				Arguments.of("rokLeadId", "999999", "rokLeadId"),
				Arguments.of("usLeadId", "abc", "usLeadId"),
				Arguments.of("sourceIds", "999999", "sourceIds"),
				Arguments.of("newSourceUrl", "javascript:alert(1)", "newSourceUrl"),
				Arguments.of("positions[0].amount", "-5", "positions[0].amount"),
				Arguments.of("positions[0].amount", "0", "positions[0].amount"),
				Arguments.of("positions[0].amount", "1e30", "positions[0].amount"),
				Arguments.of("positions[0].amount", "12,00", "positions[0].amount"),
				Arguments.of("positions[0].currency", "EUR", "positions[0].currency"),
				Arguments.of("positions[1].amount", "5000", "positions[1].amount"),
				Arguments.of("positions[0].appliesToYear", "1800", "positions[0].appliesToYear"));
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("badInputs")
	void badInputGetsItsMessageAndChangesNothing(String field, String value, String errorField) throws Exception {
		long rounds = count("rounds");
		long offers = count("offers");
		long sources = count("sources");
		mvc.perform(newRound(field, value))
			.andExpect(status().isOk())
			.andExpect(view().name("rounds/form"))
			.andExpect(model().attributeHasFieldErrors("roundForm", errorField));
		assertThat(count("rounds")).isEqualTo(rounds);
		assertThat(count("offers")).isEqualTo(offers);
		assertThat(count("sources")).isEqualTo(sources);
	}

	@Test
	void scriptsAndQuotesAreStoredAsTypedAndRenderedEscaped() throws Exception {
		String nasty = "<script>alert('x')</script> \"quoted\" O'Brien; DROP TABLE rounds; --";
		mvc.perform(newRound("summary", nasty, "city", "<b>Seoul</b>"))
			.andExpect(status().is3xxRedirection());
		long id = newRoundId();
		assertThat(jdbc.queryForObject("select summary from rounds where id = ?", String.class, id)).isEqualTo(nasty);
		String page = mvc.perform(get("/negotiations/11").with(ANALYST)).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("<script>alert('x')</script>")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.doesNotContain("<b>Seoul</b>");
	}

	@Test
	void theFormKeepsTheUsersInputWhenItHasErrors() throws Exception {
		mvc.perform(newRound("endDate", "2021-03-01", "summary", "Kept summary"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Kept summary")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"1200000000\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The end date cannot be before the start date.")));
	}

	@Test
	void aDateFourYearsAheadIsSavedOnlyOnceTheAnalystConfirmsIt() throws Exception {
		String future = java.time.LocalDate.now().plusYears(4).toString();
		long rounds = count("rounds");
		// The 13th SMA's talks are open (no end date), so only the warning stands in the way.
		mvc.perform(post("/manage/negotiations").with(csrf()).with(ANALYST).param("version", "0")
			.param("smaNumber", "13").param("startDate", "2025-06-01")).andExpect(status().is3xxRedirection());
		MockHttpServletRequestBuilder round = post("/manage/negotiations/13/rounds").with(csrf()).with(ANALYST)
			.param("version", "0").param("kind", "FORMAL").param("startDate", future).param("outcome", "CONTINUED")
			.param("sourceIds", "1");
		mvc.perform(round)
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("roundForm", "startDate", "date.confirm"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("I confirm this date")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + future + "\"")));
		assertThat(count("rounds")).isEqualTo(rounds);
		mvc.perform(round.param("dateConfirmed", "true")).andExpect(status().is3xxRedirection());
		assertThat(count("rounds")).isEqualTo(rounds + 1);
	}

}
