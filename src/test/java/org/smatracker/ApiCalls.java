package org.smatracker;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Writes through the API as an analyst would, for tests that need a record to change. */
public final class ApiCalls {

	private ApiCalls() {
	}

	/**
	 * A position's JSON for the write API: a US demand of {@code usd} dollars for 2020, reported on
	 * 1 March 2020, citing one source; {@code version} null for a new one.
	 */
	public static String position(long usd, long sourceId, Integer version, String quote) {
		return """
				{%s"reportedDate":"2020-03-01","party":"US","kind":"DEMAND","form":"ABSOLUTE","amount":%d,
				 "currency":"USD","appliesToYear":2020,"reliability":"REPORTED","status":"CURRENT",
				 "quote":"%s","sourceIds":[%d]}"""
			.formatted(version == null ? "" : "\"version\":" + version + ",", usd, quote, sourceId);
	}

	/** PUTs {@code json} to {@code path} as an analyst, expects 200 and gives the record's new version. */
	public static int update(MockMvc mvc, String path, String json) throws Exception {
		String updated = mvc
			.perform(put(path).with(user("ana").roles("ANALYST")).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Integer.parseInt(updated.replaceAll(".*\"version\":(\\d+).*", "$1"));
	}

	/** POSTs {@code json} to {@code path} as an analyst, expects 201 and gives the new record's id. */
	public static long create(MockMvc mvc, String path, String json) throws Exception {
		String created = mvc
			.perform(post(path).with(user("ana").roles("ANALYST")).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
	}

	/**
	 * Takes a test's position out: deleted through the API as an analyst (204 expected, so its history
	 * entry and the caches follow), then its rows removed, so the record is as it was for other tests.
	 */
	public static void takeOutPosition(MockMvc mvc, JdbcTemplate jdbc, long id) throws Exception {
		mvc.perform(delete("/api/v1/positions/" + id).with(user("ana").roles("ANALYST"))).andExpect(status().isNoContent());
		jdbc.update("delete from offer_sources where offer_id = ?", id);
		jdbc.update("delete from offers where id = ?", id);
	}

}
