package org.smatracker.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyst's shortcuts in a real browser: a position recorded from a news article with the
 * amount read back as it is typed, and a delete that asks first.
 */
class EditingBrowserIT extends BrowserTestBase {

	private WebElement one(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	private List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	@Test
	void aPositionFromAnArticleThenDeletedAfterConfirming() {
		signIn();
		open("/negotiations/11");
		one("a[href$='/manage/negotiations/11/articles/new']").click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("source-url")));
		one("#source-url").sendKeys("https://example.org/browser-test/article");
		one("#source-title").sendKeys("Browser-test article on the talks");
		one("#source-publisher").sendKeys("Example News");
		driver.executeScript("arguments[0].value = '2020-03-20';", one("#source-publishedDate"));
		one("#source-quoteOrNote").sendKeys("Washington asked for about US$1.3 billion, officials said.");
		new Select(one("#position-party")).selectByValue("US");
		new Select(one("#position-kind")).selectByValue("DEMAND");
		one("#position-appliesToYear").sendKeys("2020");
		one("#position-amount").sendKeys("US$1.3 billion");
		// The server's reading, shown while typing.
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("position-amount-preview"),
				"= US$1,300,000,000"));
		one("main form button[type=submit]").click();
		waiting().until(ExpectedConditions.or(ExpectedConditions.urlMatches("/negotiations/11(#.*)?$"),
				ExpectedConditions.presenceOfElementLocated(By.id("form-errors"))));
		assertThat(all(".invalid-feedback")).extracting(WebElement::getText).as("form errors").isEmpty();
		assertThat(one("[role=status]").getText()).contains("article");

		WebElement row = all(".positions-table tbody tr").stream()
			.filter(r -> r.getText().contains("Washington asked for about US$1.3 billion"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the new position is not on the page"));
		assertThat(row.getText()).contains("US$1.3 billion");
		row.findElement(By.cssSelector("a[href*='/delete']")).click();
		waiting().until(ExpectedConditions.urlContains("/delete"));
		assertThat(one("h1").getText()).startsWith("Delete the US Demand");
		// Cancel keeps it; the button deletes it.
		one("main a.btn-link").click();
		waiting().until(ExpectedConditions.urlContains("/negotiations/11"));
		assertThat(one("main").getText()).contains("Washington asked for about US$1.3 billion");
		all(".positions-table tbody tr").stream()
			.filter(r -> r.getText().contains("Washington asked for about US$1.3 billion"))
			.findFirst()
			.orElseThrow()
			.findElement(By.cssSelector("a[href*='/delete']"))
			.click();
		waiting().until(ExpectedConditions.urlContains("/delete"));
		one("main form button[type=submit]").click();
		waiting().until(ExpectedConditions.urlMatches("/negotiations/11(#.*)?$"));
		assertThat(one("main").getText()).doesNotContain("Washington asked for about US$1.3 billion");
	}

	@Test
	void theSourceFieldFindsSourcesByWhatIsTyped() {
		signIn();
		open("/manage/negotiations/11/positions/new");
		assertThat(one("#sourceIds").isDisplayed()).as("the list gives way to the search field").isFalse();
		FlowsBrowserIT.pickSource("#sourceIds");
		one(".source-chips button").click();
		assertThat(all(".source-chips li")).isEmpty();
		assertThat(one(".source-add").getAttribute("href")).endsWith("/manage/negotiations/11/articles/new");
	}

}
