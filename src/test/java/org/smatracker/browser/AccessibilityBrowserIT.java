package org.smatracker.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on every page, signed out and signed in: no serious or critical violation. Pages with
 * ids take the first record of their kind; "{round}" and the like are filled in from the database.
 */
class AccessibilityBrowserIT extends BrowserTestBase {

	@Autowired
	JdbcTemplate jdbc;

	private String resolve(String path) {
		return path.replace("{round}", first("rounds"))
			.replace("{position}", first("offers"))
			.replace("{negotiator}", first("negotiators"))
			.replace("{source}", first("sources"));
	}

	private String first(String table) {
		return String.valueOf(jdbc.queryForObject("select min(id) from " + table, Long.class));
	}

	private void check(String path) {
		open(resolve(path));
		assertThat(driver.findElements(By.tagName("main"))).as("page %s has a main landmark", path).isNotEmpty();
		assertThat(axeViolations()).as("serious or critical axe violations on %s", path).isEmpty();
	}

	/** The check itself works under the page's Content-Security-Policy: a broken image is reported. */
	@Test
	void axeRunsAndFindsAPlantedProblem() {
		signOut();
		open("/");
		driver.executeScript("var i = document.createElement('img'); i.src = 'data:,'; "
				+ "document.querySelector('main').appendChild(i);");
		assertThat(axeViolations("minor", "moderate", "serious", "critical")).anySatisfy(v -> assertThat(v).startsWith("image-alt"));
		System.out.println("axe.impacts=" + System.getProperty("axe.impacts"));
	}

	/** A form sent with mistakes: each error is tied to its field and announced. */
	@Test
	void aRoundFormWithErrors() {
		signIn();
		open("/manage/negotiations/11/rounds/new");
		driver.executeScript("document.getElementById('startDate').value = ''; "
				+ "document.getElementById('newSourceUrl').value = 'not a web address';");
		WebElement send = driver.findElement(By.cssSelector("main form button[type=submit]"));
		send.click();
		// The click does not wait for the answer: wait until the form that was sent has been replaced.
		waiting().until(ExpectedConditions.stalenessOf(send));
		assertThat(driver.findElements(By.cssSelector(".invalid-feedback"))).hasSizeGreaterThanOrEqualTo(2);
		assertThat(axeViolations()).isEmpty();
	}

	@ParameterizedTest(name = "in Korean: {0}")
	@ValueSource(strings = { "/", "/negotiations/11", "/negotiations/12", "/agreements/11", "/compare?sma=10&sma=11&sma=12",
			"/login", "/changes", "/embed/negotiations/11/gap", "/embed/contributions" })
	void inKorean(String path) {
		signOut();
		open(path + (path.contains("?") ? "&" : "?") + "lang=ko");
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");
		assertThat(axeViolations()).as("serious or critical axe violations on %s in Korean", path).isEmpty();
	}

	@ParameterizedTest(name = "signed out: {0}")
	@ValueSource(strings = { "/", "/?sma=11&party=US&order=asc", "/negotiations", "/negotiations/11",
			"/negotiations/1", "/agreements", "/agreements/11", "/agreements/12", "/negotiators",
			"/negotiators/{negotiator}", "/sources", "/sources/{source}", "/compare", "/compare?sma=10&sma=11&sma=12",
			"/login", "/login?error", "/negotiations/999", "/no-such-page", "/exchange-rates", "/export",
			"/search?q=seoul", "/negotiations/12", "/changes", "/embed/negotiations/11/gap",
			"/embed/negotiations/12/gap", "/compare?sma=10&sma=11&sma=12&currency=USD", "/embed/contributions",
			"/embed/compare/contributions?currency=USD" })
	void signedOut(String path) {
		signOut();
		check(path);
	}

	@ParameterizedTest(name = "signed in: {0}")
	@ValueSource(strings = { "/", "/negotiations", "/negotiations/11", "/agreements", "/agreements/11",
			"/negotiators", "/negotiators/{negotiator}", "/sources", "/sources/{source}", "/compare?sma=10&sma=11&sma=12",
			"/manage/negotiations/11/rounds/new", "/manage/rounds/{round}/edit", "/manage/negotiations/11/positions/new",
			"/manage/positions/{position}/edit", "/manage/negotiators/new", "/manage/negotiators/{negotiator}/edit",
			"/manage/negotiations/new", "/manage/negotiations/11/edit", "/manage/sources/new",
			"/manage/sources/{source}/edit", "/manage/history/round/{round}", "/manage/history/position/{position}",
			"/admin/users", "/admin/deleted", "/negotiations/999", "/exchange-rates", "/manage/exchange-rates/new",
			"/manage/agreements/new", "/manage/agreements/11/edit", "/manage/history/agreement/11", "/manage/import",
			"/search?q=seoul", "/changes" })
	void signedIn(String path) {
		signIn();
		check(path);
	}

}
