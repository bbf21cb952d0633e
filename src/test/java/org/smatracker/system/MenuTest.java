package org.smatracker.system;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class MenuTest {

	private final Menu menu = new Menu(messages());

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		for (String item : List.of("timeline", "negotiations", "agreements", "negotiators", "compare", "sources",
				"rates", "export")) {
			messages.addMessage("nav." + item, Locale.ENGLISH, item + "-en");
			messages.addMessage("nav." + item, Locale.KOREAN, item + "-ko");
		}
		return messages;
	}

	@Test
	void marksTheCurrentPageAndWritesTheLabelsInTheReadersLanguage() {
		List<Menu.Link> links = menu.links("rates", Locale.ENGLISH);
		assertThat(links).extracting(Menu.Link::href)
			.containsExactly("/", "/negotiations", "/agreements", "/negotiators", "/compare", "/sources",
					"/exchange-rates", "/export");
		assertThat(links).filteredOn(l -> l.current() != null)
			.containsExactly(new Menu.Link("/exchange-rates", "rates-en", "nav-link active", "page"));
		assertThat(links.get(0)).isEqualTo(new Menu.Link("/", "timeline-en", "nav-link", null));
		assertThat(menu.links("none", Locale.KOREAN)).extracting(Menu.Link::label).first().isEqualTo("timeline-ko");
		assertThat(menu.links("none", Locale.KOREAN)).allSatisfy(l -> assertThat(l.css()).isEqualTo("nav-link"));
	}

}
