package org.smatracker.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.smatracker.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the browser tests found in the forms, kept checked without a browser: every form page renders
 * (200), every field appears once with a label for it, and date fields hold ISO dates, the only kind an {@code <input type="date">} shows.
 */
@AppTest
class FormMarkupTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(user("ana").roles("ANALYST", "ADMIN")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void everyFieldOnceAndLabelled() throws Exception {
		long round = this.jdbc.queryForObject("select min(id) from rounds", Long.class);
		long position = this.jdbc.queryForObject("select min(id) from offers", Long.class);
		long negotiator = this.jdbc.queryForObject("select min(id) from negotiators", Long.class);
		long source = this.jdbc.queryForObject("select min(id) from sources", Long.class);
		long rate = this.jdbc.queryForObject("select min(id) from exchange_rates", Long.class);
		// Every form page: each "new" and "edit" form, the import form and the user admin.
		for (String path : new String[] { "/manage/negotiations/11/rounds/new", "/manage/rounds/" + round + "/edit",
				"/manage/negotiations/11/positions/new", "/manage/positions/" + position + "/edit",
				"/manage/negotiators/new", "/manage/negotiators/" + negotiator + "/edit", "/manage/negotiations/new",
				"/manage/negotiations/11/edit", "/manage/sources/new", "/manage/sources/" + source + "/edit",
				"/manage/agreements/new", "/manage/agreements/11/edit", "/manage/exchange-rates/new",
				"/manage/exchange-rates/" + rate + "/edit", "/manage/import", "/admin/users" }) {
			String html = page(path);
			Matcher field = Pattern.compile("<(select|input|textarea)\\b[^>]*>").matcher(html);
			while (field.find()) {
				String tag = field.group();
				if (tag.contains("type=\"hidden\"") || tag.contains("type=\"submit\"")) {
					continue;
				}
				Matcher id = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(tag);
				assertThat(id.find()).as("%s: field without id: %s", path, tag).isTrue();
				assertThat(html).as("%s: one element with id %s", path, id.group(1))
					.containsOnlyOnce("id=\"" + id.group(1) + "\"");
				assertThat(html).as("%s: a label for %s", path, id.group(1)).contains("for=\"" + id.group(1) + "\"");
			}
		}
	}

	@Test
	void dateFieldsHoldIsoDates() throws Exception {
		long round = this.jdbc.queryForObject("select min(id) from rounds", Long.class);
		assertThat(page("/manage/rounds/" + round + "/edit"))
			.containsPattern("type=\"date\" id=\"startDate\"[^>]*value=\"\\d{4}-\\d{2}-\\d{2}\"");
	}

}
