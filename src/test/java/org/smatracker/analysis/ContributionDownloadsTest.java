package org.smatracker.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;

import org.smatracker.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contribution charts' downloads (home page and compare page): the CSV holds exactly the rows
 * of the table the chart is drawn from, in the currency asked for; the SVG parses with one bar per
 * year with an amount; the embed view answers with the embed chain's frame policy.
 */
@AppTest
class ContributionDownloadsTest {

	private static final Pattern ROW = Pattern.compile("<tr data-year=\"(\\d+)\" data-krw=\"([^\"]*)\" data-usd=\"([^\"]*)\"");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Language", "en")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@ParameterizedTest
	@CsvSource({ "/, home-contribution-table, '', KRW", "/compare, contribution-table, /compare, KRW",
			"/compare, contribution-table, /compare, USD" })
	void csvAndSvgAreTheChartsData(String page, String tableId, String base, String currency) throws Exception {
		String html = get(page).body();
		String table = html.substring(html.indexOf("id=\"" + tableId + "\""));
		table = table.substring(0, table.indexOf("</table>"));
		List<String[]> drawn = new ArrayList<>();
		Matcher m = ROW.matcher(table);
		while (m.find()) {
			drawn.add(new String[] { m.group(1), "KRW".equals(currency) ? m.group(2) : m.group(3) });
		}
		assertThat(drawn).hasSizeGreaterThan(30);
		assertThat(html).contains("href=\"" + base + "/contributions.csv?currency=" + currency.replace("USD", "KRW") + "\"");

		HttpResponse<String> csv = get(base + "/contributions.csv?currency=" + currency);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		List<String> lines = csv.body().lines().toList();
		List<String> comments = lines.stream().filter(l -> l.startsWith("# ")).toList();
		assertThat(comments.get(0)).startsWith("# Korea's yearly contribution under the SMA, " + drawn.get(0)[0] + "–");
		assertThat(comments).anyMatch(l -> l.startsWith("# Source: SMA Tracker"))
			.anyMatch(l -> l.matches("# Dataset version \\d+, downloaded \\d{4}-\\d{2}-\\d{2}"))
			.anyMatch(l -> l.startsWith("# http://localhost:" + port + ("".equals(base) ? "/" : "/compare")));
		List<String> data = lines.stream().filter(l -> !l.startsWith("# ")).toList();
		assertThat(data.get(0)).isEqualTo("year,sma,amount_" + currency.toLowerCase() + ",projected");
		assertThat(data).hasSize(drawn.size() + 1);
		int bars = 0;
		for (int i = 0; i < drawn.size(); i++) {
			String[] cells = data.get(i + 1).split(",", -1);
			assertThat(cells[0]).isEqualTo(drawn.get(i)[0]);
			if (drawn.get(i)[1].isEmpty()) {
				assertThat(cells[2]).isEmpty();
			}
			else {
				assertThat(new BigDecimal(cells[2])).isEqualByComparingTo(new BigDecimal(drawn.get(i)[1]));
				bars += new BigDecimal(cells[2]).signum() > 0 ? 1 : 0;
			}
		}

		String svg = get(base + "/contributions.svg?currency=" + currency).body();
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
		assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(bars + 1);
		assertThat(svg).contains("Dataset version").contains("USD".equals(currency) ? "Million US dollars" : "Trillion won");
	}

	@ParameterizedTest
	@CsvSource({ "/embed/contributions, /", "/embed/compare/contributions?currency=USD, /compare?currency=USD" })
	void embedViewsMayBeFramedAndLinkBack(String path, String back) throws Exception {
		HttpResponse<String> embed = get(path);
		assertThat(embed.statusCode()).isEqualTo(200);
		assertThat(embed.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors *");
		assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();
		assertThat(embed.body()).contains("id=\"contribution-chart\"")
			.contains("href=\"http://localhost:" + port + back + "\"");
		if (path.contains("USD")) {
			assertThat(embed.body()).contains("data-currency=\"USD\"");
		}
	}

}
