package org.smatracker.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The story a reader publishes from: the summary sentences against the gap JSON, the chart's time
 * axis and tooltips in both languages, the downloads (PNG, SVG, CSV equal to the chart's data), the
 * citation block, the embed inside another origin's iframe, /changes after an edit, and the phone
 * width in both languages.
 */
class StoryBrowserIT extends BrowserTestBase {

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	@AfterEach
	void desktop() {
		driver.manage().window().setSize(DESKTOP);
	}

	private String get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return response.body();
	}

	private WebElement chartReady(String id) {
		WebElement canvas = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
		waiting().until(d -> driver.executeScript("return !!(window.smaCharts && window.smaCharts[arguments[0]]);", id));
		return canvas;
	}

	@Test
	void summarySentencesSayTheNumbersOfTheGapJson() throws Exception {
		signOut();
		JsonNode gap = json.readTree(get("/api/v1/negotiations/11/gap"));
		open("/negotiations/11");
		List<WebElement> sentences = driver.findElements(By.cssSelector(".story .story-sentence"));
		assertThat(sentences).hasSize(3);
		assertThat(sentences.get(0).getText()).startsWith("The United States opened in October 2019 by asking for US$5 billion");
		assertThat(sentences.get(2).getText()).contains("₩1.18 trillion for 2021").contains("+13.9%");

		List<WebElement> figures = driver.findElements(By.cssSelector(".story a.figure"));
		Map<String, BigDecimal> byWorking = new java.util.HashMap<>();
		for (WebElement f : figures) {
			assertThat(f.getAttribute("title")).as("exact figure of %s", f.getText()).isNotBlank();
			String working = f.getAttribute("href").replaceAll(".*#", "");
			assertThat(driver.findElements(By.id(working))).as("working %s is on the page", working).hasSize(1);
			byWorking.merge(working + ":" + f.getAttribute("data-kind"), new BigDecimal(f.getAttribute("data-value")),
					(a, b) -> a);
		}
		BigDecimal baseline = gap.get("baseline").get("amountKrw").decimalValue();
		assertThat(byWorking.get("working-baseline:MONEY")).isEqualByComparingTo(baseline);
		assertThat(byWorking.get("working-opening-offer:MONEY")).isEqualByComparingTo(gap.get("openingOfferKrw").decimalValue());
		assertThat(byWorking.get("working-agreed:MONEY")).isEqualByComparingTo(gap.get("agreedKrw").decimalValue());
		assertThat(byWorking.get("working-increase:CHANGE")).isEqualByComparingTo(gap.get("increaseOverBaseline").decimalValue());
		assertThat(byWorking.get("working-settlement:SHARE")).isEqualByComparingTo(gap.get("settlementPoint").decimalValue());
		BigDecimal times = gap.get("openingDemandKrw").decimalValue().divide(baseline, MathContext.DECIMAL64);
		assertThat(byWorking.get("working-opening-demand:TIMES").doubleValue()).isCloseTo(times.doubleValue(), within(1e-5));
		BigDecimal over = gap.get("openingOfferKrw").decimalValue().divide(baseline, MathContext.DECIMAL64).subtract(BigDecimal.ONE);
		assertThat(byWorking.get("working-opening-offer:CHANGE").doubleValue()).isCloseTo(over.doubleValue(), within(1e-5));

		// A number links to its working and opens it.
		WebElement settlement = driver.findElement(By.id("working-settlement"));
		assertThat(settlement.getAttribute("open")).isNull();
		driver.findElement(By.cssSelector(".story a.figure[href$='#working-settlement']")).click();
		assertThat(settlement.getAttribute("open")).isNotNull();
		// the jargon is said in words, the exact number kept beside it
		assertThat(driver.findElement(By.cssSelector("#gap dl")).getText()).contains("Where the deal landed")
			.contains("Close to Korea's opening offer")
			.contains("0.0085");
	}

	@Test
	void theTimeAxisIsToScale() {
		signOut();
		open("/negotiations/11");
		chartReady("gap-chart");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> points = (List<Map<String, Object>>) driver.executeScript("""
				var chart = window.smaCharts['gap-chart'];
				return chart.data.datasets[0].data.map(function (p) {
				  return { date: p.x, px: chart.scales.x.getPixelForValue(luxon.DateTime.fromISO(p.x).toMillis()) };
				});""");
		assertThat(points).hasSizeGreaterThan(5);
		double twoDays = -1;
		double twoMonths = -1;
		List<Double> pixelsPerDay = new ArrayList<>();
		for (int i = 1; i < points.size(); i++) {
			long days = java.time.temporal.ChronoUnit.DAYS.between(
					java.time.LocalDate.parse((String) points.get(i - 1).get("date")),
					java.time.LocalDate.parse((String) points.get(i).get("date")));
			double px = ((Number) points.get(i).get("px")).doubleValue() - ((Number) points.get(i - 1).get("px")).doubleValue();
			pixelsPerDay.add(px / days);
			if (days == 2) {
				twoDays = px;
			}
			if (days >= 59 && days <= 66) {
				twoMonths = px;
			}
		}
		// 23 and 25 September 2019 (two days), 7 July and 10 September 2020 (about two months)
		assertThat(twoDays).isPositive();
		assertThat(twoMonths).isGreaterThan(twoDays * 20);
		double first = pixelsPerDay.get(0);
		assertThat(pixelsPerDay).allSatisfy(p -> assertThat(p).isCloseTo(first, within(first * 0.02)));
	}

	private String tooltip(int dataset, int index) {
		return (String) driver.executeScript("""
				var chart = window.smaCharts['gap-chart'];
				chart.tooltip.setActiveElements([{ datasetIndex: arguments[0], index: arguments[1] }], { x: 0, y: 0 });
				chart.update();
				return chart.tooltip.title.join(' ') + ' | ' + chart.tooltip.body.map(function (b) { return b.lines.join(' '); }).join(' | ');""",
				dataset, index);
	}

	@Test
	void tooltipsSayAmountsWithUnitsInThePagesLanguage() {
		signOut();
		open("/negotiations/11");
		chartReady("gap-chart");
		Number index = (Number) driver.executeScript(
				"return window.smaCharts['gap-chart'].data.datasets[0].data.findIndex(function (p) { return p.x === '2019-10-18'; });");
		assertThat(tooltip(0, index.intValue())).isEqualTo("Oct 18, 2019 | US demand: ₩5.9 trillion a year (US$5 billion)");
		open("/negotiations/11?lang=ko");
		chartReady("gap-chart");
		assertThat(tooltip(0, index.intValue())).isEqualTo("2019년 10월 18일 | 미국 요구: 연 5조 9,028억 원 (50억 달러)");
		signOut();
	}

	@Test
	void downloadsDecodeAndTheCsvIsTheChartsData() throws Exception {
		signOut();
		open("/negotiations/11");
		chartReady("gap-chart");
		// PNG: catch the link the button makes instead of saving a file
		driver.executeScript("""
				window.__downloads = [];
				HTMLAnchorElement.prototype.click = function () { window.__downloads.push([this.download, this.href]); };""");
		driver.findElement(By.cssSelector("button[data-download-png='gap-chart']")).click();
		@SuppressWarnings("unchecked")
		List<List<String>> downloads = (List<List<String>>) driver.executeScript("return window.__downloads;");
		assertThat(downloads).hasSize(1);
		assertThat(downloads.get(0).get(0)).isEqualTo("sma-11-gap.png");
		String dataUrl = downloads.get(0).get(1);
		assertThat(dataUrl).startsWith("data:image/png;base64,");
		var image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1))));
		assertThat(image.getWidth()).isGreaterThan(300);
		assertThat(image.getHeight()).isGreaterThan(200);

		// SVG: well-formed, titled, with the two sides' lines
		String svgHref = driver.findElement(By.cssSelector(".chart-downloads a[href*='gap.svg']")).getAttribute("href");
		String svg = get(URI.create(svgHref).getPath());
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
		assertThat(doc.getElementsByTagName("path").getLength()).isEqualTo(2);
		assertThat(svg).contains("US demand and ROK offer in the talks toward SMA 11").contains("Dataset version");

		// CSV: the preamble, then exactly what the chart draws
		String csvHref = driver.findElement(By.cssSelector(".chart-downloads a[href*='gap-chart.csv']")).getAttribute("href");
		String csv = get(URI.create(csvHref).getPath());
		List<String> lines = csv.lines().toList();
		List<String> preamble = lines.stream().filter(l -> l.startsWith("#")).toList();
		assertThat(String.join("\n", preamble)).contains("US demand and ROK offer in the talks toward SMA 11")
			.contains("Source: SMA Tracker")
			.contains("Dataset version")
			.contains("/negotiations/11");
		List<String[]> rows = lines.stream().filter(l -> !l.startsWith("#")).skip(1).map(l -> l.split(",", -1)).toList();
		@SuppressWarnings("unchecked")
		List<List<Object>> drawn = (List<List<Object>>) driver.executeScript("""
				var d = window.smaCharts['gap-chart'].data.datasets;
				return d[0].data.map(function (p, i) { return [p.x, p.krw, d[1].data[i].krw]; });""");
		assertThat(rows).hasSameSizeAs(drawn);
		Number agreed = (Number) driver.executeScript("return window.smaCharts['gap-chart'].data.datasets[2].data[0].krw;");
		for (int i = 0; i < rows.size(); i++) {
			String[] row = rows.get(i);
			assertThat(row[0]).isEqualTo(drawn.get(i).get(0));
			assertSame(row[1], drawn.get(i).get(1));
			assertSame(row[3], drawn.get(i).get(2));
			assertSame(row[5], agreed);
		}
	}

	private static void assertSame(String cell, Object drawn) {
		if (drawn == null) {
			assertThat(cell).isEmpty();
		}
		else {
			assertThat(Double.parseDouble(cell)).isCloseTo(((Number) drawn).doubleValue(), within(1.0));
		}
	}

	@Test
	void citationBlockGivesAPermalinkWithSettingsAndVersion() {
		signOut();
		open("/negotiations/11?asOf=2020-06-30&official=true");
		driver.findElement(By.cssSelector("#cite summary")).click();
		String permalink = driver.findElement(By.cssSelector("#cite .cite-permalink")).getText();
		assertThat(permalink).contains("/negotiations/11?").contains("asOf=2020-06-30").contains("official=true").contains("version=");
		assertThat(driver.findElement(By.cssSelector("#cite .cite-text")).getText()).contains("SMA Tracker")
			.contains("Negotiation of the 11th SMA")
			.contains(permalink)
			.contains("Dataset version");
		assertThat(driver.findElement(By.cssSelector("#cite .cite-bibtex")).getText()).startsWith("@misc{")
			.contains("title = {Negotiation of the 11th SMA}")
			.contains("\\url{" + permalink + "}");
		// the settings survive the language switch too
		driver.findElement(By.cssSelector("a[hreflang='ko']")).click();
		assertThat(driver.getCurrentUrl()).contains("asOf=2020-06-30").contains("official=true").contains("lang=ko");
		signOut();
	}

	@Test
	void twelfthSmaSaysNoPositionsInsteadOfAnEmptyChart() {
		signOut();
		open("/negotiations/12");
		assertThat(driver.findElements(By.id("gap-chart"))).isEmpty();
		assertThat(driver.findElement(By.id("gap-empty")).getText()).contains("No positions recorded for these talks yet");
		assertThat(driver.findElement(By.cssSelector(".story")).getText())
			.contains("No positions have been recorded for these talks yet")
			.contains("₩1.52 trillion for 2026");
	}

	@Test
	void homeAndCompareChartsAndProjectedYears() {
		signOut();
		open("/");
		chartReady("home-contribution-chart");
		Number bars = (Number) driver.executeScript(
				"return window.smaCharts['home-contribution-chart'].data.labels.length;");
		assertThat(bars.intValue()).isEqualTo(java.time.LocalDate.now().getYear() - 1991 + 1);
		assertThat(driver.findElements(By.cssSelector(".first-year-amount"))).isNotEmpty();

		open("/compare?sma=10&sma=11&sma=12&currency=USD");
		chartReady("contribution-chart");
		assertThat(driver.findElement(By.id("cur-usd")).isSelected()).isTrue();
		String projected = (String) driver.executeScript(
				"return document.querySelector('#contribution-table tr[data-year=\"2028\"]').dataset.projected;");
		assertThat(projected).isEqualTo("true");
		Object value = driver.executeScript(
				"var c = window.smaCharts['contribution-chart']; return c.data.datasets[0].data[c.data.labels.indexOf('2028')];");
		assertThat(value).as("2028 is drawn, marked as projected").isNotNull();
		driver.findElement(By.cssSelector("label[for='cur-krw']")).click();
		assertThat(driver.getCurrentUrl()).contains("currency=KRW");
	}

	@Test
	void theEmbedShowsInsideAnotherOriginsIframeAndOtherPagesDoNot() throws Exception {
		signOut();
		HttpServer other = otherOrigin(Map.of("/", "/embed/negotiations/11/gap", "/plain", "/negotiations/11",
				"/contributions", "/embed/compare/contributions?currency=USD"));
		try {
			String host = "http://127.0.0.1:" + other.getAddress().getPort();
			driver.get(host + "/");
			driver.switchTo().frame("f");
			waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("gap-chart")));
			waiting().until(d -> driver.executeScript("return !!(window.smaCharts && window.smaCharts['gap-chart']);"));
			assertThat(driver.findElement(By.cssSelector(".embed-source")).getText()).contains("Source: SMA Tracker");
			assertThat(driver.findElement(By.cssSelector(".embed-source a")).getAttribute("href")).endsWith("/negotiations/11");
			driver.switchTo().defaultContent();

			// the contribution chart's embed, drawn in the currency its address asks for
			driver.get(host + "/contributions");
			driver.switchTo().frame("f");
			waiting().until(d -> driver.executeScript(
					"return !!(window.smaCharts && window.smaCharts['contribution-chart']);"));
			assertThat((String) driver.executeScript(
					"return window.smaCharts['contribution-chart'].data.datasets[0].label;")).isEqualTo("Million US dollars");
			assertThat(driver.findElement(By.cssSelector(".embed-source a")).getAttribute("href"))
				.endsWith("/compare?currency=USD");
			driver.switchTo().defaultContent();

			driver.get(host + "/plain");
			driver.switchTo().frame("f");
			// the ordinary pages keep refusing to be framed: the frame holds the browser's error page
			waiting().until(d -> "complete".equals(driver.executeScript("return document.readyState;")));
			assertThat(driver.findElements(By.cssSelector("main#main"))).isEmpty();
			assertThat((String) driver.executeScript("return document.location.href;")).doesNotContain("/negotiations/11");
			driver.switchTo().defaultContent();
		}
		finally {
			other.stop(0);
		}
	}

	/** Another site (another origin): each of its paths is a page holding one of ours in an iframe. */
	private HttpServer otherOrigin(Map<String, String> framed) throws IOException {
		HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		other.createContext("/", exchange -> {
			String path = framed.getOrDefault(exchange.getRequestURI().getPath(), "/");
			byte[] body = ("<!DOCTYPE html><html><body><iframe id='f' width='900' height='700' src='" + url(path)
					+ "'></iframe></body></html>").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		other.start();
		return other;
	}

	@Test
	void contributionChartDownloadsAreTheDataDrawnInTheCurrencyShown() throws Exception {
		signOut();
		open("/compare?sma=10&sma=11&sma=12&currency=USD");
		chartReady("contribution-chart");
		assertContributionDownloads("contribution-chart", "usd", 1e6);
		driver.findElement(By.cssSelector("label[for='cur-krw']")).click();
		assertContributionDownloads("contribution-chart", "krw", 1e12);

		open("/");
		chartReady("home-contribution-chart");
		assertContributionDownloads("home-contribution-chart", "krw", 1e12);
	}

	/** PNG decodes; SVG parses with a bar per drawn year; the CSV's rows are the chart's years and amounts. */
	private void assertContributionDownloads(String chartId, String currency, double unit) throws Exception {
		driver.executeScript("""
				window.__downloads = [];
				HTMLAnchorElement.prototype.click = function () { window.__downloads.push([this.download, this.href]); };""");
		driver.findElement(By.cssSelector("button[data-download-png='" + chartId + "']")).click();
		@SuppressWarnings("unchecked")
		List<List<String>> downloads = (List<List<String>>) driver.executeScript("return window.__downloads;");
		assertThat(downloads).hasSize(1);
		String dataUrl = downloads.get(0).get(1);
		var image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1))));
		assertThat(image.getWidth()).isGreaterThan(300);

		@SuppressWarnings("unchecked")
		List<List<Object>> drawn = (List<List<Object>>) driver.executeScript("var c = window.smaCharts['" + chartId + "'];"
				+ " return c.data.labels.map(function (y, i) { return [y, c.data.datasets[0].data[i]]; });");
		String csvHref = driver.findElement(By.cssSelector("a[data-chart-link='" + chartId + "'][href*='contributions.csv']"))
			.getAttribute("href");
		assertThat(csvHref).contains("currency=" + currency.toUpperCase());
		List<String> lines = get(URI.create(csvHref).getPath() + "?" + URI.create(csvHref).getQuery()).lines().toList();
		assertThat(String.join("\n", lines.stream().filter(l -> l.startsWith("#")).toList()))
			.contains("Korea's yearly contribution under the SMA, 1991–")
			.contains("Source: SMA Tracker")
			.contains("Dataset version");
		List<String[]> rows = lines.stream().filter(l -> !l.startsWith("#")).skip(1).map(l -> l.split(",", -1)).toList();
		assertThat(rows).hasSameSizeAs(drawn);
		int bars = 0;
		for (int i = 0; i < rows.size(); i++) {
			assertThat(rows.get(i)[0]).isEqualTo(drawn.get(i).get(0));
			Object value = drawn.get(i).get(1);
			assertSame(rows.get(i)[2], value == null ? null : ((Number) value).doubleValue() * unit);
			bars += value != null && ((Number) value).doubleValue() > 0 ? 1 : 0;
		}

		String svgHref = driver.findElement(By.cssSelector("a[data-chart-link='" + chartId + "'][href*='contributions.svg']"))
			.getAttribute("href");
		String svg = get(URI.create(svgHref).getPath() + "?" + URI.create(svgHref).getQuery());
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
		assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength()).isEqualTo(bars + 1);
	}

	@Test
	void changesListsAnEditWithoutUserNames() throws Exception {
		signOut();
		String code = "STORY" + System.nanoTime() % 100000;
		String auth = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/sources")))
			.header("Authorization", "Basic " + auth)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code
					+ "\",\"title\":\"A source added by the story test\",\"publisher\":\"Test desk\",\"publishedDate\":\"2024-01-02\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);
		waiting().until(d -> {
			open("/changes");
			return driver.findElement(By.tagName("main")).getText().contains(code);
		});
		WebElement row = driver.findElements(By.cssSelector(".changes-table tr.change"))
			.stream()
			.filter(r -> r.getText().contains(code))
			.findFirst()
			.orElseThrow();
		assertThat(row.getText()).contains("Created").contains("A source added by the story test");
		assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("admin");
		assertThat(get("/changes.csv")).contains(code).doesNotContain("admin");
		assertThat(get("/changes.atom")).contains(code).doesNotContain("<name>admin");
	}

	@Test
	void atPhoneWidthNothingScrollsSidewaysInEitherLanguage() {
		signOut();
		driver.manage().window().setSize(new Dimension(375, 800));
		for (String lang : List.of("en", "ko")) {
			for (String path : List.of("/", "/negotiations/11", "/negotiations/12", "/compare", "/changes",
					"/embed/negotiations/11/gap")) {
				open(path + "?lang=" + lang);
				Number inner = (Number) driver.executeScript("return window.innerWidth;");
				Number scroll = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
				assertThat(scroll.intValue()).as("page width of %s in %s at 375px", path, lang)
					.isLessThanOrEqualTo(inner.intValue());
				if (lang.equals("ko")) {
					assertThat(driver.executeScript("return getComputedStyle(document.querySelector('main')).wordBreak;"))
						.as("Korean breaks between words on %s", path)
						.isEqualTo("keep-all");
				}
			}
		}
		// a Korean sentence wraps only at spaces: no line of the summary ends inside a word
		open("/negotiations/11?lang=ko");
		Boolean midWord = (Boolean) driver.executeScript("""
				var p = document.querySelector('.story .lead');
				var walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT), node, range = document.createRange();
				while ((node = walker.nextNode())) {
				  for (var i = 1; i < node.length; i++) {
				    var a = node.data[i - 1], b = node.data[i];
				    if (/\\s/.test(a) || /\\s/.test(b)) { continue; }
				    range.setStart(node, i - 1); range.setEnd(node, i);
				    var r1 = range.getBoundingClientRect();
				    range.setStart(node, i); range.setEnd(node, i + 1);
				    var r2 = range.getBoundingClientRect();
				    if (r2.top > r1.top + 4 && /[가-힣]/.test(a) && /[가-힣]/.test(b)) { return true; }
				  }
				}
				return false;""");
		assertThat(midWord).as("a Korean word broken across lines in the summary").isFalse();
		signOut();
	}

	/**
	 * Between a phone and a laptop the header is either the menu button or every link in view: at a
	 * tablet's width the links once ran off the right edge, "Rates", "Export" and the language switch unreachable.
	 */
	@Test
	void atTabletWidthEveryHeaderLinkIsInViewOrBehindTheMenuButton() {
		signOut();
		for (int width : List.of(800, 900, 1024)) {
			driver.manage().window().setSize(new Dimension(width, 800));
			for (String lang : List.of("en", "ko")) {
				open("/changes?lang=" + lang);
				Number inner = (Number) driver.executeScript("return document.documentElement.clientWidth;");
				boolean menuButton = driver.findElement(By.cssSelector(".navbar-toggler")).isDisplayed();
				if (menuButton) {
					continue;
				}
				for (WebElement link : driver.findElements(By.cssSelector("nav.navbar a, nav.navbar button"))) {
					if (!link.isDisplayed()) {
						continue;
					}
					assertThat(link.getLocation().getX() + link.getSize().getWidth())
						.as("right edge of \"%s\" at %dpx in %s", link.getText(), width, lang)
						.isLessThanOrEqualTo(inner.intValue());
				}
			}
		}
		driver.manage().window().setSize(DESKTOP);
	}

	@Test
	void theHeaderFitsOneRowOnALaptopInBothLanguages() {
		signOut();
		driver.manage().window().setSize(new Dimension(1366, 900));
		for (String lang : List.of("en", "ko")) {
			open("/?lang=" + lang);
			List<Integer> middles = driver.findElements(By.cssSelector("#nav-main .nav-link, #nav-main form"))
				.stream()
				.map(e -> e.getLocation().getY() + e.getSize().getHeight() / 2)
				.toList();
			assertThat(middles).hasSizeGreaterThan(10);
			assertThat(middles.stream().mapToInt(Integer::intValue).max().getAsInt()
					- middles.stream().mapToInt(Integer::intValue).min().getAsInt())
				.as("header items on one row in %s", lang)
				.isLessThan(12);
			Number inner = (Number) driver.executeScript("return window.innerWidth;");
			Number scroll = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
			assertThat(scroll.intValue()).isLessThanOrEqualTo(inner.intValue());
		}
		signOut();
	}

}
