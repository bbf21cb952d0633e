package org.smatracker.reliability;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The packaged app (the jar {@code mvn package} built) as a separate process on a port of its own,
 * and an HTTP client for it: what an operator runs, so a kill is a real crash.
 */
final class AppProcess implements AutoCloseable {

	static final String PASSWORD = "durability-test-password";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final Process process;

	private final int port;

	private AppProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/** Starts the jar with the given arguments and waits until it answers its health check. */
	static AppProcess start(Path log, String... args) throws IOException, InterruptedException {
		String jar = System.getProperty("sma.jar");
		if (jar == null || !Files.exists(Path.of(jar))) {
			throw new IllegalStateException("No packaged jar at -Dsma.jar=" + jar + " (run through failsafe: mvn verify)");
		}
		int port = freePort();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar, "--server.port=" + port));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().put("SMA_ADMIN_PASSWORD", PASSWORD);
		AppProcess app = new AppProcess(builder.start(), port);
		try {
			// Generous: a CI machine busy with other builds has taken over three minutes to start it.
			app.awaitHealthy(Duration.ofSeconds(Long.getLong("sma.start-timeout-seconds", 600)));
		}
		catch (RuntimeException | InterruptedException ex) {
			app.kill();
			throw ex;
		}
		return app;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private void awaitHealthy(Duration limit) throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The app exited with " + process.exitValue() + " during start-up");
			}
			try {
				if (get("/actuator/health").statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(200); // polling a starting process: there is nothing to await on
		}
		throw new IllegalStateException("The app did not become healthy within " + limit);
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
		return HTTP.send(HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/** kill -9: no shutdown hook, no flush, no closing of the database. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
			kill();
		}
	}

}
