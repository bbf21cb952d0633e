package org.smatracker;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Writes through the API as an analyst would, for tests that need a record to change. */
public final class ApiCalls {

	private ApiCalls() {
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

}
