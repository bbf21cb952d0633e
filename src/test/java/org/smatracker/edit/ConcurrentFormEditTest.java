package org.smatracker.edit;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.HtmlUtils;

import org.smatracker.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Every edit form refuses a concurrent edit the same way: an analyst loads the form, someone else saves
 * the record, the analyst saves a change. The form comes back with the stored values beside theirs and
 * the stored version (so saving again applies theirs), and the record is left as the other save made
 * it. Not transactional, so that each request reads in its own transaction as in use; each case puts
 * the version it moved back.
 */
@AppTest
class ConcurrentFormEditTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	/** form page, table, the row's key column and value, the form object's name, a field to change */
	static Stream<Arguments> forms() {
		return Stream.of(Arguments.of("/manage/agreements/11", "agreements", "sma_number", "agreementForm",
				"escalationDetail", "changed by the stale form"),
				Arguments.of("/manage/exchange-rates/%d", "exchange_rates", null, "exchangeRateForm", "krwPerUsd",
						"1234.5"),
				Arguments.of("/manage/negotiations/11", "negotiations", "sma_number", "negotiationForm", "startDate",
						"2019-09-01"),
				Arguments.of("/manage/negotiators/%d", "negotiators", null, "negotiatorForm", "name", "Changed Name"),
				Arguments.of("/manage/positions/%d", "offers", null, "positionForm", "note", "changed by the stale form"),
				Arguments.of("/manage/rounds/%d", "rounds", null, "roundForm", "summary", "changed by the stale form"),
				Arguments.of("/manage/sources/%d", "sources", null, "sourceForm", "title", "changed by the stale form"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("forms")
	void aConcurrentEditIsRefusedWithTheStoredValuesAndChangesNothing(String page, String table, String key,
			String formName, String field, String value) throws Exception {
		long id = key == null ? jdbc.queryForObject("select min(id) from " + table + " where deleted = false", Long.class)
				: jdbc.queryForObject("select id from " + table + " where " + key + " = 11", Long.class);
		String action = page.formatted(id);
		String html = mvc.perform(get(action + "/edit").with(user("ana").roles("ANALYST")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		MultiValueMap<String, String> fields = fields(html, action);
		long loaded = Long.parseLong(fields.getFirst("version"));

		// Someone else saves first: the stored version moves on.
		jdbc.update("update " + table + " set version = version + 1 where id = ?", id);
		try {
			Map<String, Object> stored = jdbc.queryForMap("select * from " + table + " where id = ?", id);
			fields.set(field, value);
			MockHttpServletRequestBuilder save = post(action).with(csrf()).with(user("ana").roles("ANALYST"));
			fields.forEach((name, values) -> save.param(name, values.toArray(String[]::new)));
			MvcResult result = mvc.perform(save)
				.andExpect(status().isOk())
				.andExpect(view().name(action.split("/")[2] + "/form"))
				.andExpect(model().attributeExists("conflict"))
				.andReturn();

			assertThat((Map<?, ?>) result.getModelAndView().getModel().get("conflict")).isNotEmpty();
			BeanWrapperImpl form = new BeanWrapperImpl(result.getModelAndView().getModel().get(formName));
			assertThat(form.getPropertyValue("version")).isEqualTo(loaded + 1);
			assertThat(form.getPropertyValue(field)).hasToString(value);
			assertThat(jdbc.queryForMap("select * from " + table + " where id = ?", id)).isEqualTo(stored);
		}
		finally {
			jdbc.update("update " + table + " set version = version - 1 where id = ?", id);
		}
	}

	private static final Pattern ATTRIBUTE = Pattern.compile("\\s([a-z-]+)(?:=\"([^\"]*)\")?");

	/** The fields the form posting to {@code action} sends as rendered, as a browser would send them. */
	private static MultiValueMap<String, String> fields(String html, String action) {
		Matcher form = Pattern.compile("<form\\b[^>]*action=\"" + Pattern.quote(action) + "\"[^>]*>(.*?)</form>",
				Pattern.DOTALL).matcher(html);
		assertThat(form.find()).as("a form posting to " + action).isTrue();
		String body = form.group(1);
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		Matcher input = Pattern.compile("<input\\b([^>]*)>").matcher(body);
		while (input.find()) {
			Map<String, String> a = attributes(input.group(1));
			String type = a.getOrDefault("type", "text");
			boolean unchecked = (type.equals("checkbox") || type.equals("radio")) && !a.containsKey("checked");
			if (a.containsKey("name") && !type.equals("submit") && !unchecked) {
				fields.add(a.get("name"), a.getOrDefault("value", ""));
			}
		}
		Matcher select = Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL).matcher(body);
		while (select.find()) {
			String name = attributes(select.group(1)).get("name");
			Matcher option = Pattern.compile("<option\\b([^>]*)>").matcher(select.group(2));
			while (option.find()) {
				Map<String, String> a = attributes(option.group(1));
				if (a.containsKey("selected")) {
					fields.add(name, a.get("value"));
				}
			}
		}
		Matcher textarea = Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL).matcher(body);
		while (textarea.find()) {
			fields.add(attributes(textarea.group(1)).get("name"), HtmlUtils.htmlUnescape(textarea.group(2)));
		}
		fields.remove("_csrf");
		assertThat(fields).containsKey("version");
		return fields;
	}

	private static Map<String, String> attributes(String tag) {
		Map<String, String> a = new java.util.HashMap<>();
		Matcher m = ATTRIBUTE.matcher(tag);
		while (m.find()) {
			a.put(m.group(1), m.group(2) == null ? "" : HtmlUtils.htmlUnescape(m.group(2)));
		}
		return a;
	}

}
