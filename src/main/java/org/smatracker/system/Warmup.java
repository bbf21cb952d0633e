package org.smatracker.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Renders the main pages in the background after start, so that the first view after a write runs
 * compiled code. With the page cache a page is rendered only after a write: on a server up for days
 * the rendering code had run a few hundred times at most, and the JIT compiles it fully only after
 * one or two thousand renders. A negotiation page took about 33 ms a render after 100 renders and
 * 6 ms after 1,800 (docs/performance.md, "What was changed" 16).
 * <p>
 * The warm-up asks this instance over the loopback, one request at a time, for the timeline, the
 * newest negotiation's page and gap JSON and the compare page, in English and Korean,
 * {@code sma.warmup.rounds} times. Its requests carry a secret made at start: the page cache neither
 * answers nor keeps them, and the cached analyses are computed again for them ({@link #bypassesCaches}),
 * so they run what a miss runs, without taking anything out of a visitor's cache. They are anonymous
 * GETs: no session, no write. It stops at the first error (a database that is down) and when the
 * app stops. {@code sma.warmup.enabled=false} turns it off.
 */
@Component("warmup")
public class Warmup {

	private static final Logger log = LoggerFactory.getLogger(Warmup.class);

	static final String HEADER = "X-Sma-Warmup";

	private static final String ATTRIBUTE = Warmup.class.getName();

	private final JdbcTemplate jdbc;

	private final boolean enabled;

	private final int rounds;

	private final String address;

	private final String contextPath;

	private final byte[] secret;

	private volatile int port = -1;

	private volatile Thread thread;

	private volatile int rendered;

	Warmup(JdbcTemplate jdbc, @Value("${sma.warmup.enabled:true}") boolean enabled,
			@Value("${sma.warmup.rounds:300}") int rounds, @Value("${server.address:}") String address,
			@Value("${server.servlet.context-path:}") String contextPath) {
		this.jdbc = jdbc;
		this.enabled = enabled;
		this.rounds = rounds;
		this.address = address;
		this.contextPath = contextPath;
		byte[] random = new byte[16];
		new SecureRandom().nextBytes(random);
		this.secret = HexFormat.of().formatHex(random).getBytes(StandardCharsets.US_ASCII);
	}

	/** A request of the warm-up's own: it carries this instance's secret. */
	boolean isWarmup(HttpServletRequest request) {
		String header = request.getHeader(HEADER);
		return header != null && MessageDigest.isEqual(secret, header.getBytes(StandardCharsets.US_ASCII));
	}

	/** Marks a warm-up request, so that the cached analyses are computed again for it. */
	void mark(HttpServletRequest request) {
		request.setAttribute(ATTRIBUTE, Boolean.TRUE);
	}

	/**
	 * Whether the current request is the warm-up's: {@code @Cacheable(condition = "!@warmup.bypassesCaches()")}
	 * then neither reads nor fills the cache.
	 */
	public boolean bypassesCaches() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		return request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) != null;
	}

	/** Pages rendered so far (for tests and diagnostics). */
	int rendered() {
		return rendered;
	}

	/** The warm-up's thread, or null when none was started. */
	Thread thread() {
		return thread;
	}

	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		// The main server only: a separate management port serves no pages.
		if (event.getApplicationContext().getServerNamespace() == null) {
			port = event.getWebServer().getPort();
		}
	}

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (!enabled || rounds <= 0 || port <= 0) {
			return;
		}
		Thread warming = new Thread(this::run, "sma-warmup");
		warming.setDaemon(true);
		warming.setPriority(Thread.MIN_PRIORITY);
		thread = warming;
		log.info("Warm-up started: the main pages, {} times each, in the background", rounds);
		warming.start();
	}

	@EventListener
	void stopping(ContextClosedEvent event) {
		Thread warming = thread;
		if (warming != null) {
			warming.interrupt();
		}
	}

	private void run() {
		long started = System.nanoTime();
		try {
			List<String> paths = paths();
			String base = "http://" + host() + ":" + port + contextPath;
			for (int round = 0; round < rounds; round++) {
				String language = round % 2 == 0 ? "en" : "ko";
				for (String path : paths) {
					if (Thread.currentThread().isInterrupted()) {
						return;
					}
					get(base + path, language);
					rendered++;
				}
			}
			log.info("Warm-up finished: {} pages rendered in {} ms", rendered, (System.nanoTime() - started) / 1_000_000);
		}
		catch (IOException | RuntimeException ex) {
			if (!Thread.currentThread().isInterrupted()) {
				log.info("Warm-up stopped after {} pages: {}", rendered, ex.toString());
			}
		}
	}

	/** The pages a visitor most often opens: the timeline, the newest negotiation, the comparison. */
	private List<String> paths() {
		Integer newest = jdbc.queryForObject("select max(sma_number) from negotiations where deleted = false",
				Integer.class);
		if (newest == null) {
			return List.of("/", "/compare");
		}
		return List.of("/", "/negotiations/" + newest, "/api/v1/negotiations/" + newest + "/gap", "/compare");
	}

	/** Where this instance listens: its own address when bound to one, else the loopback. */
	private String host() throws IOException {
		InetAddress bound = address.isBlank() ? null : InetAddress.getByName(address);
		if (bound == null || bound.isAnyLocalAddress()) {
			return "127.0.0.1";
		}
		String host = bound.getHostAddress();
		return host.contains(":") ? "[" + host + "]" : host;
	}

	private void get(String url, String language) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
		connection.setRequestProperty(HEADER, new String(secret, StandardCharsets.US_ASCII));
		connection.setRequestProperty("Accept-Language", language);
		connection.setConnectTimeout(5_000);
		connection.setReadTimeout(60_000);
		int status = connection.getResponseCode();
		if (status >= 500) {
			throw new IOException(url + " answered " + status);
		}
		try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
			if (body != null) {
				body.transferTo(OutputStream.nullOutputStream());
			}
		}
	}

}
