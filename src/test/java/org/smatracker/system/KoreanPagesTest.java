package org.smatracker.system;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import org.smatracker.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages asked for in Korean carry no English UI string: no English message text appears as an
 * element's text or an attribute's value. Amounts and dates are written the Korean way.
 */
@AppTest
class KoreanPagesTest {

	@Autowired
	MockMvc mvc;

	static final String[] PAGES = { "/", "/negotiations", "/negotiations/11", "/agreements", "/agreements/11",
			"/negotiators", "/sources", "/compare", "/export", "/search?q=kim", "/login", "/manage/import" };

	private static Properties load(String name) throws Exception {
		Properties p = new Properties();
		try (Reader r = new InputStreamReader(KoreanPagesTest.class.getResourceAsStream("/" + name),
				StandardCharsets.UTF_8)) {
			p.load(r);
		}
		return p;
	}

	private String korean(String url) throws Exception {
		return mvc.perform(get(url).header("Accept-Language", "ko").with(user("ana").roles("ANALYST", "ADMIN")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void koreanPagesHaveNoEnglishUiStrings() throws Exception {
		Properties en = load("messages.properties");
		Properties ko = load("messages_ko.properties");
		List<String> english = new ArrayList<>();
		for (String key : en.stringPropertyNames()) {
			String value = en.getProperty(key).replace("''", "'");
			// Whole texts only: those with arguments are checked by their fixed parts being translated (MessagesParityTest).
			if (value.contains("{") || !value.matches("(?s).*\\p{L}{3,}.*") || value.equals(ko.getProperty(key))) {
				continue;
			}
			english.add(value);
		}
		assertThat(english).hasSizeGreaterThan(200);
		for (String page : PAGES) {
			String html = korean(page);
			assertThat(html).as(page).contains("lang=\"ko\"");
			List<String> found = new ArrayList<>();
			for (String value : english) {
				String escaped = HtmlUtils.htmlEscape(value);
				boolean inAttribute = false;
				for (String attribute : new String[] { "title", "placeholder", "aria-label", "alt" }) {
					inAttribute |= html.contains(attribute + "=\"" + escaped + "\"");
				}
				if (inAttribute || html.contains(">" + escaped + "<") || html.contains(">" + value + "<")) {
					found.add(value);
				}
			}
			assertThat(found).as("English UI strings on " + page).isEmpty();
		}
	}

	@Test
	void amountsAndDatesAreWrittenTheKoreanWay() throws Exception {
		mvc.perform(get("/agreements/11").header("Accept-Language", "ko")).andExpect(status().isOk());
		String html = korean("/agreements/11");
		assertThat(html).containsPattern("1조 \\d{1,4}억 원").contains("2021. ");
		String english = mvc.perform(get("/agreements/11").header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).contains("₩1.").contains(" trillion");
	}

}
