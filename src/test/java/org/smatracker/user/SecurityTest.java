package org.smatracker.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Browsing is open, writing needs an analyst, user management an admin; the API answers in problem details. */
@AppTest
@Transactional
class SecurityTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder encoder;

	@BeforeEach
	void analyst() {
		users.save(new AppUser("ana", encoder.encode("analyst-password"), Role.ANALYST));
	}

	@Test
	void browsingIsOpenWritingIsNot() throws Exception {
		mvc.perform(get("/negotiations/11")).andExpect(status().isOk());
		mvc.perform(get("/manage/negotiations/11/rounds/new"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(post("/manage/negotiations/11/rounds").with(csrf()).param("kind", "FORMAL"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
		long rounds = jdbc.queryForObject("select count(*) from rounds", Long.class);
		mvc.perform(post("/manage/negotiations/11/rounds").with(user("ana").roles("ANALYST"))
			.param("kind", "FORMAL")
			.param("startDate", "2021-03-15")
			.param("outcome", "CONTINUED")
			.param("sourceIds", "1")).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from rounds", Long.class)).isEqualTo(rounds);
	}

	@Test
	void userManagementIsForAdminsOnly() throws Exception {
		mvc.perform(get("/admin/users").with(user("ana").roles("ANALYST"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/users").with(user("boss").roles("ANALYST", "ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ana")));
		mvc.perform(post("/admin/users").with(csrf()).with(user("boss").roles("ANALYST", "ADMIN"))
			.param("username", "newbie")
			.param("password", "short")
			.param("role", "ANALYST")).andExpect(status().isOk())
			.andExpect(content().string(containsString("A password needs 10 to 200 characters.")));
		mvc.perform(post("/admin/users").with(csrf()).with(user("boss").roles("ANALYST", "ADMIN"))
			.param("username", "newbie")
			.param("password", "long-enough-password")
			.param("role", "ANALYST")).andExpect(status().is3xxRedirection());
		assertThat(users.findByUsername("newbie")).hasValueSatisfying(
				u -> assertThat(encoder.matches("long-enough-password", u.getPasswordHash())).isTrue());
	}

	@Test
	void signInWithTheFormAndRepeatedFailuresLockTheAccount() throws Exception {
		mvc.perform(post("/login").with(csrf()).param("username", "ana").param("password", "analyst-password"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/"));
		for (int i = 0; i < AppUser.MAX_FAILED_ATTEMPTS; i++) {
			mvc.perform(post("/login").with(csrf()).param("username", "ana").param("password", "wrong"))
				.andExpect(redirectedUrl("/login?error"));
		}
		// Locked now: even the right password is refused for a while.
		mvc.perform(post("/login").with(csrf()).param("username", "ana").param("password", "analyst-password"))
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void theApiAnswersAnonymousWritesWith401AndTakesBasicAuth() throws Exception {
		String body = "{\"kind\":\"FORMAL\",\"startDate\":\"2021-03-20\",\"outcome\":\"CONTINUED\",\"sourceIds\":[1]}";
		mvc.perform(post("/api/v1/negotiations/11/rounds").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")));
		mvc.perform(post("/api/v1/negotiations/11/rounds").with(httpBasic("ana", "analyst-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(0));
		mvc.perform(post("/api/v1/negotiations/11/rounds").with(httpBasic("ana", "analyst-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"FORMAL\",\"startDate\":\"2021-03-20\",\"endDate\":\"2021-03-01\",\"outcome\":\"CONTINUED\",\"sourceIds\":[1]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endDate"));
		mvc.perform(post("/api/v1/negotiations/11/rounds").with(httpBasic("ana", "analyst-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"PICNIC\"}")).andExpect(status().isBadRequest());
	}

	@Test
	void theApiRefusesAStaleVersionWith409AndChangesNothing() throws Exception {
		long id = jdbc.queryForObject("select min(id) from rounds", Long.class);
		String city = jdbc.queryForObject("select city from rounds where id = ?", String.class, id);
		mvc.perform(put("/api/v1/rounds/" + id).with(httpBasic("ana", "analyst-password"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":7,\"kind\":\"FORMAL\",\"startDate\":\"2013-12-01\",\"outcome\":\"CONTINUED\",\"sourceIds\":[1],\"city\":\"Elsewhere\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.currentVersion").value(0))
			.andExpect(jsonPath("$.current.city").value(city));
		assertThat(jdbc.queryForObject("select city from rounds where id = ?", String.class, id)).isEqualTo(city);
	}

}
