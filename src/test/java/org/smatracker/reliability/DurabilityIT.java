package org.smatracker.reliability;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 201 means the row is on disk: the packaged app on an H2 file takes a stream of position POSTs
 * from several clients, is killed with SIGKILL in the middle of it, and is started again on the same
 * file. Every write it acknowledged must be there, and new writes must succeed with ids above every
 * stored one (H2 once handed out ids behind stored rows after a crash). Repeated
 * {@code -Dsma.crashes} times (default 10). Runs in CI through {@code -Pdurability}.
 */
class DurabilityIT {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private static final int WRITERS = 4;

	@Test
	void everyAcknowledgedWriteSurvivesKillDashNine(@TempDir Path dataDir) throws Exception {
		int crashes = Integer.getInteger("sma.crashes", 10);
		Path log = Files.createDirectories(Path.of("target", "durability")).resolve("app.log");
		Files.deleteIfExists(log);
		String[] args = { "--sma.data-dir=" + dataDir };
		Map<Long, String> acknowledged = new ConcurrentHashMap<>();
		AtomicInteger sequence = new AtomicInteger();
		int refusedAfterRestart = 0;
		long found = 0;
		for (int crash = 1; crash <= crashes; crash++) {
			AppProcess app = AppProcess.start(log, args);
			try {
				// After a restart: what was acknowledged before is there, and new writes get fresh ids.
				found = checkAllThere(app, acknowledged);
				long highest = acknowledged.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
				for (int i = 0; i < 3; i++) {
					String quote = "durability " + sequence.incrementAndGet();
					HttpResponse<String> answer = app.postJson("/api/v1/negotiations/11/positions", position(quote));
					if (answer.statusCode() != 201) {
						refusedAfterRestart++;
						continue;
					}
					long id = idOf(answer);
					assertThat(id).as("a new id after restart %d", crash).isGreaterThan(highest);
					acknowledged.put(id, quote);
				}
				stream(app, acknowledged, sequence);
			}
			catch (Exception | AssertionError failed) {
				app.kill(); // leave no process behind when a check fails
				throw failed;
			}
		}
		try (AppProcess app = AppProcess.start(log, args)) {
			found = checkAllThere(app, acknowledged);
		}
		System.out.printf("DURABILITY crashes=%d acknowledged=%d found=%d refusedAfterRestart=%d%n", crashes,
				acknowledged.size(), found, refusedAfterRestart);
		assertThat(refusedAfterRestart).as("new writes refused after a restart").isZero();
		assertThat(found).isEqualTo(acknowledged.size());
	}

	/** Several clients post positions; after a random moment the process is killed mid-stream. */
	private static void stream(AppProcess app, Map<Long, String> acknowledged, AtomicInteger sequence)
			throws Exception {
		AtomicBoolean killed = new AtomicBoolean();
		ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
		for (int w = 0; w < WRITERS; w++) {
			writers.submit(() -> {
				while (!killed.get()) {
					String quote = "durability " + sequence.incrementAndGet();
					try {
						HttpResponse<String> answer = app.postJson("/api/v1/negotiations/11/positions", position(quote));
						if (answer.statusCode() == 201) {
							acknowledged.put(idOf(answer), quote);
						}
					}
					catch (Exception cut) {
						// the kill cut this request: it was not acknowledged
					}
				}
				return null;
			});
		}
		Thread.sleep(ThreadLocalRandom.current().nextLong(800, 2500)); // the moment of the crash, at random
		app.kill();
		killed.set(true);
		writers.shutdown();
		assertThat(writers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
	}

	private static long checkAllThere(AppProcess app, Map<Long, String> acknowledged) throws Exception {
		List<Long> missing = new ArrayList<>();
		for (Map.Entry<Long, String> write : acknowledged.entrySet()) {
			HttpResponse<String> answer = app.get("/api/v1/positions/" + write.getKey());
			if (answer.statusCode() != 200 || !answer.body().contains("\"" + write.getValue() + "\"")) {
				missing.add(write.getKey());
				System.out.printf("DURABILITY missing %d (%s): %d %s%n", write.getKey(), write.getValue(), answer.statusCode(),
						answer.body());
			}
		}
		assertThat(missing).as("acknowledged writes missing after a kill -9").isEmpty();
		return acknowledged.size() - missing.size();
	}

	private static long idOf(HttpResponse<String> answer) {
		Matcher m = ID.matcher(answer.body());
		assertThat(m.find()).as(answer.body()).isTrue();
		return Long.parseLong(m.group(1));
	}

	private static String position(String quote) {
		return """
				{"reportedDate":"2020-03-01","party":"US","kind":"DEMAND","form":"ABSOLUTE","amount":1500000000,
				 "currency":"USD","appliesToYear":2020,"reliability":"REPORTED","status":"CURRENT",
				 "quote":"%s","sourceIds":[1]}""".formatted(quote);
	}

}
