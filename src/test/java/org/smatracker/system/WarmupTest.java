package org.smatracker.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.github.benmanes.caffeine.cache.Cache;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.cache.CacheManager;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.smatracker.SmaTrackerApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warm-up as it runs after start: every page it asks for renders, and it leaves nothing behind —
 * no cached page or analysis, no write. An application of its own (the tests turn the warm-up off
 * everywhere else, see pom.xml), on the tests' database.
 */
class WarmupTest {

	private static final int ROUNDS = 3;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void rendersTheMainPagesInTheBackgroundAndKeepsNothing() throws Exception {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SmaTrackerApplication.class).run(
				"--server.port=0", "--server.address=127.0.0.1", "--sma.warmup.enabled=true",
				"--sma.warmup.rounds=" + ROUNDS)) {
			Warmup warmup = app.getBean(Warmup.class);
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			long historyBefore = jdbc.queryForObject("select count(*) from audit_log", Long.class);
			assertThat(warmup.thread()).as("started once the app was ready").isNotNull();
			warmup.thread().join(120_000);
			assertThat(warmup.thread().isAlive()).isFalse();

			// The timeline, the newest negotiation's page and gap JSON, the compare page: each answered.
			assertThat(warmup.rendered()).isEqualTo(ROUNDS * 4);
			assertThat(jdbc.queryForObject("select count(*) from audit_log", Long.class)).isEqualTo(historyBefore);
			CacheManager caches = app.getBean(CacheManager.class);
			for (String name : new String[] { "gaps", "timelinePages" }) {
				Cache<?, ?> cache = (Cache<?, ?>) caches.getCache(name).getNativeCache();
				cache.cleanUp();
				assertThat(cache.estimatedSize()).as("analyses the warm-up computed, kept in " + name).isZero();
			}

			// Nothing was kept in the page cache either: a visitor's first view renders, the second is a hit.
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			ConditionalGetFilter pages = app.getBean(ConditionalGetFilter.class);
			long hits = pages.hits();
			assertThat(get(port, null)).isEqualTo(200);
			assertThat(pages.hits()).isEqualTo(hits);
			assertThat(get(port, null)).isEqualTo(200);
			assertThat(pages.hits()).isEqualTo(hits + 1);
			// Another secret than the instance's own is an ordinary request: answered from the cache.
			assertThat(get(port, "0123456789abcdef0123456789abcdef")).isEqualTo(200);
			assertThat(pages.hits()).isEqualTo(hits + 2);
		}
	}

	private int get(int port, String secret) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"));
		if (secret != null) {
			request.header(Warmup.HEADER, secret);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
