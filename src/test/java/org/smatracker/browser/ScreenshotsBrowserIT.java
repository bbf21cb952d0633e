package org.smatracker.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's screenshots, saved to docs/images/ only on demand:
 * {@code ./mvnw verify -Pbrowser -Dit.test=ScreenshotsBrowserIT -Dscreenshots=true}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
class ScreenshotsBrowserIT extends BrowserTestBase {

	private Path dir;

	@BeforeEach
	void prepare() throws IOException {
		this.dir = Path.of(System.getProperty("screenshots.dir", "docs/images"));
		Files.createDirectories(this.dir);
		driver.manage().window().setSize(DESKTOP);
	}

	private void save(String name, byte[] png) throws IOException {
		assertThat(png).isNotEmpty();
		Files.write(this.dir.resolve(name), png);
	}

	private void page(String name) throws IOException {
		save(name, driver.getScreenshotAs(OutputType.BYTES));
	}

	private void element(String name, String css) throws IOException {
		WebElement element = driver.findElement(By.cssSelector(css));
		driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
		save(name, element.getScreenshotAs(OutputType.BYTES));
	}

	@Test
	void timeline() throws IOException {
		signOut();
		open("/?sma=11");
		page("timeline.png");
		driver.manage().window().setSize(new Dimension(375, 800));
		open("/?sma=11");
		page("timeline-phone.png");
	}

	@Test
	void negotiationGapChart() throws IOException {
		signOut();
		driver.manage().window().setSize(new Dimension(1280, 1000));
		open("/negotiations/11");
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("gap-chart")));
		element("negotiation-11-gap.png", "figure.gap-chart");
	}

	@Test
	void negotiationStory() throws IOException {
		signOut();
		driver.manage().window().setSize(new Dimension(1280, 900));
		open("/negotiations/11");
		page("negotiation-11.png");
		driver.manage().window().setSize(new Dimension(375, 800));
		open("/negotiations/11?lang=ko");
		page("negotiation-11-ko-phone.png");
		signOut();
	}

	@Test
	void comparison() throws IOException {
		signOut();
		driver.manage().window().setSize(new Dimension(1280, 1200));
		open("/compare?sma=10&sma=11&sma=12");
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("contribution-chart")));
		page("compare.png");
	}

	@Test
	void roundForm() throws IOException {
		signIn();
		driver.manage().window().setSize(new Dimension(1280, 1000));
		open("/manage/negotiations/11/rounds/new");
		page("round-form.png");
	}

	/** Not for the README: the negotiation and comparison as Chromium prints them (kept to look at), checked. */
	@Test
	void printed() throws IOException {
		signIn();
		for (String path : new String[] { "/negotiations/11", "/compare?sma=10&sma=11&sma=12" }) {
			open(path);
			Map<String, Object> pdf = driver.executeCdpCommand("Page.printToPDF", Map.of("printBackground", true));
			String name = "print-" + path.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + ".pdf";
			byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
			String text = new String(bytes, StandardCharsets.ISO_8859_1);
			assertThat(text).as("%s printed as a PDF", path).startsWith("%PDF-");
			assertThat(text).as("%s: at least one page", path).containsPattern("/Type\\s*/Page\\b");
			Path target = Path.of("target", name);
			Files.createDirectories(target.getParent());
			Files.write(target, bytes);
			// The print style sheet: the page's chrome goes, the content stays.
			driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
			try {
				assertThat(driver.findElement(By.tagName("header")).isDisplayed()).as("%s: header in print", path)
					.isFalse();
				assertThat(driver.findElement(By.tagName("main")).isDisplayed()).as("%s: content in print", path)
					.isTrue();
			}
			finally {
				driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
			}
		}
	}

}
