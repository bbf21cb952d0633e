package org.smatracker.system;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.DispatcherServlet;

import org.smatracker.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A signed-in browser sends its session cookie with every stylesheet and script. Serving one must not
 * read the session: under profile postgres each read is a select, and nothing about a static file
 * needs it. Spring MVC read it twice, to look for a flash message and to name the session in its
 * "request handled" event. A page still looks for its flash message. (MockMvc's own servlet publishes
 * that event whatever the settings, so the session's id is not watched here; the app's servlet is
 * checked instead. Under profile postgres, Spring Session's filter answers for the session and the
 * watched one is never asked: that test runs on H2, and the saving was measured on PostgreSQL, see
 * docs/performance.md.)
 */
@AppTest
class StaticFilesWithoutSessionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DispatcherServlet dispatcherServlet;

	@Test
	@DisabledIfSystemProperty(named = "spring.profiles.active", matches = ".*postgres.*") // Spring Session's own, not this
	void aStaticFileIsServedWithoutReadingTheSession() throws Exception {
		for (String file : List.of("/static/css/app.css", "/webjars/bootstrap/css/bootstrap.min.css")) {
			Watched session = new Watched();
			mvc.perform(get(file).session(session)).andExpect(status().isOk());
			assertThat(session.reads).as(file).isEmpty();
		}
		Watched session = new Watched();
		mvc.perform(get("/negotiations").session(session)).andExpect(status().isOk());
		assertThat(session.reads).as("a page").isNotEmpty();
	}

	@Test
	void noRequestNamesItsSessionInAnEventNobodyHears() {
		assertThat(ReflectionTestUtils.getField(dispatcherServlet, "publishEvents")).isEqualTo(false);
	}

	/** A session that notes each attribute read from it. */
	private static final class Watched extends MockHttpSession {

		final List<String> reads = new ArrayList<>();

		@Override
		public Object getAttribute(String name) {
			reads.add("attribute " + name);
			return super.getAttribute(name);
		}

	}

}
