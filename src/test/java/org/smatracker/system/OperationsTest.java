package org.smatracker.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.smatracker.InstrumentedAppTest;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Health and info (build version, git commit) are public; the rest of Actuator is not. */
@InstrumentedAppTest
class OperationsTest {

	@Autowired
	MockMvc mvc;

	@Test
	void healthAndInfoArePublic() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status", is("UP")));
		var info = mvc.perform(get("/actuator/info"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.app.name", is("SMA Tracker")))
			.andExpect(jsonPath("$.build.version", notNullValue()));
		// git.properties is written when the build runs in a git checkout (failOnNoGitDirectory=false).
		if (getClass().getResource("/git.properties") != null) {
			info.andExpect(jsonPath("$.git.commit.id", notNullValue()));
		}
	}

	@Test
	void otherEndpointsNeedAnAdmin() throws Exception {
		mvc.perform(get("/actuator/metrics")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/actuator/metrics").with(user("ana").roles("ANALYST"))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/metrics").with(user("boss").roles("ANALYST", "ADMIN"))).andExpect(status().isOk());
	}

}
