package org.smatracker.browser;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person does with the app in a real browser: browse, filter, read a chart, sign in, write. */
class FlowsBrowserIT extends BrowserTestBase {

	@AfterEach
	void restore() {
		driver.manage().window().setSize(DESKTOP);
		emulateMedia("");
	}

	private List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	private WebElement one(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	@Test
	void timelineLoadsAndFilters() {
		signOut();
		open("/");
		assertThat(one("h1").getText()).isNotBlank();
		int everything = all(".timeline-event").size();
		assertThat(everything).isGreaterThan(20);

		new Select(one("#sma")).selectByValue("11");
		new Select(one("#party")).selectByValue("US");
		one(".filter-form button[type=submit]").click();
		waiting().until(ExpectedConditions.urlContains("sma=11"));

		assertThat(driver.getCurrentUrl()).contains("party=US");
		List<WebElement> events = all(".timeline-event");
		assertThat(events).isNotEmpty().hasSizeLessThan(everything);
		assertThat(all(".timeline-event .event-title a"))
			.allSatisfy(a -> assertThat(a.getAttribute("href")).containsPattern("/(agreements|negotiations)/11\\b"));
		assertThat(all(".timeline-event .party-us")).isNotEmpty();
		assertThat(all(".timeline-event .party-rok")).isEmpty();
	}

	@Test
	void negotiationChartIsDrawnAndWorkingsExpand() {
		open("/negotiations/11");
		WebElement canvas = waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("canvas#gap-chart")));
		Number painted = (Number) driver.executeScript("""
				var c = arguments[0], data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;
				for (var i = 3; i < data.length; i += 4) { if (data[i] > 0) { n++; } }
				return n;""", canvas);
		assertThat(painted.intValue()).as("painted pixels on the gap chart").isGreaterThan(2000);
		Number datasets = (Number) driver.executeScript("return Chart.getChart(arguments[0]).data.datasets.length;",
				canvas);
		assertThat(datasets.intValue()).isGreaterThanOrEqualTo(2);
		// The chart has a text alternative: a name, and a description pointing at the table of the same numbers.
		assertThat(canvas.getAttribute("aria-label")).isNotBlank();
		assertThat(one("#" + canvas.getAttribute("aria-describedby")).getText()).isNotBlank();

		WebElement working = one("#gap details.working");
		WebElement line = working.findElement(By.tagName("p"));
		assertThat(working.getAttribute("open")).isNull();
		assertThat(line.isDisplayed()).isFalse();
		working.findElement(By.tagName("summary")).click();
		assertThat(working.getAttribute("open")).isNotNull();
		assertThat(line.isDisplayed()).isTrue();
		assertThat(line.getText()).isNotBlank();
	}

	@Test
	void signInAddARoundAndSeeItOnTheTimeline() {
		signOut();
		signIn();
		assertThat(one("header").getText()).contains("admin");

		open("/negotiations/11");
		one("a[href$='/manage/negotiations/11/rounds/new']").click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("roundNumber")));
		one("#roundNumber").sendKeys("42");
		new Select(one("#kind")).selectByValue("WORKING_LEVEL");
		setDate("#startDate", "2020-07-14");
		one("#city").sendKeys("Jeju");
		one("#country").sendKeys("South Korea");
		new Select(one("#outcome")).selectByValue("STALLED");
		one("#summary").sendKeys("Browser-test round on the island");
		pickSource("#sourceIds");
		one("main form button[type=submit]").click();
		waiting().until(ExpectedConditions.or(ExpectedConditions.urlMatches("/negotiations/11(#.*)?$"),
				ExpectedConditions.presenceOfElementLocated(By.id("form-errors"))));
		assertThat(all(".invalid-feedback, #form-errors")).extracting(WebElement::getText).as("form errors").isEmpty();
		assertThat(one("[role=status]").getText()).isNotBlank();

		open("/?sma=11");
		WebElement event = all(".timeline-event").stream()
			.filter(e -> e.getText().contains("Browser-test round on the island"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the new round is not on the timeline"));
		assertThat(event.getText()).contains("Jeju");

		// Put the record back as it was (the delete is recoverable, and shows on /admin/deleted).
		open("/negotiations/11");
		WebElement row = all(".rounds-table tbody tr").stream()
			.filter(r -> r.getText().contains("Jeju"))
			.findFirst()
			.orElseThrow();
		row.findElement(By.cssSelector("a[href*='/delete']")).click();
		// A confirmation page first; deleting happens on its button.
		waiting().until(ExpectedConditions.urlContains("/delete"));
		one("main form button[type=submit]").click();
		waiting().until(ExpectedConditions.urlMatches("/negotiations/11(#.*)?$"));
		open("/?sma=11");
		assertThat(one("main").getText()).doesNotContain("Browser-test round on the island");
	}

	/** Picks the first source through the type-to-search field, typing the start of its code. */
	static void pickSource(String selectCss) {
		String code = (String) driver.executeScript(
				"return document.querySelector(arguments[0] + ' option').textContent.split(' · ')[0];", selectCss);
		driver.findElement(By.cssSelector(selectCss + "-search")).sendKeys(code);
		driver.findElement(By.cssSelector(".source-matches button")).click();
		assertThat(driver.findElements(By.cssSelector(".source-chips li"))).hasSize(1);
	}

	private void setDate(String css, String isoDate) {
		// A date field takes typed digits in the browser's own order; setting the value is the same input.
		driver.executeScript("arguments[0].value = arguments[1];", one(css), isoDate);
	}

	@Test
	void aValidationErrorShowsNextToItsField() {
		signIn();
		open("/manage/negotiations/11/rounds/new");
		setDate("#startDate", "");
		one("main form button[type=submit]").click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("form-errors")));

		assertThat(one("#form-errors").getAttribute("role")).isEqualTo("alert");
		assertThat(driver.switchTo().activeElement().getAttribute("id")).as("focus is on the error summary")
			.isEqualTo("form-errors");
		WebElement field = one("#startDate");
		assertThat(field.getAttribute("class")).contains("is-invalid");
		assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
		WebElement error = one("#" + field.getAttribute("aria-describedby"));
		assertThat(error.getAttribute("class")).contains("invalid-feedback");
		assertThat(error.isDisplayed()).isTrue();
		assertThat(error.getText()).isNotBlank();
		// next to its field: in the same form group, just below it
		assertThat(error.findElement(By.xpath("..")).getAttribute("outerHTML")).contains("id=\"startDate\"");
		assertThat(error.getLocation().getY()).isGreaterThan(field.getLocation().getY());
		// the other fields keep what was typed and are not marked
		assertThat(one("#city").getAttribute("aria-invalid")).isEqualTo("false");
	}

	@Test
	void anEditedRoundShowsItsDatesInTheDateFields() {
		signIn();
		open("/negotiations/11");
		one(".rounds-table a[href*='/manage/rounds/']").click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("startDate")));
		assertThat(one("#startDate").getAttribute("value")).matches("\\d{4}-\\d{2}-\\d{2}");
	}

	@Test
	void theKoreanSwitchChangesThePage() {
		signOut();
		open("/negotiations");
		String english = one("h1").getText();
		assertThat(one("html").getAttribute("lang")).isEqualTo("en");
		one("a[hreflang=ko]").click();
		waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ko"));
		assertThat(one("h1").getText()).isNotEqualTo(english).containsPattern("\\p{IsHangul}");
		open("/agreements");
		assertThat(one("html").getAttribute("lang")).as("the choice is remembered").isEqualTo("ko");
		one("a[hreflang=en]").click();
		waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
	}

	@Test
	void theComparisonPageComparesThreeAgreements() {
		signOut();
		open("/compare");
		for (WebElement box : all(".compare-form input[type=checkbox]")) {
			boolean wanted = List.of("10", "11", "12").contains(box.getAttribute("value"));
			if (box.isSelected() != wanted) {
				box.click();
			}
		}
		one(".compare-form button[type=submit]").click();
		waiting().until(ExpectedConditions.urlContains("sma=12"));
		List<WebElement> columns = all(".compare-table thead th a");
		assertThat(columns).extracting(a -> a.getAttribute("href"))
			.hasSize(3)
			.anySatisfy(h -> assertThat(h).endsWith("/agreements/10"))
			.anySatisfy(h -> assertThat(h).endsWith("/agreements/11"))
			.anySatisfy(h -> assertThat(h).endsWith("/agreements/12"));
		assertThat(all(".compare-table tbody tr")).allSatisfy(r -> assertThat(r.findElements(By.tagName("td"))).hasSize(3));
	}

	@Test
	void atPhoneWidthNothingOverflowsAndTheTimelineIsOneColumn() {
		signIn();
		driver.manage().window().setSize(new Dimension(375, 800));
		for (String path : List.of("/", "/negotiations", "/negotiations/11", "/agreements", "/agreements/11",
				"/negotiators", "/sources", "/compare?sma=10&sma=11&sma=12", "/login",
				"/manage/negotiations/11/rounds/new", "/admin/users", "/admin/deleted")) {
			open(path);
			Number inner = (Number) driver.executeScript("return window.innerWidth;");
			Number scroll = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
			assertThat(scroll.intValue()).as("page width of %s at 375px", path).isLessThanOrEqualTo(inner.intValue());
			for (WebElement table : all("main table")) {
				assertThat(table.findElement(By.xpath("ancestor::*[contains(@class,'table-responsive')]")))
					.as("a table on %s scrolls in its own box", path)
					.isNotNull();
			}
		}
		open("/");
		// the menu folds behind a button that opens it
		WebElement menu = one("#nav-main");
		assertThat(menu.isDisplayed()).isFalse();
		one(".navbar-toggler").click();
		waiting().until(ExpectedConditions.visibilityOf(menu));
		assertThat(one(".navbar-toggler").getAttribute("aria-expanded")).isEqualTo("true");
		// one column: the filters stack, and every event is as wide as the timeline
		assertThat(one("#party").getLocation().getX()).isEqualTo(one("#sma").getLocation().getX());
		assertThat(one("#party").getLocation().getY()).isGreaterThan(one("#sma").getLocation().getY());
		WebElement list = one("ol.timeline");
		assertThat(all(".timeline-event").subList(0, 5))
			.allSatisfy(e -> assertThat(e.getSize().getWidth()).isGreaterThan(list.getSize().getWidth() - 40));
	}

	@Test
	void printingANegotiationDropsTheNavigationAndKeepsTheChart() {
		signIn();
		open("/negotiations/11");
		emulateMedia("print");
		assertThat((Boolean) driver.executeScript("return matchMedia('print').matches;")).isTrue();
		assertThat(one("header nav").isDisplayed()).isFalse();
		assertThat(one("footer").isDisplayed()).isFalse();
		assertThat(all("main form")).allSatisfy(f -> assertThat(f.isDisplayed()).isFalse());
		assertThat(all("main .btn")).allSatisfy(b -> assertThat(b.isDisplayed()).isFalse());
		assertThat(one("canvas#gap-chart").isDisplayed()).isTrue();
		assertThat(one("#gap-table").isDisplayed()).isTrue();
		assertThat(one("#gap-table tbody tr").getCssValue("break-inside")).isEqualTo("avoid");
		assertThat(one("#gap details.working:not([open])").isDisplayed()).as("closed workings are not printed").isFalse();

		open("/compare?sma=10&sma=11&sma=12");
		emulateMedia("print");
		assertThat(one("header nav").isDisplayed()).isFalse();
		assertThat(one(".compare-form").isDisplayed()).isFalse();
		assertThat(one("canvas#contribution-chart").isDisplayed()).isTrue();
		assertThat(one(".compare-table").isDisplayed()).isTrue();
	}

	@Test
	void theKeyboardReachesTheMainContentFirst() {
		signOut();
		open("/negotiations/11");
		driver.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
		WebElement skip = driver.switchTo().activeElement();
		assertThat(skip.getAttribute("href")).endsWith("#main");
		assertThat(skip.isDisplayed()).as("the skip link shows when focused").isTrue();
		assertThat(skip.getCssValue("outline-style")).isNotEqualTo("none");
		skip.sendKeys(org.openqa.selenium.Keys.ENTER);
		assertThat(driver.getCurrentUrl()).endsWith("#main");

		// a working opens from the keyboard
		WebElement working = one("#gap details.working");
		working.findElement(By.tagName("summary")).sendKeys(org.openqa.selenium.Keys.ENTER);
		assertThat(working.getAttribute("open")).isNotNull();
	}

}
