package org.smatracker.reliability;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import org.smatracker.SmaTrackerApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL stops under the running app: pages, the API, the health check and the sign-in page
 * answer 503 with Retry-After within the bound instead of hanging, and once the database is back
 * the app serves and saves again without a restart. The test starts a throwaway cluster of its own
 * (initdb and pg_ctl, as the postgres user when run as root) on a free port, so it never stops the
 * shared server. Runs with the postgres profile ({@code ./mvnw verify -Ppostgres}), and fails there,
 * never skips, when it cannot make its cluster.
 */
@EnabledIfSystemProperty(named = "spring.profiles.active", matches = ".*postgres.*")
class DatabaseOutageTest {

	/** The promise is "about 2 s" (the pool's 2 s connection timeout); the rest is slack for a busy CI. */
	static final Duration BOUND = Duration.ofMillis(3500);

	/**
	 * Pages, the sign-in page included, keep the same promise since a session write that follows a
	 * failed one fails at once (SessionCommits): the sign-in page had waited the pool twice (4 s).
	 */
	static final Duration PAGE_BOUND = BOUND;

	static final String PASSWORD = "outage-test-password";

	/** HikariCP's window after a connection's last use in which it is handed out unchecked (500 ms). */
	static final String ALIVE_BYPASS = "com.zaxxer.hikari.aliveBypassWindowMs";

	static Path dataDir;

	static int dbPort;

	static ConfigurableApplicationContext app;

	static String base;

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@BeforeAll
	static void startClusterAndApp() throws Exception {
		dataDir = Files.createTempDirectory("sma-outage-");
		dbPort = freePort();
		asPostgres("chown", "postgres", dataDir.toString());
		pg("initdb", "-D", dataDir.toString(), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8");
		startDatabase();
		// The pool checks a connection before handing it out only when it has been idle for half a second:
		// one used just before the database stopped is handed out as the shutdown left it, and its first
		// statement fails with PostgreSQL's 57P01 (the rollback after it on a closed connection). Here
		// every one is, so that each request after the stop meets that case, not only those within half a
		// second of the last (they answered 500). Read when the pool is made, during the start.
		System.setProperty(ALIVE_BYPASS, "600000");
		try {
			app = SpringApplication.run(SmaTrackerApplication.class, "--server.port=0", "--spring.profiles.active=postgres",
					"--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres",
					"--spring.flyway.schemas=public", "--SMA_ADMIN_PASSWORD=" + PASSWORD,
					"--sma.cache.pages.enabled=false");
		}
		finally {
			System.clearProperty(ALIVE_BYPASS);
		}
		base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	@AfterAll
	static void stopAll() throws Exception {
		if (app != null) {
			app.close();
		}
		if (dataDir != null) {
			try {
				pg("pg_ctl", "-D", dataDir.toString(), "-m", "immediate", "-w", "stop");
			}
			catch (IllegalStateException alreadyStopped) {
				// stopped by the test
			}
			try (var files = Files.walk(dataDir)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	@Test
	void aStoppedDatabaseAnswers503FastAndTheAppRecoversWithoutARestart() throws Exception {
		assertThat(send(get("/api/v1/positions?sma=11")).statusCode()).isEqualTo(200);
		assertThat(send(postSource("before the outage")).statusCode()).isEqualTo(201);

		pg("pg_ctl", "-D", dataDir.toString(), "-m", "fast", "-w", "stop");

		HttpResponse<String> api = timed("read API", get("/api/v1/positions?sma=11"));
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(api.headers().firstValue("Retry-After")).isPresent();
		assertThat(api.body()).contains("\"status\":503");

		HttpResponse<String> write = timed("write API", postSource("during the outage"));
		assertThat(write.statusCode()).isEqualTo(503);

		assertThat(timed("health", get("/actuator/health")).statusCode()).isEqualTo(503);
		HttpResponse<String> page = timed("page", page("/negotiations/11"), PAGE_BOUND);
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).isPresent();
		assertThat(page.body()).contains("Temporarily unavailable").contains("<nav");
		assertThat(timed("sign-in page", page("/login"), PAGE_BOUND).statusCode()).isIn(200, 503);

		startDatabase();
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> send(get("/api/v1/positions?sma=11")).statusCode() == 200);
		assertThat(send(page("/negotiations/11")).statusCode()).isEqualTo(200);
		assertThat(send(postSource("after the outage")).statusCode()).isEqualTo(201);
		assertThat(send(get("/actuator/health")).statusCode()).isEqualTo(200);
	}

	private static HttpResponse<String> timed(String what, HttpRequest request) throws Exception {
		return timed(what, request, BOUND);
	}

	private static HttpResponse<String> timed(String what, HttpRequest request, Duration bound) throws Exception {
		long start = System.nanoTime();
		HttpResponse<String> response = send(request);
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		System.out.printf("OUTAGE %s answered %d in %d ms%n", what, response.statusCode(), took.toMillis());
		assertThat(took).as(what + " answer time").isLessThan(bound);
		return response;
	}

	private static HttpRequest get(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build();
	}

	/** As a browser asks for a page (the error page is HTML only for those who accept HTML). */
	private static HttpRequest page(String path) {
		return HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "text/html,application/xhtml+xml")
			.GET()
			.build();
	}

	private static HttpRequest postSource(String title) {
		return HttpRequest.newBuilder(URI.create(base + "/api/v1/sources"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\"}"))
			.build();
	}

	private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static void startDatabase() {
		pg("pg_ctl", "-D", dataDir.toString(), "-l", dataDir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
				"-p " + dbPort + " -k " + dataDir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** A PostgreSQL server program from the installed version (Debian keeps them off the PATH). */
	private static void pg(String program, String... args) {
		File[] versions = new File("/usr/lib/postgresql").listFiles();
		File binary = versions == null ? null
				: Arrays.stream(versions)
					.map(v -> new File(v, "bin/" + program))
					.filter(File::canExecute)
					.max(Comparator.comparing(File::getPath))
					.orElse(null);
		if (binary == null) {
			throw new IllegalStateException("No " + program + " under /usr/lib/postgresql/*/bin: the outage test "
					+ "needs PostgreSQL's server programs (apt-get install postgresql)");
		}
		String[] command = new String[args.length + 1];
		command[0] = binary.getPath();
		System.arraycopy(args, 0, command, 1, args.length);
		asPostgres(command);
	}

	/** PostgreSQL refuses to run as root: as root, run the command as the postgres user. */
	private static void asPostgres(String... command) {
		boolean root = "root".equals(System.getProperty("user.name"));
		List<String> line;
		if (command[0].equals("chown")) {
			if (!root) {
				return; // our own directory already
			}
			line = List.of(command);
		}
		else if (root) {
			line = List.of("su", "postgres", "-c", String.join(" ", Arrays.stream(command).map(DatabaseOutageTest::quote).toList()));
		}
		else {
			line = List.of(command);
		}
		try {
			Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
			String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", line) + " failed: " + output);
			}
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(String.join(" ", line) + " could not run", ex);
		}
	}

	private static String quote(String arg) {
		return "'" + arg.replace("'", "'\\''") + "'";
	}

}
