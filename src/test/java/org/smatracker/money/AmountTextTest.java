package org.smatracker.money;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.smatracker.money.AmountText.Kind;
import org.smatracker.money.AmountText.Parsed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

/** Amounts as articles and analysts write them, and refusal of everything else. */
class AmountTextTest {

	private static Parsed parsed(String text) {
		return AmountText.parse(text).orElseThrow(() -> new AssertionError("not read: " + text));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "1.6 trillion|1600000000000|MONEY|",
			"1,600,000,000,000|1600000000000|NUMBER|", "1600000000000|1600000000000|NUMBER|",
			"1.6tn|1600000000000|MONEY|", "US$1.3 billion|1300000000|MONEY|USD", "$5bn|5000000000|MONEY|USD",
			"US$ 868 million|868000000|MONEY|USD", "5 billion dollars|5000000000|MONEY|USD",
			"₩1.18 trillion|1180000000000|MONEY|KRW", "1.0389 trillion won|1038900000000|MONEY|KRW",
			"KRW 1,038,900,000,000|1038900000000|MONEY|KRW", "1조 6천억|1600000000000|MONEY|KRW",
			"1조 1,833억 원|1183300000000|MONEY|KRW", "1조1833억원|1183300000000|MONEY|KRW",
			"1.6조|1600000000000|MONEY|KRW", "8억 6,800만 달러|868000000|MONEY|USD", "50억 달러|5000000000|MONEY|USD",
			"9,602억 원|960200000000|MONEY|KRW", "13%|13|PERCENT|", "+13.9 %|13.9|PERCENT|",
			"13 percent|13|PERCENT|", "13퍼센트|13|PERCENT|", "5x|5|MULTIPLE|", "5 ×|5|MULTIPLE|",
			"x5|5|MULTIPLE|", "fivefold|5|MULTIPLE|", "Five-fold|5|MULTIPLE|", "5-fold|5|MULTIPLE|",
			"5배|5|MULTIPLE|", "2E+9|2000000000|NUMBER|", "13.9|13.9|NUMBER|", "  2 billion  |2000000000|MONEY|" })
	void readsEachSpelling(String text, String value, Kind kind, Currency currency) {
		Parsed p = parsed(text);
		assertThat(p.value()).isEqualByComparingTo(value);
		assertThat(p.kind()).isEqualTo(kind);
		assertThat(p.currency()).isEqualTo(currency);
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "", "   ", "abc", "twelve", "-5", "1,2345", "12,00", "1.6 gazillion", "1조 조",
			"억", "1억 2조", "1천 2천억", "US$5 billion won", "5%%", "1..6", "1 2", "1.6 trillion trillion",
			"1e999999", "Infinity", "NaN", "0x10", "١٢٣", "5 billion; DROP TABLE offers", "sevenfoldfold" })
	void refusesWhatIsNotAnAmount(String text) {
		assertThat(AmountText.parse(text)).isEmpty();
	}

	@Test
	void refusesOverlongInputAndNull() {
		assertThat(AmountText.parse("1".repeat(AmountText.MAX_LENGTH + 1))).isEmpty();
		assertThat(AmountText.parse(null)).isEmpty();
	}

	@Test
	void groupedDigitsAsFormsShowThemReadBack() {
		qt().forAll(longs().between(1, Long.MAX_VALUE / 10), integers().between(0, 4)).checkAssert((n, scale) -> {
			BigDecimal value = BigDecimal.valueOf(n, scale);
			assertThat(parsed(MoneyFormat.plain(value)).value()).isEqualByComparingTo(value);
			assertThat(parsed(value.toPlainString()).value()).isEqualByComparingTo(value);
		});
	}

	@Test
	void amountsWrittenTheKoreanWayReadBackInWon() {
		// Korean display is exact to 1억 for won, so whole 억 amounts round-trip.
		qt().forAll(longs().between(1, 99_999_999)).checkAssert(eok -> {
			BigDecimal won = BigDecimal.valueOf(eok).scaleByPowerOfTen(8);
			Parsed p = parsed(MoneyFormat.format(won, Currency.KRW, Locale.KOREAN));
			assertThat(p.value()).isEqualByComparingTo(won);
			assertThat(p.currency()).isEqualTo(Currency.KRW);
		});
	}

	@Test
	void amountsWrittenTheEnglishWayReadBack() {
		// English display keeps four decimals of a trillion won and three of a billion dollars.
		qt().forAll(longs().between(10_000, 99_999_999)).checkAssert(tenthsOfBillions -> {
			BigDecimal won = BigDecimal.valueOf(tenthsOfBillions).scaleByPowerOfTen(8);
			assertThat(parsed(MoneyFormat.format(won, Currency.KRW, Locale.ENGLISH)).value()).isEqualByComparingTo(won);
		});
		qt().forAll(longs().between(1_000, 9_999_999)).checkAssert(millions -> {
			BigDecimal usd = BigDecimal.valueOf(millions).scaleByPowerOfTen(6);
			Parsed p = parsed(MoneyFormat.format(usd, Currency.USD, Locale.ENGLISH));
			assertThat(p.value()).isEqualByComparingTo(usd);
			assertThat(p.currency()).isEqualTo(Currency.USD);
		});
	}

	@Test
	void anyTextIsReadOrRefusedNeverThrown() {
		qt().forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 80))
			.checkAssert(text -> assertThat(AmountText.parse(text)).isNotNull());
		qt().forAll(strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 30))
			.checkAssert(text -> AmountText.parse(text)
				.ifPresent(p -> assertThat(p.value().signum()).as("never negative: %s", text).isNotNegative()));
	}

}
