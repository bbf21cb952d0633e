package org.smatracker.api;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.smatracker.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The OpenAPI description parses and lists every /api/v1 endpoint the application maps, read and write. */
@AppTest
class OpenApiDocsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyApiEndpointIsDescribed() throws Exception {
		String json = mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode doc = JsonMapper.builder().build().readTree(json);
		assertThat(doc.path("openapi").asString()).startsWith("3.");
		Set<String> described = new TreeSet<>();
		doc.path("paths").properties().forEach(path -> path.getValue().properties()
			.forEach(op -> described.add(op.getKey().toUpperCase() + " " + path.getKey())));

		Set<String> mapped = new TreeSet<>();
		for (var entry : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			HandlerMethod handler = entry.getValue();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/v1")) {
					continue;
				}
				String path = withoutRegex(pattern);
				info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + path));
				assertThat(handler).isNotNull();
			}
		}
		assertThat(mapped).contains("GET /api/v1/rounds", "POST /api/v1/negotiations/{smaNumber}/rounds",
				"PUT /api/v1/positions/{id}", "GET /api/v1/exchange-rates/{year}");
		assertThat(described).containsAll(mapped);
	}

	/** "/rounds/{id:\\d{1,18}}" → "/rounds/{id}", as OpenAPI writes path variables. */
	static String withoutRegex(String pattern) {
		StringBuilder out = new StringBuilder();
		int depth = 0;
		boolean skipping = false;
		for (char c : pattern.toCharArray()) {
			if (c == '{') {
				depth++;
				if (depth == 1) {
					out.append(c);
				}
				continue;
			}
			if (c == '}') {
				depth--;
				if (depth == 0) {
					out.append(c);
					skipping = false;
				}
				continue;
			}
			if (depth == 1 && c == ':') {
				skipping = true;
			}
			if (!skipping && depth <= 1) {
				out.append(c);
			}
		}
		return out.toString();
	}

	@Test
	void swaggerUiIsServedWithItsOwnContentSecurityPolicy() throws Exception {
		mvc.perform(get("/swagger-ui/index.html"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")));
		mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection());
	}

}
