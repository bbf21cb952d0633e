package org.smatracker.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import org.smatracker.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * After a write every reader of a busy page misses the cache at once; they must not all render it.
 * Whoever asks for a page while it is being rendered waits for that rendering and is served its bytes.
 */
@AppTest
class PageRenderedOnceTest {

	@Autowired
	ConditionalGetFilter filter;

	@Test
	void readersOfAPageBeingRenderedWaitForItAndGetTheSamePage() throws Exception {
		String path = "/rendered-once-" + System.nanoTime(); // an address no other test has asked for
		AtomicInteger renders = new AtomicInteger();
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		FilterChain slowPage = (request, response) -> {
			int n = renders.incrementAndGet();
			rendering.countDown();
			try {
				finish.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write("<p>rendering " + n + "</p>");
		};
		ExecutorService readers = Executors.newFixedThreadPool(4);
		try {
			long waits = filter.waits();
			Future<MockHttpServletResponse> first = readers.submit(() -> get(path, slowPage));
			assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
			List<Future<MockHttpServletResponse>> others = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				others.add(readers.submit(() -> get(path, slowPage)));
			}
			await().atMost(Duration.ofSeconds(10)).until(() -> filter.waits() == waits + 3);
			finish.countDown();

			assertThat(first.get(10, TimeUnit.SECONDS).getContentAsString()).isEqualTo("<p>rendering 1</p>");
			for (Future<MockHttpServletResponse> other : others) {
				MockHttpServletResponse answer = other.get(10, TimeUnit.SECONDS);
				assertThat(answer.getStatus()).isEqualTo(200);
				assertThat(answer.getContentAsString()).isEqualTo("<p>rendering 1</p>");
			}
			assertThat(renders).as("rendered once for four readers").hasValue(1);
		}
		finally {
			finish.countDown();
			readers.shutdownNow();
		}
	}

	@Test
	void aPageThatIsNotKeptIsRenderedForEachReader() throws Exception {
		String path = "/not-kept-" + System.nanoTime();
		AtomicInteger renders = new AtomicInteger();
		FilterChain missing = (request, response) -> {
			renders.incrementAndGet();
			((jakarta.servlet.http.HttpServletResponse) response).setStatus(404);
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write("<p>not found</p>");
		};
		assertThat(get(path, missing).getStatus()).isEqualTo(404);
		assertThat(get(path, missing).getStatus()).isEqualTo(404);
		assertThat(renders).hasValue(2);
	}

	private MockHttpServletResponse get(String path, FilterChain chain) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.addHeader("Accept", "text/html");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, chain);
		return response;
	}

}
