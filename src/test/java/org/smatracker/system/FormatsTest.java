package org.smatracker.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates are written as the language's medium format writes them, with its pattern looked up once. */
class FormatsTest {

	private final Formats formats = new Formats(new StaticMessageSource());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void datesAreTheLanguagesMediumFormat() {
		for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN, Locale.US, Locale.UK, Locale.KOREA)) {
			LocaleContextHolder.setLocale(locale);
			DateTimeFormatter expected = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
			for (LocalDate date = LocalDate.of(1991, 1, 25); date.getYear() <= 2030; date = date.plusDays(37)) {
				assertThat(formats.date(date)).as("%s in %s", date, locale).isEqualTo(expected.format(date));
			}
		}
		LocaleContextHolder.setLocale(Locale.KOREAN);
		assertThat(formats.date(LocalDate.of(2024, 11, 4))).contains("2024").contains("11").contains("4");
		assertThat(formats.date(null)).isEqualTo("—");
	}

	@Test
	void anyNumberOfLanguagesIsWrittenRightThoughFewAreKept() {
		LocalDate day = LocalDate.of(2021, 4, 8);
		for (Locale locale : Locale.getAvailableLocales()) {
			LocaleContextHolder.setLocale(locale);
			assertThat(formats.date(day)).as("in %s", locale)
				.isEqualTo(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day));
		}
	}

	@Test
	void aMeetingOfOneDayIsOneDate() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		LocalDate day = LocalDate.of(2019, 9, 24);
		assertThat(formats.span(day, day)).isEqualTo(formats.date(day));
		assertThat(formats.span(day, day.plusDays(1))).isEqualTo(formats.date(day) + " – " + formats.date(day.plusDays(1)));
	}

	@Test
	void anAmountInTheHistoryIsGroupedAndNothingElse() {
		assertThat(formats.figure("5000000000.0000")).isEqualTo("5,000,000,000");
		assertThat(formats.figure("4900000000")).isEqualTo("4,900,000,000");
		assertThat(formats.figure("1389000000000.5")).isEqualTo("1,389,000,000,000.5");
		assertThat(formats.figure("-12345")).isEqualTo("-12,345");
		for (String kept : new String[] { "2020", "1180.5", "11", "2019-10-18", "JA191021, YNA191018", "US", "", "1e10",
				"12345 won" }) {
			assertThat(formats.figure(kept)).as(kept).isEqualTo(kept);
		}
		assertThat(formats.figure(null)).isNull();
	}

}
