package org.smatracker.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.smatracker.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages as a browser gets them: real HTTP against the app on a random port. */
@AppTest
class PagesTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.header("Accept-Language", language)
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private String page(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = get(path, "en");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	@Test
	void timelineShowsTheWholeHistoryNewestFirst() throws Exception {
		String html = page("/");
		assertThat(html).contains("<title>Timeline · SMA Tracker</title>")
			.contains("1st SMA")
			.contains("12th SMA signed")
			.contains("Jeong Eun-bo")
			.contains("Walked out")
			.contains("US$5 billion");
		assertThat(html.indexOf("year-2024")).isLessThan(html.indexOf("year-2019"));
		assertThat(html.indexOf("year-2019")).isLessThan(html.indexOf("year-1991"));
	}

	@Test
	void timelineFiltersByAgreementAndPartyAndOrder() throws Exception {
		String html = page("/?sma=11&party=ROK&order=asc");
		assertThat(html).contains("11th SMA").doesNotContain("10th SMA ·").doesNotContain("12th SMA signed");
		// Korea's 13% offer is shown, the US$5 billion demand is filtered out.
		assertThat(html).contains("+13% over baseline").doesNotContain("US$5 billion");
		assertThat(html.indexOf("year-2019")).isLessThan(html.indexOf("year-2021"));
		// A value that is not a filter is ignored rather than failing the page.
		assertThat(page("/?sma=eleven&party=nobody")).contains("12th SMA signed");
		assertThat(page("/?sma=42")).contains("Nothing in the record matches these filters.");
	}

	@Test
	void negotiationPageShowsRoundsChiefsAndSourcedPositions() throws Exception {
		String html = page("/negotiations/11");
		assertThat(html).contains("Negotiation of the 11th SMA")
			.contains("James DeHart")
			.contains("Donna Welton")
			.contains("Los Angeles")
			.contains("Round 9")
			.contains("Disputed")
			.contains("https://");
		assertThat(html).contains("+13% over baseline").contains("US$4.7 billion");
	}

	@Test
	void agreementPagesShowAmountsInBothCurrencies() throws Exception {
		String list = page("/agreements");
		assertThat(list).contains("12th SMA").contains("₩1.5192 trillion").contains("Linked to consumer prices");
		String tenth = page("/agreements/10");
		assertThat(tenth).contains("₩1.0389 trillion")
			.contains("US$868 million")
			.contains("Rounds and positions of the 10th SMA talks");
		String first = page("/agreements/1");
		// Paid in dollars: US$150 million converted at 1991's 736.73 won per dollar.
		assertThat(first).contains("US$150 million").contains("₩110.5 billion").contains("736.73");
	}

	@Test
	void negotiatorPagesShowWhoLedWhatWhen() throws Exception {
		String list = page("/negotiators");
		assertThat(list).contains("Chang Won-sam").contains("장원삼").contains("Linda Specht");
	}

	@Test
	void unknownRecordsAnswerAFriendly404InTheLayout() throws Exception {
		for (String path : new String[] { "/agreements/99", "/negotiations/3", "/negotiators/99999" }) {
			HttpResponse<String> response = get(path, "en");
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.body()).contains("Not found").contains("Back to the timeline").contains("navbar")
				.doesNotContain("Whitelabel")
				.doesNotContain("Exception");
		}
	}

	@Test
	void koreanReadersGetKoreanPages() throws Exception {
		HttpResponse<String> response = get("/agreements/10", "ko-KR,ko;q=0.9");
		assertThat(response.body()).contains("lang=\"ko\"").contains("1조 389억 원").contains("연도별 분담금");
	}

	/** Every list page can be cited: a permalink with its settings (here the page of sources) and the dataset version. */
	@ParameterizedTest
	@ValueSource(strings = { "/negotiations", "/agreements", "/negotiators",
			"/sources?page=2" })
	void listPagesCanBeCited(String path) throws Exception {
		String html = page(path);
		assertThat(html).contains("id=\"cite\"").contains("class=\"small cite-text\"").contains("@misc{");
		String link = "http://localhost:" + port + path + (path.contains("?") ? "&amp;" : "?") + "version=";
		assertThat(html).contains("class=\"cite-permalink\" href=\"" + link);
	}

}
