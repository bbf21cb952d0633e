package org.smatracker.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The header's language links keep the address's query: a switch does not lose what the page shows. */
class LayoutModelTest {

	@Test
	void aPageWithoutAQueryLinksToTheLanguageAlone() {
		assertThat(LayoutModel.languageLink(null, "ko")).isEqualTo("?lang=ko");
		assertThat(LayoutModel.languageLink("", "en")).isEqualTo("?lang=en");
	}

	@Test
	void theQueryIsKeptAndTheLanguageReplaced() {
		assertThat(LayoutModel.languageLink("sma=5&sma=6", "ko")).isEqualTo("?sma=5&sma=6&lang=ko");
		assertThat(LayoutModel.languageLink("lang=ko&q=a%20b", "en")).isEqualTo("?q=a%20b&lang=en");
		assertThat(LayoutModel.languageLink("q=x&&lang=en&lang=ko&language=1&lang", "ko"))
			.isEqualTo("?q=x&language=1&lang=ko");
	}

}
