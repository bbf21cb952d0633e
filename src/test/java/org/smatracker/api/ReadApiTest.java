package org.smatracker.api;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.smatracker.InstrumentedAppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The read API: paging, filters, field names and ISO dates, problem details, and a fixed statement count. */
@InstrumentedAppTest
class ReadApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory emf;

	@Test
	void agreementsPageWithStableFieldsAndIsoDates() throws Exception {
		mvc.perform(get("/api/v1/agreements").param("size", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page", is(0)))
			.andExpect(jsonPath("$.size", is(5)))
			.andExpect(jsonPath("$.totalItems", is(12)))
			.andExpect(jsonPath("$.totalPages", is(3)))
			.andExpect(jsonPath("$.items.length()", is(5)))
			.andExpect(jsonPath("$.items[0].smaNumber", is(1)));
		mvc.perform(get("/api/v1/agreements").param("page", "2").param("size", "5"))
			.andExpect(jsonPath("$.items.length()", is(2)))
			.andExpect(jsonPath("$.items[1].smaNumber", is(12)));
		mvc.perform(get("/api/v1/agreements/11"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.headlineYear", is(2021)))
			.andExpect(jsonPath("$.signedDate", matchesPattern("\\d{4}-\\d{2}-\\d{2}")))
			.andExpect(jsonPath("$.years[0].year", is(2020)));
	}

	@Test
	void filtersByAgreementPartyAndDates() throws Exception {
		mvc.perform(get("/api/v1/positions").param("sma", "11").param("party", "US").param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems", greaterThan(0)))
			.andExpect(jsonPath("$.items[*].party", everyItem(is("US"))))
			.andExpect(jsonPath("$.items[*].smaNumber", everyItem(is(11))));
		mvc.perform(get("/api/v1/rounds").param("from", "2019-09-01").param("to", "2019-12-31"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems", greaterThan(0)))
			.andExpect(jsonPath("$.items[*].startDate", everyItem(matchesPattern("2019-(09|10|11|12)-\\d{2}"))));
		mvc.perform(get("/api/v1/negotiators").param("sma", "11").param("party", "ROK"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].party", everyItem(is("ROK"))))
			.andExpect(jsonPath("$.items[*].appointments[*].smaNumber", hasItem(11)));
		mvc.perform(get("/api/v1/exchange-rates").param("fromYear", "2020").param("toYear", "2020"))
			.andExpect(jsonPath("$.items[0].year", is(2020)))
			.andExpect(jsonPath("$.items[0].krwPerUsd", is(1180.56)));
	}

	@Test
	void unknownIdsAreProblemDetails404() throws Exception {
		for (String url : new String[] { "/api/v1/agreements/99", "/api/v1/negotiations/99", "/api/v1/rounds/999999",
				"/api/v1/positions/999999", "/api/v1/negotiators/999999", "/api/v1/sources/NOPE",
				"/api/v1/exchange-rates/1900" }) {
			mvc.perform(get(url))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.status", is(404)));
		}
	}

	/**
	 * A method or a body type an endpoint does not take is refused before any controller is chosen:
	 * still a problem detail, with the methods it takes; a page keeps its HTML error page.
	 */
	@Test
	void aMethodOrBodyTypeNotTakenIsAProblemDetail() throws Exception {
		mvc.perform(get("/api/v1/negotiations/10/positions"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status", is(405)))
			.andExpect(header().string("Allow", "POST"));
		mvc.perform(patch("/api/v1/positions/18").with(user("ana").roles("ANALYST")))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		mvc.perform(post("/api/v1/sources").with(user("ana").roles("ANALYST"))
			.contentType(MediaType.TEXT_PLAIN)
			.content("title"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status", is(415)));
		mvc.perform(patch("/negotiations/11").with(user("ana").roles("ANALYST")).with(csrf()).accept(MediaType.TEXT_HTML))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(result -> assertThat(result.getResponse().getContentType()).as("left to the error page")
				.isNull());
	}

	@Test
	void badParametersAreProblemDetails400() throws Exception {
		for (String query : new String[] { "size=0", "size=101", "page=-1", "party=XX", "from=2020-13-01",
				"from=2021-01-01&to=2020-01-01", "sma=eleven" }) {
			mvc.perform(get("/api/v1/positions?" + query))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.status", is(400)));
		}
	}

	@Test
	void aPageCostsTheSameNumberOfStatementsWhateverItsSize() throws Exception {
		for (String list : new String[] { "rounds", "positions", "negotiators", "agreements", "negotiations" }) {
			long small = statements("/api/v1/" + list + "?size=2");
			long large = statements("/api/v1/" + list + "?size=100");
			assertThat(large).as(list).isEqualTo(small);
		}
	}

	private long statements(String url) throws Exception {
		Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
		stats.clear();
		mvc.perform(get(url)).andExpect(status().isOk());
		return stats.getPrepareStatementCount();
	}

}
