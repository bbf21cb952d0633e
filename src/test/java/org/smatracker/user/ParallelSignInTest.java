package org.smatracker.user;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.smatracker.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parallel guessing over real HTTP: every wrong password is a 401 (the failure count is one UPDATE,
 * so guesses no longer fail on each other's version with a 500), the count is not lost, and the
 * account is locked before the right password gets through.
 */
@AppTest
class ParallelSignInTest {

	static final String USER = "parallel-guess";

	static final String PASSWORD = "the-right-password";

	static final int GUESSES = 24;

	@LocalServerPort
	int port;

	@Autowired
	AppUserRepository users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcTemplate jdbc;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@AfterEach
	void removeTheUser() {
		jdbc.update("delete from app_users where username = ?", USER);
	}

	@Test
	void parallelWrongPasswordsAreAll401AndLockTheAccountBeforeTheRightOneWorks() throws Exception {
		users.save(new AppUser(USER, encoder.encode(PASSWORD), Role.ANALYST));
		assertThat(attempt(PASSWORD)).as("the right password before the burst").isEqualTo(201);
		jdbc.update("delete from sources where title = 'parallel sign-in'");

		ExecutorService pool = Executors.newFixedThreadPool(GUESSES);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < GUESSES; i++) {
			String guess = "wrong-" + i;
			answers.add(pool.submit((Callable<Integer>) () -> {
				start.await();
				return attempt(guess);
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get());
		}
		pool.shutdown();

		assertThat(statuses).as("answers to parallel wrong passwords").containsOnly(401);
		assertThat(users.isLocked(USER, java.time.Instant.now())).isTrue();
		assertThat(attempt(PASSWORD)).as("the right password after the burst").isEqualTo(401);
		assertThat(jdbc.queryForObject("select count(*) from sources where title = 'parallel sign-in'", Long.class))
			.isZero();
	}

	/** A write with HTTP Basic: 201 when signed in, 401 when refused. */
	private int attempt(String password) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/sources"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((USER + ":" + password).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"parallel sign-in\"}"))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
	}

}
