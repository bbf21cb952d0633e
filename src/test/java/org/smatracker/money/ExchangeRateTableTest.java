package org.smatracker.money;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExchangeRateTableTest {

	private final ExchangeRateTable table = new ExchangeRateTable(
			Map.of(2020, new BigDecimal("1180.56"), 2025, new BigDecimal("1421.40")));

	@Test
	void convertsAtTheYearsOwnRate() {
		assertThat(table.convert(new BigDecimal("5000000000"), Currency.USD, Currency.KRW, 2020)).get()
			.satisfies(krw -> assertThat(krw).isEqualByComparingTo("5902800000000"));
		AppliedRate rate = table.rateFor(2020).orElseThrow();
		assertThat(rate.isFallback()).isFalse();
	}

	@Test
	void fallsBackToTheLatestEarlierRateAndSaysSo() {
		AppliedRate rate = table.rateFor(2026).orElseThrow();
		assertThat(rate.rateYear()).isEqualTo(2025);
		assertThat(rate.isFallback()).isTrue();
		assertThat(table.rateFor(1990)).isEmpty();
		assertThat(table.convert(BigDecimal.ONE, Currency.USD, Currency.KRW, 1990)).isEmpty();
	}

	@Test
	void sameCurrencyIsUnchanged() {
		assertThat(table.convert(new BigDecimal("7"), Currency.KRW, Currency.KRW, 1990)).hasValue(new BigDecimal("7"));
	}

	@Test
	void amountInACurrencyIsItselfConvertedOrAbsent() {
		AppliedRate rate = table.rateFor(2020).orElseThrow();
		BigDecimal usd = new BigDecimal("5000000000");
		assertThat(ExchangeRateTable.amountIn(Currency.USD, usd, Currency.USD, null)).isSameAs(usd);
		assertThat(ExchangeRateTable.amountIn(Currency.KRW, usd, Currency.USD, rate))
			.isEqualByComparingTo("5902800000000");
		assertThat(ExchangeRateTable.amountIn(Currency.USD, new BigDecimal("5902800000000"), Currency.KRW, rate))
			.isEqualByComparingTo("5000000000");
		assertThat(ExchangeRateTable.amountIn(Currency.KRW, usd, Currency.USD, null)).as("no rate: absent, not zero")
			.isNull();
	}

}
