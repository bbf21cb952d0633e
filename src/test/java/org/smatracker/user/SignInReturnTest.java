package org.smatracker.user;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.AppTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signing in returns to the page that asked for it, and only ever to a page of this site. */
@AppTest
@Transactional
class SignInReturnTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder encoder;

	@BeforeEach
	void analyst() {
		users.save(new AppUser("ana", encoder.encode("analyst-password"), Role.ANALYST));
	}

	private org.springframework.test.web.servlet.ResultActions signIn(String next) throws Exception {
		var request = post("/login").with(csrf()).param("username", "ana").param("password", "analyst-password");
		if (next != null) {
			request.param("continue", next);
		}
		return mvc.perform(request);
	}

	@Test
	void aProtectedPageAskedForIsWhereSigningInLeads() throws Exception {
		MockHttpSession session = new MockHttpSession();
		var asked = mvc.perform(get("/manage/negotiations/11/rounds/new").session(session))
			.andExpect(redirectedUrl("/login"))
			.andReturn();
		var signIn = post("/login").session(session).with(csrf()).param("username", "ana").param("password", "analyst-password");
		// With Spring Session (profile postgres) the session travels in its cookie, not the servlet session.
		if (asked.getResponse().getCookies().length > 0) {
			signIn.cookie(asked.getResponse().getCookies());
		}
		mvc.perform(signIn)
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("http://localhost/manage/negotiations/11/rounds/new?continue"));
	}

	@Test
	void theSignInLinkRemembersThePageItWasFollowedFrom() throws Exception {
		mvc.perform(get("/login").header("Referer", "http://localhost/negotiations/11?asOf=2020-01-01"))
			.andExpect(content().string(containsString("name=\"continue\" value=\"/negotiations/11?asOf=2020-01-01\"")));
		mvc.perform(get("/login").header("Referer", "http://evil.example/negotiations/11"))
			.andExpect(content().string(not(containsString("name=\"continue\""))));
		signIn("/negotiations/11?asOf=2020-01-01").andExpect(redirectedUrl("/negotiations/11?asOf=2020-01-01"));
		signIn(null).andExpect(redirectedUrl("/"));
	}

	@Test
	void neverToAnotherSite() throws Exception {
		for (String evil : new String[] { "//evil.example/x", "https://evil.example/", "/\\evil.example",
				"javascript:alert(1)", "/login?error", "evil.example", "/%0d%0aSet-Cookie:x=y" }) {
			signIn(evil).andExpect(redirectedUrl(evil.startsWith("/%0d") ? evil : "/"));
		}
	}

	@Test
	void aFailedSignInKeepsWhereToReturn() throws Exception {
		mvc.perform(post("/login").with(csrf()).param("username", "ana").param("password", "wrong")
			.param("continue", "/negotiations/11")).andExpect(redirectedUrl("/login?error&continue=%2Fnegotiations%2F11"));
	}

}
