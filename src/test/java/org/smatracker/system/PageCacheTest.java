package org.smatracker.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.smatracker.AppTest;
import org.smatracker.SmaTrackerApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The page cache serves everyone, signed in or not, over real HTTP: each reader gets their own name
 * and a CSRF token that works, and a write through one instance makes every affected page fresh on
 * both instances (a second application on the same database: the same H2 in-memory database, or the
 * same PostgreSQL schema with -Ppostgres).
 */
@AppTest
class PageCacheTest {

	private static final String PASSWORD = "page-cache-password";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** The second instance, started once for the class. */
	private static ConfigurableApplicationContext other;

	@LocalServerPort
	int port;

	@Autowired
	ConditionalGetFilter filter;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@BeforeEach
	void analysts() {
		for (String name : new String[] { "cache-ana", "cache-ben" }) {
			if (jdbc.queryForObject("select count(*) from app_users where username = ?", Long.class, name) == 0) {
				jdbc.update("insert into app_users (username, password_hash, role) values (?, ?, 'ANALYST')", name,
						encoder.encode(PASSWORD));
			}
		}
	}

	@AfterAll
	static void stopTheOtherInstance() {
		if (other != null) {
			other.close();
		}
	}

	/** A browser of one person on one instance: its own cookies. */
	private final class Browser {

		final HttpClient http;

		final String base;

		Browser(int port) {
			this(port, HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
		}

		private Browser(int port, HttpClient http) {
			this.base = "http://127.0.0.1:" + port;
			this.http = http;
		}

		/** The same browser (its cookies) sent to another instance. */
		Browser on(int otherPort) {
			return new Browser(otherPort, http);
		}

		/** The id of its Spring Session session (the cookie holds it in Base64). */
		String sessionId() {
			CookieManager cookies = (CookieManager) http.cookieHandler().orElseThrow();
			String value = cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter(c -> c.getName().equals("SESSION"))
				.findFirst()
				.orElseThrow()
				.getValue();
			return new String(java.util.Base64.getDecoder().decode(value), StandardCharsets.US_ASCII);
		}

		Browser signIn(String user) throws Exception {
			String token = token(get("/login").body());
			HttpResponse<String> response = post("/login", Map.of("username", user, "password", PASSWORD, "_csrf", token));
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
			return this;
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
				.header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
		}

		String page(String path) throws IOException, InterruptedException {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as("no marker left").doesNotContain("smaCsrf").doesNotContain("smaUser");
			return response.body();
		}

		HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
			String body = form.entrySet()
				.stream()
				.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return http.send(HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

	private static String token(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
		return matcher.group(1);
	}

	private static synchronized ConfigurableApplicationContext otherInstance() {
		if (other == null) {
			other = new SpringApplicationBuilder(SmaTrackerApplication.class).run("--server.port=0",
					"--server.address=127.0.0.1");
		}
		return other;
	}

	@Test
	void aSignedInPageFromTheCacheShowsItsReadersNameAndAWorkingToken() throws Exception {
		Browser ana = new Browser(port).signIn("cache-ana");
		Browser ben = new Browser(port).signIn("cache-ben");
		Browser anonymous = new Browser(port);
		String path = "/negotiations/12";
		assertThat(ana.page(path)).contains("Signed in as cache-ana").contains("Sign out");

		long hits = filter.hits();
		String bens = ben.page(path);
		assertThat(filter.hits()).as("ben's page came from the cache").isEqualTo(hits + 1);
		assertThat(bens).contains("Signed in as cache-ben").doesNotContain("cache-ana");
		// The same page for a visitor who is not signed in: another entry, without the user's parts.
		assertThat(anonymous.page(path)).doesNotContain("Signed in as").doesNotContain("Sign out");
		assertThat(ana.page(path)).contains("Signed in as cache-ana").doesNotContain("cache-ben");

		// The token in ben's cached page is ben's: a forged one is refused, his own accepted.
		assertThat(ben.post("/logout", Map.of("_csrf", "forged")).statusCode()).isEqualTo(403);
		HttpResponse<String> out = ben.post("/logout", Map.of("_csrf", token(bens)));
		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(out.headers().firstValue("Location").orElse("")).endsWith("/?signedOut");
		assertThat(ben.page(path)).doesNotContain("cache-ben").contains("Sign in");
	}

	/**
	 * A write makes every kept page of the version before it unservable: the page rendered afresh
	 * takes its place, so the cache (and the heap) does not fill with pages no one can be served.
	 */
	@Test
	void aPageRenderedAfterAWriteTakesThePlaceOfTheOneBeforeIt() throws Exception {
		Browser reader = new Browser(port);
		String path = "/changes";
		reader.page(path);
		long hits = filter.hits();
		reader.page(path);
		assertThat(filter.hits()).as("kept").isEqualTo(hits + 1);
		long kept = filter.kept();

		String title = "kept-page-check " + System.nanoTime();
		HttpResponse<String> created = reader.http.send(HttpRequest
			.newBuilder(URI.create(reader.base + "/api/v1/sources"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString(("cache-ana:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"%s\"}".formatted(title)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = Long.parseLong(created.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
		try {
			hits = filter.hits();
			assertThat(reader.page(path)).contains(title);
			assertThat(filter.hits()).as("rendered afresh").isEqualTo(hits);
			assertThat(filter.kept()).as("in the place of the page before the write").isEqualTo(kept);
			assertThat(reader.page(path)).contains(title);
			assertThat(filter.hits()).as("and kept").isEqualTo(hits + 1);
		}
		finally {
			// Other tests count the reference rows.
			jdbc.update("delete from sources where id = ?", id);
		}
	}

	@Test
	void aLanguageSwitchIsServedFromTheCacheAndSetsTheCookieEachTime() throws Exception {
		String path = "/compare?sma=5&sma=6&lang=ko";
		Browser first = new Browser(port);
		HttpResponse<String> rendered = first.get(path);
		assertThat(rendered.statusCode()).isEqualTo(200);
		assertThat(rendered.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("sma-lang=ko"));
		assertThat(rendered.body()).contains("<html lang=\"ko\"")
			// the switches keep the agreements compared
			.contains("href=\"?sma=5&amp;sma=6&amp;lang=en\"")
			.contains("href=\"?sma=5&amp;sma=6&amp;lang=ko\"");

		long hits = filter.hits();
		Browser second = new Browser(port);
		HttpResponse<String> kept = second.get(path);
		assertThat(filter.hits()).as("the second switch came from the cache").isEqualTo(hits + 1);
		assertThat(kept.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("sma-lang=ko"));
		assertThat(kept.body()).isEqualTo(rendered.body());
		// the cookie set by the cached answer holds: the next page is Korean too, though the browser asks for English
		assertThat(second.page("/compare?sma=5&sma=6")).contains("<html lang=\"ko\"");

		// a browser that has the page already is answered 304, and its cookie is set all the same
		Browser third = new Browser(port);
		HttpResponse<String> notModified = third.http.send(HttpRequest.newBuilder(URI.create(third.base + path))
			.header("Accept", "text/html")
			.header("Accept-Language", "en")
			.header("If-None-Match", rendered.headers().firstValue("ETag").orElseThrow())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("sma-lang=ko"));
		assertThat(third.page("/compare?sma=5&sma=6")).contains("<html lang=\"ko\"");
	}

	@Test
	void aWriteMakesEveryAffectedPageFreshOnEveryInstance() throws Exception {
		ConfigurableApplicationContext second = otherInstance();
		int otherPort = ((WebServerApplicationContext) second).getWebServer().getPort();
		ConditionalGetFilter otherFilter = second.getBean(ConditionalGetFilter.class);
		Browser anaHere = new Browser(port).signIn("cache-ana");
		Browser anaThere = new Browser(otherPort).signIn("cache-ana");
		Browser[] everyone = { anaHere, anaThere, new Browser(port), new Browser(otherPort) };
		String[] pages = { "/negotiations/11", "/" };
		String mark = "Page cache check " + System.nanoTime();
		long otherHits = otherFilter.hits();
		for (Browser browser : everyone) {
			for (String path : pages) {
				browser.page(path);
				assertThat(browser.page(path)).doesNotContain(mark);
			}
		}
		assertThat(otherFilter.hits()).as("the other instance serves from its cache").isGreaterThan(otherHits);

		// A round added through this instance's API...
		Long source = jdbc.queryForObject("select min(id) from sources", Long.class);
		HttpResponse<String> created = anaHere.http.send(HttpRequest
			.newBuilder(URI.create(anaHere.base + "/api/v1/negotiations/11/rounds"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString(("cache-ana:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"kind":"VIDEO","startDate":"2020-02-21","outcome":"CONTINUED","summary":"%s","sourceIds":[%d]}"""
				.formatted(mark, source)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = Long.parseLong(created.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
		try {
			// ... shows on both instances, to readers signed in or not, once the other reads the version.
			await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
				for (Browser browser : everyone) {
					for (String path : pages) {
						assertThat(browser.page(path)).as(browser.base + path).contains(mark);
					}
				}
			});

			// Deleted through the other instance's form, with the token from its cached page.
			anaThere.page("/negotiations/11");
			long before = otherFilter.hits();
			String cached = anaThere.page("/negotiations/11");
			assertThat(otherFilter.hits()).isEqualTo(before + 1);
			HttpResponse<String> deleted = anaThere.post("/manage/rounds/" + id + "/delete",
					Map.of("_csrf", token(cached)));
			assertThat(deleted.statusCode()).isEqualTo(302);
			await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
				for (Browser browser : everyone) {
					for (String path : pages) {
						assertThat(browser.page(path)).as(browser.base + path).doesNotContain(mark);
					}
				}
			});
		}
		finally {
			// Other tests count the reference rows: take the test round out for good.
			jdbc.update("delete from round_sources where round_id = ?", id);
			jdbc.update("delete from rounds where id = ?", id);
		}
	}

	/**
	 * With sessions in the database (profile postgres) a sign-in counts on every instance; its last
	 * access time is written once per interval (sma.session.touch-interval, 1 minute), not on every
	 * request; and a sign-out or an expiry on one instance counts at once on the other.
	 */
	@Test
	@EnabledIfSystemProperty(named = "spring.profiles.active", matches = ".*postgres.*")
	void aSessionServesEveryInstanceAndIsWrittenOncePerInterval() throws Exception {
		int otherPort = ((WebServerApplicationContext) otherInstance()).getWebServer().getPort();
		String path = "/negotiations/11";
		String access = "select last_access_time from spring_session where session_id = ?";
		Browser here = new Browser(port).signIn("cache-ben");
		Browser there = here.on(otherPort);
		String id = here.sessionId();
		assertThat(there.page(path)).contains("Signed in as cache-ben");
		long stored = jdbc.queryForObject(access, Long.class, id);
		for (Browser browser : new Browser[] { here, there, here, there }) {
			browser.page(path);
		}
		assertThat(jdbc.queryForObject(access, Long.class, id)).as("within the interval: not written").isEqualTo(stored);

		// Two minutes later (the stored times moved back): the next request writes its time.
		jdbc.update("update spring_session set last_access_time = last_access_time - 120000, "
				+ "expiry_time = expiry_time - 120000 where session_id = ?", id);
		there.page(path);
		assertThat(jdbc.queryForObject(access, Long.class, id)).as("an interval later: written").isGreaterThanOrEqualTo(stored);

		// Signed out on this instance with the token from the other's page: signed out there too.
		HttpResponse<String> out = here.post("/logout", Map.of("_csrf", token(there.page(path))));
		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(there.page(path)).doesNotContain("cache-ben").contains("Sign in");

		// A session unused for the whole timeout has expired on every instance.
		here.signIn("cache-ben");
		String again = here.sessionId();
		assertThat(there.page(path)).contains("Signed in as cache-ben");
		jdbc.update("update spring_session set last_access_time = last_access_time - 3600000, "
				+ "expiry_time = expiry_time - 3600000 where session_id = ?", again);
		assertThat(there.page(path)).doesNotContain("cache-ben").contains("Sign in");
		assertThat(here.page(path)).doesNotContain("cache-ben");
	}

}
