package org.smatracker.analysis;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.smatracker.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The gap analysis as users meet it: the negotiation page, the comparison page and the JSON API. */
@AppTest
class GapPagesTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.header("Accept-Language", "en")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String page(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = get(path, "text/html");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	@Test
	void eleventhSmaShowsTheGapNarrowingAndTheSettlementPointWithItsWorking() throws Exception {
		String html = page("/negotiations/11");
		assertThat(html).contains("Demand versus offer")
			.contains("₩5.9028 trillion (US$5 billion)")
			.contains("₩1.1428 trillion")
			.contains("₩1.1833 trillion")
			.contains("class=\"settlement-point\">0.0085<")
			.contains("+13.9%")
			.contains("id=\"gap-chart\"")
			// the working behind the opening demand and the settlement point
			.contains("US$5 billion × 1,180.56 won per dollar (2020 average) = ₩5.9028 trillion")
			.contains("Baseline ₩1.0389 trillion (2019) × (1 + 10%) = ₩1.1428 trillion")
			.contains("(agreed ₩1.1833 trillion − opening offer ₩1.1428 trillion) ÷ (opening demand ₩5.9028 trillion"
					+ " − opening offer ₩1.1428 trillion) = 0.0085")
			// the gap at its widest and after the US came down to US$1.3 billion
			.contains("₩3.5794 trillion")
			.contains("₩360.8 billion")
			// the disputed claim is shown with its source, beside the point
			.contains("Disputed")
			.contains("SEED000");
	}

	@Test
	void replayAsOfADateAndOfficialFiguresOnly() throws Exception {
		String march = page("/negotiations/11?asOf=2020-03-31");
		assertThat(march).contains("As known on Mar 31, 2020")
			.doesNotContain("settlement-point\">0.0085")
			.doesNotContain("Donna Welton")
			.contains("ongoing");
		String official = page("/negotiations/11?official=true");
		assertThat(official).contains("Official figures only: every number is recomputed")
			.contains("class=\"settlement-point\">—<");
		assertThat(page("/negotiations/11?asOf=someday")).contains("is not a date");
	}

	@Test
	void comparisonPageComparesAnySetOfAgreements() throws Exception {
		String html = page("/compare?sma=10&sma=11&sma=12");
		assertThat(html).contains("Compare agreements")
			.contains("href=\"/agreements/10\"")
			.contains("href=\"/agreements/12\"")
			.contains("+8.2%")
			.contains("+13.9%")
			.contains("0.0085")
			.contains("id=\"contribution-table\"")
			.contains("data-year=\"1991\"")
			.contains("data-year=\"2030\"");
		assertThat(page("/compare?sma=1&sma=2&sma=77")).contains("No agreement numbered 77")
			.contains("href=\"/agreements/2\"");
	}

	@Test
	void jsonGivesTheNumbersThePageShows() throws Exception {
		HttpResponse<String> response = get("/api/v1/negotiations/11/gap", "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"negotiation\":11")
			.contains("\"baseline\":{\"smaNumber\":10,\"year\":2019,\"amountKrw\":1038900000000")
			.contains("\"openingDemandKrw\":5902800000000")
			.contains("\"openingOfferKrw\":1142790000000")
			.contains("\"agreedKrw\":1183300000000")
			.contains("\"settlementPoint\":0.00851")
			.contains("\"gapKrw\":3579450000000")
			.contains("\"gapKrw\":null");
		String march = get("/api/v1/negotiations/11/gap?asOf=2020-03-31", "application/json").body();
		assertThat(march).contains("\"settlementPoint\":null").doesNotContain("\"date\":\"2020-04-01\"");
		assertThat(get("/api/v1/negotiations/11/gap?official=true", "application/json").body())
			.contains("\"settlementPoint\":null")
			.contains("\"officialOnly\":true");
	}

	@Test
	void scheduleTellsRecordedFromUnknownYears() throws Exception {
		String body = get("/api/v1/agreements/12/schedule", "application/json").body();
		assertThat(body).contains("{\"year\":2026,\"amountKrw\":1519200000000")
			.contains("\"basis\":\"SCHEDULED\"")
			.contains("{\"year\":2027,\"amountKrw\":null,\"amountUsd\":null,\"basis\":\"UNKNOWN\","
					+ "\"maximumKrw\":1595160000000}");
	}

	@Test
	void unknownNumbersAndBadParametersAreProblemDetails() throws Exception {
		HttpResponse<String> missing = get("/api/v1/negotiations/99/gap", "application/json");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(missing.body()).contains("\"status\":404").contains("Negotiation 99 not found");
		HttpResponse<String> bad = get("/api/v1/negotiations/11/gap?asOf=yesterday", "application/json");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("\"status\":400").contains("asOf");
		assertThat(get("/api/v1/agreements/99/schedule", "application/json").statusCode()).isEqualTo(404);
	}

}
