package org.smatracker.negotiation;

import java.nio.charset.StandardCharsets;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Record from an article": the article becomes a source and the position it reports is saved
 * with it, in one transaction; an article already on record is cited again; when either part is
 * invalid nothing is saved. Each test rolls back.
 */
@AppTest
@Transactional
class ArticleFlowTest {

	static final RequestPostProcessor ANALYST = user("ana").roles("ANALYST");

	static final String URL = "https://example.org/news/sma-round-ten";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@PersistenceContext
	EntityManager entities;

	/** Rows as the database holds them: the test's transaction never commits, so flush first. */
	private long count(String table) {
		entities.flush();
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private long lastRoundOf11() {
		return jdbc.queryForObject("select r.id from rounds r join negotiations n on n.id = r.negotiation_id "
				+ "where n.sma_number = 11 order by r.start_date desc, r.id desc fetch first 1 rows only", Long.class);
	}

	private MockHttpServletRequestBuilder article(String... overrides) {
		MockHttpServletRequestBuilder request = post("/manage/negotiations/11/articles").with(csrf()).with(ANALYST);
		java.util.Map<String, String> f = new java.util.LinkedHashMap<>();
		f.put("source.url", URL);
		f.put("source.title", "Seoul and Washington end another round");
		f.put("source.publisher", "Example News");
		f.put("source.publishedDate", "2020-03-20");
		f.put("source.quoteOrNote", "Washington asked for US$1.3 billion a year, officials said.");
		f.put("position.roundId", String.valueOf(lastRoundOf11()));
		f.put("position.party", "US");
		f.put("position.kind", "DEMAND");
		f.put("position.amount", "US$1.3 billion");
		f.put("position.appliesToYear", "2020");
		for (int i = 0; i < overrides.length; i += 2) {
			f.put(overrides[i], overrides[i + 1]);
		}
		f.forEach(request::param);
		return request;
	}

	@Test
	void theArticleAndItsPositionAreSavedTogetherWithSensibleDefaults() throws Exception {
		long sources = count("sources");
		long offers = count("offers");
		mvc.perform(article()).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/negotiations/11#positions"));
		assertThat(count("sources")).isEqualTo(sources + 1);
		assertThat(count("offers")).isEqualTo(offers + 1);
		long source = jdbc.queryForObject("select id from sources where url = ?", Long.class, URL);
		var offer = jdbc.queryForMap("select * from offers where id = (select max(id) from offers)");
		assertThat(offer).containsEntry("FORM", "ABSOLUTE").containsEntry("CURRENCY", "USD")
			.containsEntry("RELIABILITY", "REPORTED").containsEntry("STATUS", "CURRENT")
			.containsEntry("QUOTE", "Washington asked for US$1.3 billion a year, officials said.");
		java.time.LocalDate lastDay = jdbc.queryForObject("select coalesce(end_date, start_date) from rounds where id = ?",
				java.time.LocalDate.class, lastRoundOf11());
		assertThat(offer.get("REPORTED_DATE").toString()).isEqualTo(lastDay.toString());
		entities.flush();
		assertThat(jdbc.queryForObject("select source_id from offer_sources where offer_id = ?", Long.class,
				offer.get("ID"))).isEqualTo(source);
		assertThat(jdbc.queryForObject("select count(*) from audit_log where entity_type = 'source' and entity_id = ?",
				Long.class, source)).isEqualTo(1);
	}

	@Test
	void anArticleAlreadyOnRecordIsCitedAgainNotAddedTwice() throws Exception {
		mvc.perform(article()).andExpect(status().is3xxRedirection());
		long sources = count("sources");
		mvc.perform(article("position.party", "ROK", "position.kind", "OFFER", "position.amount", "13%"))
			.andExpect(status().is3xxRedirection());
		assertThat(count("sources")).isEqualTo(sources);
		entities.flush();
		assertThat(jdbc.queryForObject("select count(*) from offer_sources os join sources s on s.id = os.source_id "
				+ "where s.url = ?", Long.class, URL)).isEqualTo(2);
	}

	@ParameterizedTest(name = "{0} = [{1}]")
	@CsvSource(delimiter = '|', value = { "source.title||source.title", "source.url|javascript:alert(1)|source.url",
			"position.amount|a lot|position.amount", "position.party||position.party",
			"position.roundId|999999|position.roundId", "position.appliesToYear|1800|position.appliesToYear" })
	void whenEitherPartIsInvalidNothingIsSaved(String field, String value, String errorField) throws Exception {
		long sources = count("sources");
		long offers = count("offers");
		long history = count("audit_log");
		String html = mvc.perform(article(field, value == null ? "" : value))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("articleForm", errorField))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Seoul and Washington end another round".equals(value) ? "" : "Example News");
		assertThat(count("sources")).isEqualTo(sources);
		assertThat(count("offers")).isEqualTo(offers);
		assertThat(count("audit_log")).isEqualTo(history);
	}

	@Test
	void theFormIsOfferedOnTheNegotiationPageAndPreselectsTheLatestMeeting() throws Exception {
		// With a session cookie, as a signed-in browser sends: never an answer kept for readers.
		String page = mvc.perform(get("/negotiations/11").with(ANALYST).cookie(new jakarta.servlet.http.Cookie("JSESSIONID", "t"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("/manage/negotiations/11/articles/new");
		String form = mvc.perform(get("/manage/negotiations/11/articles/new").with(ANALYST).header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("기사로 기록하기").contains("value=\"" + lastRoundOf11() + "\" selected");
	}

}
