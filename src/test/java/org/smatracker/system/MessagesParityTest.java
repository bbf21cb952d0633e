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
		// Values that are the same in both languages by nature: the ordinal suffixes are empty in Korean.
		assertThat(en.stringPropertyNames())
			.filteredOn(key -> !en.getProperty(key).isEmpty() && en.getProperty(key).equals(ko.getProperty(key)))
			.isEmpty();
	}

}
