package org.smatracker.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.smatracker.AppTest;
import org.smatracker.dataset.DatasetExporter;
import org.smatracker.dataset.DatasetExporter.Scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A table of bad inputs over the write API and the forms. Each is refused: the API with a 4xx problem
 * detail that says why, a form by showing itself again with a message at the field (the house rule:
 * input kept), never a 500, never a redirect to a saved record. The stored record, as the full
 * backup export shows it, is byte for byte the same before and after.
 */
@AppTest
class BadInputTest {

	static final RequestPostProcessor ANALYST = user("ana").roles("ANALYST");

	static final String MEGABYTE = "x".repeat(1_000_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	DatasetExporter exporter;

	record ApiCase(String name, String path, String json) {
	}

	record FormCase(String name, String path, Map<String, String> fields, String field) {
	}

	static String position(String field, String value) {
		Map<String, String> p = new LinkedHashMap<>();
		p.put("reportedDate", "\"2020-03-01\"");
		p.put("party", "\"US\"");
		p.put("kind", "\"DEMAND\"");
		p.put("form", "\"ABSOLUTE\"");
		p.put("amount", "1500000000");
		p.put("currency", "\"USD\"");
		p.put("appliesToYear", "2020");
		p.put("quote", "\"a quote\"");
		p.put("sourceIds", "[1]");
		p.put(field, value);
		StringBuilder json = new StringBuilder("{");
		p.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
		return json.append('}').toString();
	}

	static final String ROUND = "{\"kind\":\"FORMAL\",\"startDate\":\"2021-03-20\",\"outcome\":\"CONTINUED\",\"sourceIds\":[1]";

	static final List<ApiCase> API = List.of(
			new ApiCase("sourceIds null", "/api/v1/negotiations/11/positions", position("sourceIds", "null")),
			new ApiCase("sourceIds [null]", "/api/v1/negotiations/11/positions", position("sourceIds", "[null]")),
			new ApiCase("positions null", "/api/v1/negotiations/11/rounds", ROUND + ",\"positions\":null}"),
			new ApiCase("positions [null]", "/api/v1/negotiations/11/rounds", ROUND + ",\"positions\":[null]}"),
			new ApiCase("NUL in a quote", "/api/v1/negotiations/11/positions", position("quote", "\"before\\u0000after\"")),
			new ApiCase("escape character in a title", "/api/v1/sources", "{\"title\":\"a\\u001b[31mred\"}"),
			new ApiCase("C1 control in a note", "/api/v1/negotiations/11/positions", position("note", "\"x\\u0085y\"")),
			new ApiCase("date 9999-12-31", "/api/v1/negotiations/11/positions", position("reportedDate", "\"9999-12-31\"")),
			new ApiCase("date +10000-01-01", "/api/v1/negotiations/11/positions",
					position("reportedDate", "\"+10000-01-01\"")),
			new ApiCase("date 1800-01-01", "/api/v1/sources", "{\"title\":\"old\",\"publishedDate\":\"1800-01-01\"}"),
			new ApiCase("not a date", "/api/v1/sources", "{\"title\":\"t\",\"publishedDate\":\"2020-02-30\"}"),
			new ApiCase("1 MB title", "/api/v1/sources", "{\"title\":\"" + MEGABYTE + "\"}"),
			new ApiCase("script as a URL", "/api/v1/sources", "{\"title\":\"t\",\"url\":\"javascript:alert(1)\"}"),
			new ApiCase("quotes in a code", "/api/v1/sources", "{\"title\":\"t\",\"code\":\"a'b\\\"c\"}"),
			new ApiCase("script in a code", "/api/v1/sources", "{\"title\":\"t\",\"code\":\"<script>alert(1)</script>\"}"),
			new ApiCase("RTL override in a code", "/api/v1/sources", "{\"title\":\"t\",\"code\":\"\\u202Eabc\"}"),
			new ApiCase("zero-width space in a code", "/api/v1/sources", "{\"title\":\"t\",\"code\":\"ab\\u200Bc\"}"),
			new ApiCase("amount 1e400", "/api/v1/negotiations/11/positions", position("amount", "1e400")),
			new ApiCase("negative amount", "/api/v1/negotiations/11/positions", position("amount", "-5")),
			new ApiCase("year beyond int", "/api/v1/negotiations/11/positions", position("appliesToYear", "99999999999")),
			new ApiCase("rate 1e9", "/api/v1/exchange-rates", "{\"year\":2030,\"krwPerUsd\":1e9,\"sourceIds\":[1]}"),
			new ApiCase("unknown party", "/api/v1/negotiations/11/positions", position("party", "\"MARS\"")),
			new ApiCase("unknown round kind", "/api/v1/negotiations/11/rounds",
					"{\"kind\":\"PARTY\",\"startDate\":\"2021-03-20\",\"outcome\":\"CONTINUED\",\"sourceIds\":[1]}"),
			new ApiCase("missing negotiation", "/api/v1/negotiations/99/positions", position("quote", "\"q\"")),
			new ApiCase("missing source", "/api/v1/negotiations/11/positions", position("sourceIds", "[999999]")),
			new ApiCase("missing round", "/api/v1/negotiations/11/positions", position("roundId", "999999")),
			new ApiCase("duplicate exchange-rate year", "/api/v1/exchange-rates",
					"{\"year\":2019,\"krwPerUsd\":1100,\"sourceIds\":[1]}"),
			new ApiCase("not JSON", "/api/v1/sources", "{\"title\":"),
			new ApiCase("id beyond long", "/api/v1/positions/99999999999999999999", null));

	static Map<String, String> sourceForm(String field, String value) {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("version", "0");
		f.put("title", "A title");
		f.put("confirmed", "true");
		f.put(field, value);
		return f;
	}

	static Map<String, String> positionForm(String field, String value) {
		Map<String, String> f = new LinkedHashMap<>();
		f.put("version", "0");
		f.put("reportedDate", "2020-03-01");
		f.put("party", "US");
		f.put("kind", "DEMAND");
		f.put("form", "ABSOLUTE");
		f.put("amount", "1500000000");
		f.put("currency", "USD");
		f.put("appliesToYear", "2020");
		f.put("reliability", "REPORTED");
		f.put("status", "CURRENT");
		f.put("sourceIds", "1");
		f.put(field, value);
		return f;
	}

	static final List<FormCase> FORMS = List.of(
			new FormCase("NUL in a title", "/manage/sources", sourceForm("title", "a\u0000b"), "title"),
			new FormCase("bell in a note", "/manage/sources", sourceForm("quoteOrNote", "ring\u0007ring"), "quoteOrNote"),
			new FormCase("date 9999-12-31", "/manage/sources", sourceForm("publishedDate", "9999-12-31"), "publishedDate"),
			new FormCase("date +10000-01-01", "/manage/sources", sourceForm("publishedDate", "+10000-01-01"),
					"publishedDate"),
			new FormCase("1 MB title", "/manage/sources", sourceForm("title", MEGABYTE), "title"),
			new FormCase("script as a URL", "/manage/sources", sourceForm("url", "javascript:alert(1)"), "url"),
			new FormCase("RTL override in a code", "/manage/sources", sourceForm("code", "\u202Eabc"), "code"),
			new FormCase("zero-width space in a code", "/manage/sources", sourceForm("code", "ab\u200Bc"), "code"),
			new FormCase("NUL in a quote", "/manage/negotiations/11/positions", positionForm("quote", "q\u0000q"), "quote"),
			new FormCase("absurd amount", "/manage/negotiations/11/positions", positionForm("amount", "1e400"), "amount"),
			new FormCase("not a number", "/manage/negotiations/11/positions", positionForm("amount", "12,5 bn"),
					"amount"),
			new FormCase("unknown party", "/manage/negotiations/11/positions", positionForm("party", "MARS"), "party"),
			new FormCase("date 9999-12-31", "/manage/negotiations/11/positions",
					positionForm("reportedDate", "9999-12-31"), "reportedDate"),
			new FormCase("missing source", "/manage/negotiations/11/positions", positionForm("sourceIds", "999999"),
					"sourceIds"));

	@Test
	void everyBadInputIsRefusedWithAMessageAndChangesNothing() throws Exception {
		Map<String, String> before = exporter.csvFiles(Scope.FULL_BACKUP);
		int handled = 0;
		for (ApiCase c : API) {
			MockHttpServletRequestBuilder request = c.json() == null ? get(c.path())
					: post(c.path()).with(ANALYST).contentType(MediaType.APPLICATION_JSON).content(c.json());
			MvcResult result = mvc.perform(request).andReturn();
			int status = result.getResponse().getStatus();
			String body = result.getResponse().getContentAsString();
			assertThat(status).as(c.name() + ": " + body).isBetween(400, 499);
			assertThat(result.getResponse().getContentType()).as(c.name()).contains("problem+json");
			assertThat(body).as(c.name()).containsAnyOf("\"detail\"", "\"errors\"");
			handled++;
		}
		for (FormCase c : FORMS) {
			MockHttpServletRequestBuilder request = post(c.path()).with(ANALYST).with(csrf());
			c.fields().forEach(request::param);
			MvcResult result = mvc.perform(request).andReturn();
			int status = result.getResponse().getStatus();
			assertThat(status).as(c.name()).isIn(200, 400);
			var errors = result.getModelAndView() == null ? null
					: (org.springframework.validation.BindingResult) result.getModelAndView()
						.getModel()
						.entrySet()
						.stream()
						.filter(e -> e.getKey().startsWith("org.springframework.validation.BindingResult."))
						.map(Map.Entry::getValue)
						.findFirst()
						.orElse(null);
			assertThat(errors).as(c.name() + " re-renders the form").isNotNull();
			assertThat(errors.hasFieldErrors(c.field())).as(c.name() + " has a message at " + c.field()).isTrue();
			handled++;
		}
		System.out.printf("BAD INPUT cases tried=%d handled=%d%n", API.size() + FORMS.size(), handled);
		assertThat(exporter.csvFiles(Scope.FULL_BACKUP)).isEqualTo(before);
	}

}
