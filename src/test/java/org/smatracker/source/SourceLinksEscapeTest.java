package org.smatracker.source;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Source links escape as Spring's UTF-8 escape does, faster: the same text out for any text in. */
class SourceLinksEscapeTest {

	@Test
	void escapesTheFiveCharactersHtmlGivesAMeaningTo() {
		assertThat(SourceLinks.escape("<a href=\"x\">Tom & Jerry's</a>"))
			.isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
		assertThat(SourceLinks.escape("방위비 분담금 … 5조 원 é")).isEqualTo("방위비 분담금 … 5조 원 é");
		assertThat(SourceLinks.escape("")).isEmpty();
	}

	@Test
	void textWithNothingToEscapeIsReturnedAsItIs() {
		String text = "Joongang Ilbo (JoongAng Daily)";
		assertThat(SourceLinks.escape(text)).isSameAs(text);
	}

	@Test
	void givesWhatSpringsUtf8EscapeGivesForAnyText() {
		String alphabet = "&<>\"'a Z0…é방위 \u00a0\t\n;#/=\uD83D\uDE00";
		Random random = new Random(17);
		for (int n = 0; n < 2_000; n++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(40); i > 0; i--) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			assertThat(SourceLinks.escape(text.toString())).as(text.toString())
				.isEqualTo(HtmlUtils.htmlEscape(text.toString(), "UTF-8"));
		}
	}

}
