package org.smatracker.negotiation;

import java.nio.charset.StandardCharsets;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Deleting asks first and says what goes with the record (a round's positions); readers see no
 * Edit, Delete or History. Rolls back.
 */
@AppTest
@Transactional
class DeleteConfirmationFlowTest {

	static final RequestPostProcessor ANALYST = user("ana").roles("ANALYST");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@PersistenceContext
	EntityManager entities;

	private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aRoundsDeleteIsConfirmedOnAPageThatListsItsPositions() throws Exception {
		long round = jdbc.queryForObject("select round_id from offers where round_id is not null and deleted = false "
				+ "group by round_id order by count(*) desc, round_id fetch first 1 rows only", Long.class);
		long positions = jdbc.queryForObject("select count(*) from offers where round_id = ? and deleted = false",
				Long.class, round);
		assertThat(positions).isGreaterThan(1);
		// With a session cookie, as a signed-in browser sends: never an answer kept for readers.
		String page = html(get("/negotiations/11").with(ANALYST).cookie(new jakarta.servlet.http.Cookie("JSESSIONID", "t")));
		// The row's Delete is a link to the question, not a button that deletes.
		assertThat(page).contains("href=\"/manage/rounds/" + round + "/delete\"")
			.doesNotContain("action=\"/manage/rounds/" + round + "/delete\"");
		String confirm = html(get("/manage/rounds/" + round + "/delete").with(ANALYST));
		assertThat(confirm).contains("These " + positions + " go with it")
			.contains("Delete it and the " + positions + " positions")
			.contains("action=\"/manage/rounds/" + round + "/delete\"")
			.contains("href=\"/negotiations/");
		assertThat(html(get("/manage/rounds/" + round + "/delete").with(ANALYST).header("Accept-Language", "ko")))
			.contains("입장 " + positions + "건과 함께 삭제");
		// Asking changed nothing; confirming deletes the round and its positions.
		assertThat(jdbc.queryForObject("select deleted from rounds where id = ?", Boolean.class, round)).isFalse();
		mvc.perform(post("/manage/rounds/" + round + "/delete").with(csrf()).with(ANALYST))
			.andExpect(status().is3xxRedirection());
		// The test's transaction never commits: flush to see the rows as the database holds them.
		entities.flush();
		assertThat(jdbc.queryForObject("select count(*) from offers where round_id = ? and deleted = false", Long.class,
				round)).isZero();
	}

	@Test
	void aPositionsDeleteIsConfirmedToo() throws Exception {
		long offer = jdbc.queryForObject("select min(id) from offers where deleted = false", Long.class);
		String confirm = html(get("/manage/positions/" + offer + "/delete").with(ANALYST));
		assertThat(confirm).contains("Delete the ").contains("action=\"/manage/positions/" + offer + "/delete\"");
		assertThat(jdbc.queryForObject("select deleted from offers where id = ?", Boolean.class, offer)).isFalse();
	}

	@Test
	void readersSeeNoEditDeleteOrHistory() throws Exception {
		for (String path : new String[] { "/negotiations/11", "/agreements/11", "/exchange-rates",
				"/negotiators/" + jdbc.queryForObject("select min(id) from negotiators", Long.class),
				"/sources/" + jdbc.queryForObject("select min(id) from sources", Long.class) }) {
			assertThat(html(get(path))).as(path).doesNotContain("/delete").doesNotContain("/manage/history")
				.doesNotContain("/edit\"");
		}
	}

}
