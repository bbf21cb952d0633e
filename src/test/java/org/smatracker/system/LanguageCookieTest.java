package org.smatracker.system;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.smatracker.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The language cookie is read as it is written: English or Korean. A cookie naming another language
 * (set by hand or by another site's script) gives the English page, marked and dated in English, not
 * an English page with French dates marked lang="fr".
 */
@AppTest
class LanguageCookieTest {

	@Autowired
	MockMvc mvc;

	private String page(String cookie) throws Exception {
		return mvc.perform(get("/negotiations/11").cookie(new Cookie("sma-lang", cookie)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void anotherLanguageInTheCookieGivesTheEnglishPage() throws Exception {
		String english = page("en");
		for (String other : new String[] { "fr_FR", "de", "xx_YY_abc" }) {
			String html = page(other);
			assertThat(html).as(other).contains("<html lang=\"en\"").contains("Negotiation of the 11th SMA");
			// the dates are the English page's: "Apr 8, 2021", not "8 avr. 2021" or "08.04.2021"
			assertThat(html).as(other).contains("Apr 8, 2021").doesNotContain("avr.").doesNotContain("08.04.2021");
		}
		assertThat(english).contains("<html lang=\"en\"").contains("Apr 8, 2021");
	}

	@Test
	void aCookieThatNamesNoLanguageGivesTheEnglishPage() throws Exception {
		for (String broken : new String[] { "%%%", "_", "!!", "en__x!" }) {
			var answer = mvc.perform(get("/negotiations/11").cookie(new Cookie("sma-lang", broken))).andReturn().getResponse();
			assertThat(answer.getStatus()).as(broken).isEqualTo(200);
			assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).as(broken)
				.contains("<html lang=\"en\"")
				.contains("Apr 8, 2021");
		}
	}

	@Test
	void aSwitchWritesThePageItAnswersInTheNewLanguage() throws Exception {
		// no cookie yet: the switch sets the language while the request is under way
		String html = mvc.perform(get("/negotiations/11?lang=ko").header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// the layout's strings, the page's own title and its dates, all Korean
		assertThat(html).contains("<html lang=\"ko\"").contains("연대표").contains("제11차 SMA 협상")
			.contains("2021. 4. 8.").doesNotContain("Negotiation of the 11th SMA").doesNotContain("Apr 8, 2021");
	}

	@Test
	void koreanInTheCookieGivesTheKoreanPage() throws Exception {
		for (String korean : new String[] { "ko", "ko_KR" }) {
			assertThat(page(korean)).as(korean).contains("<html lang=\"ko\"").contains("제11차 SMA");
		}
	}

}
