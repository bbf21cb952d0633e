package org.smatracker.money;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

class MoneyFormatTest {

	private static String en(String amount, Currency currency) {
		return MoneyFormat.format(new BigDecimal(amount), currency, Locale.ENGLISH);
	}

	private static String ko(String amount, Currency currency) {
		return MoneyFormat.format(new BigDecimal(amount), currency, Locale.KOREAN);
	}

	@Test
	void englishWritesTrillionsBillionsAndMillions() {
		assertThat(en("1038900000000", Currency.KRW)).isEqualTo("₩1.0389 trillion");
		assertThat(en("920000000000", Currency.KRW)).isEqualTo("₩920 billion");
		assertThat(en("741500000000", Currency.KRW)).isEqualTo("₩741.5 billion");
		assertThat(en("5000000000", Currency.USD)).isEqualTo("US$5 billion");
		assertThat(en("4700000000", Currency.USD)).isEqualTo("US$4.7 billion");
		assertThat(en("868000000", Currency.USD)).isEqualTo("US$868 million");
		assertThat(en("855700000", Currency.USD)).isEqualTo("US$855.7 million");
		assertThat(en("-400000000000", Currency.KRW)).isEqualTo("−₩400 billion");
	}

	@Test
	void displayRoundsWonToATenthOfABillion() {
		assertThat(en("1174007000000", Currency.KRW)).isEqualTo("₩1.174 trillion");
		assertThat(en("1174070000000", Currency.KRW)).isEqualTo("₩1.1741 trillion");
	}

	@Test
	void koreanWritesJoAndEok() {
		assertThat(ko("1038900000000", Currency.KRW)).isEqualTo("1조 389억 원");
		assertThat(ko("1000000000000", Currency.KRW)).isEqualTo("1조 원");
		assertThat(ko("920000000000", Currency.KRW)).isEqualTo("9,200억 원");
		assertThat(ko("1300000000", Currency.USD)).isEqualTo("13억 달러");
		assertThat(ko("868000000", Currency.USD)).isEqualTo("8억 6,800만 달러");
	}

	@Test
	void percentagesFromFractions() {
		assertThat(MoneyFormat.percent(new BigDecimal("0.139"), true)).isEqualTo("+13.9%");
		assertThat(MoneyFormat.percent(new BigDecimal("-0.12"), true)).isEqualTo("−12%");
		assertThat(MoneyFormat.percent(null, true)).isEqualTo("—");
		assertThat(MoneyFormat.plain(new BigDecimal("13.000"))).isEqualTo("13");
		assertThat(MoneyFormat.plain(new BigDecimal("1.5"))).isEqualTo("1.5");
	}

	@Test
	void readableRoundsForASentenceAndExactKeepsEveryDigit() {
		assertThat(MoneyFormat.readable(new BigDecimal("1183300000000"), Currency.KRW, Locale.ENGLISH))
			.isEqualTo("₩1.18 trillion");
		assertThat(MoneyFormat.readable(new BigDecimal("1029500000"), Currency.USD, Locale.ENGLISH))
			.isEqualTo("US$1.03 billion");
		assertThat(MoneyFormat.readable(new BigDecimal("5000000000"), Currency.USD, Locale.ENGLISH))
			.isEqualTo("US$5 billion");
		assertThat(MoneyFormat.readable(new BigDecimal("360800000000"), Currency.KRW, Locale.ENGLISH))
			.isEqualTo("₩361 billion");
		assertThat(MoneyFormat.readable(new BigDecimal("1183300000000"), Currency.KRW, Locale.KOREAN))
			.isEqualTo("1조 1,833억 원");
		assertThat(MoneyFormat.readable(new BigDecimal("1029500000"), Currency.USD, Locale.KOREAN))
			.isEqualTo("10억 3,000만 달러");
		assertThat(MoneyFormat.readable(null, Currency.KRW, Locale.ENGLISH)).isEqualTo("—");
		assertThat(MoneyFormat.exact(new BigDecimal("1183300000000.4"), Currency.KRW, Locale.ENGLISH))
			.isEqualTo("₩1,183,300,000,000");
		assertThat(MoneyFormat.exact(new BigDecimal("1183300000000"), Currency.KRW, Locale.KOREAN))
			.isEqualTo("1,183,300,000,000원");
	}

	/** Grouping by hand writes what java.text writes, for any digits, sign and scale. */
	@Test
	void groupedWritesWhatNumberFormatWrites() {
		qt().forAll(longs().all(), integers().between(-3, 6)).checkAssert((digits, scale) -> {
			BigDecimal value = BigDecimal.valueOf(digits, scale);
			NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
			format.setMaximumFractionDigits(Math.max(0, value.scale()));
			format.setMinimumFractionDigits(Math.max(0, value.scale()));
			assertThat(MoneyFormat.grouped(value)).isEqualTo(format.format(value));
		});
		assertThat(MoneyFormat.grouped(new BigDecimal("1234567.890"))).isEqualTo("1,234,567.890");
		assertThat(MoneyFormat.grouped(new BigDecimal("-999"))).isEqualTo("-999");
		assertThat(MoneyFormat.grouped(new BigDecimal("-1000.5"))).isEqualTo("-1,000.5");
	}

}
