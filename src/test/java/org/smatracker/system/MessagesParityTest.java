package org.smatracker.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every English string has a Korean one, and the Korean file has no keys the English lacks. */
class MessagesParityTest {

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(MessagesParityTest.class.getResourceAsStream("/" + name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	/**
	 * Every message goes through MessageFormat (spring.messages.always-use-message-format), where a lone
	 * apostrophe starts a quote and vanishes: "agreement's" showed as "agreements". Write it twice.
	 */
	@Test
	void noMessageHasALoneApostrophe() throws IOException {
		for (String file : new String[] { "messages.properties", "messages_ko.properties" }) {
			Properties messages = load(file);
			assertThat(messages.stringPropertyNames())
				.as(file)
				.filteredOn(key -> messages.getProperty(key).replace("''", "").contains("'"))
				.isEmpty();
		}
	}

	@Test
	void englishAndKoreanHaveTheSameKeys() throws IOException {
		Properties en = load("messages.properties");
		Properties ko = load("messages_ko.properties");
		assertThat(ko.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
	}

	@Test
	void koreanValuesAreTranslatedNotCopied() throws IOException {
		Properties en = load("messages.properties");
		Properties ko = load("messages_ko.properties");
		// Only values with words need translating: pure formulas such as "{0} × {1} = {2}" read the same.
		assertThat(en.stringPropertyNames())
			.filteredOn(key -> en.getProperty(key).matches("(?s).*\\p{L}.*") && en.getProperty(key).equals(ko.getProperty(key)))
			.isEmpty();
	}

}
