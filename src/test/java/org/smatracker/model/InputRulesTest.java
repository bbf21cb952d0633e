package org.smatracker.model;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InputRulesTest {

	@Test
	void textMayHoldLineBreaksTabsAndAnyScriptButNoControlCharacters() {
		assertThat(InputRules.isPlainText("line one\nline two\r\n\tindented")).isTrue();
		assertThat(InputRules.isPlainText("방위비 분담금 — \u05E9\u05DC\u05D5\u05DD \u202Eabc ab\u200Bc 😀")).isTrue();
		assertThat(InputRules.isPlainText("nul\u0000")).isFalse();
		assertThat(InputRules.isPlainText("escape\u001b[31m")).isFalse();
		assertThat(InputRules.isPlainText("delete\u007f")).isFalse();
		assertThat(InputRules.isPlainText("c1\u0085")).isFalse();
		assertThat(InputRules.isPlainText("lone \uD83D surrogate")).isFalse();
		assertThat(InputRules.isPlainText("\uFFFF")).isFalse();
	}

	@Test
	void controlCharactersAreLeftOutForXmlAndTheRestKept() {
		assertThat(InputRules.withoutControlCharacters("a\u0000b\u0007c\nd 😀")).isEqualTo("abc\nd 😀");
		assertThat(InputRules.withoutControlCharacters(null)).isNull();
	}

	@Test
	void datesFrom1950To2100() {
		assertThat(InputRules.isPlausibleDate(LocalDate.of(1950, 1, 1))).isTrue();
		assertThat(InputRules.isPlausibleDate(LocalDate.of(2100, 12, 31))).isTrue();
		assertThat(InputRules.isPlausibleDate(LocalDate.of(1949, 12, 31))).isFalse();
		assertThat(InputRules.isPlausibleDate(LocalDate.of(9999, 12, 31))).isFalse();
		assertThat(InputRules.isPlausibleDate(LocalDate.of(10000, 1, 1))).isFalse();
	}

}
