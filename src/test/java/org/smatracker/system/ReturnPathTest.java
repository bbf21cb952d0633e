package org.smatracker.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Only paths on this site are returned to after signing in. */
class ReturnPathTest {

	@ParameterizedTest
	@ValueSource(strings = { "/", "/negotiations/11", "/negotiations/11?asOf=2020-01-01#gap", "/manage/rounds/5/edit" })
	void pathsOnThisSiteAreKept(String path) {
		assertThat(ReturnPath.safe(path)).contains(path);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "//evil.example", "///evil.example", "https://evil.example/", "/\\evil.example",
			"javascript:alert(1)", "evil.example/x", "/login", "/login?error", "/logout", "/error", "/a\r\nLocation: x",
			"/%%%" })
	void anythingElseIsRefused(String path) {
		assertThat(ReturnPath.safe(path)).isEmpty();
	}

	@Test
	void aRefererCountsOnlyFromThisSite() {
		assertThat(ReturnPath.fromReferer("http://localhost:8080/sources?page=2", "http", "localhost", 8080))
			.contains("/sources?page=2");
		assertThat(ReturnPath.fromReferer("http://evil.example:8080/sources", "http", "localhost", 8080)).isEmpty();
		assertThat(ReturnPath.fromReferer("https://localhost/x", "http", "localhost", 80)).isEmpty();
		assertThat(ReturnPath.fromReferer(null, "http", "localhost", 80)).isEmpty();
	}

}
