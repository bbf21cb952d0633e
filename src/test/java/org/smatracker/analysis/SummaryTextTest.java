package org.smatracker.analysis;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import org.smatracker.gap.WorkedExample;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked example's sentences as readers see them, in both languages, from the real message bundles. */
class SummaryTextTest {

	private static SummaryText text() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setAlwaysUseMessageFormat(true);
		return new SummaryText(messages);
	}

	private static String plain(String html) {
		return html.replaceAll("<[^>]+>", "");
	}

	@Test
	void englishSentencesRoundForReadingAndLinkEveryNumber() {
		List<String> html = text().sentences(WorkedExample.eleventhSma(), "", Locale.ENGLISH);
		assertThat(html).hasSize(3);
		assertThat(plain(html.get(0))).isEqualTo("The United States opened in October 2019 by asking for US$5 billion"
				+ " a year for 2020, about 5.7 times Korea's 2019 contribution of ₩1.04 trillion.");
		assertThat(plain(html.get(1)))
			.isEqualTo("Korea's first offer, reported in April 2020, was ₩1.14 trillion a year, +10% over what Korea paid in 2019.");
		assertThat(plain(html.get(2))).isEqualTo("The deal set ₩1.18 trillion for 2021, an increase of +13.9%: close to"
				+ " Korea's opening offer, only 0.9% of the way from it toward the US opening demand.");
		assertThat(html.get(0)).contains("href=\"#working-opening-demand\"")
			.contains("data-value=\"5000000000\"")
			.contains("title=\"Exact: US$5,000,000,000\"")
			.contains("href=\"#working-baseline\"");
		assertThat(html.get(2)).contains("href=\"#working-agreed\"")
			.contains("href=\"#working-increase\"")
			.contains("href=\"#working-settlement\" data-kind=\"SHARE\" data-value=\"0.00851\"")
			.contains("title=\"Settlement point (exact): 0.0085\"");
		// every number in the text is inside a link
		for (String sentence : html) {
			String outside = sentence.replaceAll("<a [^>]+>[^<]*</a>", "").replaceAll("(19|20)\\d\\d", "");
			assertThat(outside).doesNotContainPattern("\\d");
		}
	}

	@Test
	void koreanSentencesWriteJoAndEok() {
		List<String> html = text().sentences(WorkedExample.eleventhSma(), "", Locale.KOREAN);
		assertThat(plain(html.get(0))).contains("2019년 10월").contains("50억 달러").contains("약 5.7배").contains("1조 389억 원");
		assertThat(plain(html.get(1))).contains("2020년 4월").contains("1조 1,428억 원").contains("+10%");
		assertThat(plain(html.get(2))).contains("2021년 1조 1,833억 원").contains("+13.9%").contains("0.9%");
		assertThat(html.get(2)).contains("title=\"정확한 값: 1,183,300,000,000원\"");
	}

}
