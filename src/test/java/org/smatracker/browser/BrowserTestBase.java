package org.smatracker.browser;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.webjars.WebJarVersionLocator;

import org.smatracker.AppTest;

/**
 * The app on a random port and one headless Debian Chromium per test class, driven by Selenium.
 * Chromium and ChromeDriver come from the system (apt-get install chromium chromium-driver); their
 * paths are the system properties sma.chromium and sma.chromedriver. Every subclass shares the one
 * test configuration ({@link AppTest}), so the app starts once per run.
 */
@AppTest
abstract class BrowserTestBase {

	static final String PASSWORD = AppTest.ADMIN_PASSWORD;

	static final Dimension DESKTOP = new Dimension(1280, 900);

	static ChromeDriver driver;

	private static Path profileDir;

	private static String axeSource;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		profileDir = Files.createTempDirectory("sma-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("sma.chromium", "/usr/bin/chromium"));
		// As this machine needs them: no sandbox as root, no background calls to Google's hosts.
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-dev-shm-usage", "--user-data-dir=" + profileDir, "--window-size=1280,900", "--lang=en-US",
				"--hide-scrollbars");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("sma.chromedriver", "/usr/bin/chromedriver")))
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		emulateMedia("");
	}

	/**
	 * Emulates a CSS media type ("print", or "" for the screen). Always with reduced motion: Bootstrap
	 * scrolls smoothly otherwise, and a click would land while the page is still moving.
	 */
	static void emulateMedia(String media) {
		driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media, "features",
				List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
		if (profileDir != null) {
			try (Stream<Path> files = Files.walk(profileDir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void open(String path) {
		driver.get(url(path));
	}

	WebDriverWait waiting() {
		return new WebDriverWait(driver, Duration.ofSeconds(15));
	}

	boolean signedIn() {
		return !driver.findElements(By.cssSelector("form[action$='/logout']")).isEmpty();
	}

	/** Signs in as the admin the app creates on an empty users table (ADMIN and ANALYST). */
	void signIn() {
		open("/login");
		if (signedIn()) {
			return;
		}
		driver.findElement(By.id("username")).sendKeys("admin");
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action$='/logout']")));
	}

	/** Forgets the session and the language choice: the next page is seen signed out, in English. */
	void signOut() {
		if (driver.getCurrentUrl().startsWith("http://localhost:" + this.port)) {
			driver.manage().deleteAllCookies();
		}
		else {
			open("/login");
			driver.manage().deleteAllCookies();
		}
	}

	/**
	 * Runs axe-core on the current page and returns its violations of impact serious or critical (or
	 * those the system property axe.impacts lists, e.g. -Daxe.impacts=minor,moderate,serious,critical), each
	 * as "rule (impact): help — target :: summary". axe is injected through WebDriver, which the page's
	 * Content-Security-Policy does not govern, so the production policy stays as strict as it is.
	 */
	@SuppressWarnings("unchecked")
	List<String> axeViolations(String... impacts) {
		driver.executeScript(axeSource());
		Object result = driver.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				var impacts = arguments[0];
				axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
				  done(r.violations.filter(function (v) { return impacts.indexOf(v.impact) >= 0; }).map(function (v) {
				    return v.id + ' (' + v.impact + '): ' + v.help + ' -- ' + v.nodes.slice(0, 5).map(function (n) {
				      return n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\\s+/g, ' ');
				    }).join(' | ');
				  }));
				}).catch(function (e) { done(['axe failed: ' + e]); });
				""", List.of(impacts.length == 0 ? System.getProperty("axe.impacts", "serious,critical").split(",") : impacts));
		return (List<String>) result;
	}

	private static synchronized String axeSource() {
		if (axeSource == null) {
			String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
			if (path == null) {
				throw new IllegalStateException("axe-core WebJar not on the test classpath");
			}
			try (InputStream in = BrowserTestBase.class.getClassLoader().getResourceAsStream(path)) {
				axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return axeSource;
	}

}
