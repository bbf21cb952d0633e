package org.smatracker.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.smatracker.money.Currency;
import org.smatracker.money.ExchangeRateTable;

import static org.assertj.core.api.Assertions.assertThat;

/** A demand during a term against the amount in force, worked by hand. */
class TermComparisonTest {

	private final ExchangeRateTable rates = new ExchangeRateTable(Map.of(2025, new BigDecimal("1421.40")));

	@Test
	void tenBillionDollarsAgainstTheTwelfthSmasFirstYear() {
		// US$10 billion at 2025's rate (2026 has none yet): 14.214 trillion won, against 1.5192 trillion in force.
		TermComparison.Result r = TermComparison
			.compare(new BigDecimal("10000000000"), Currency.USD, true, 2026, new BigDecimal("1519200000000"),
					Currency.KRW, rates)
			.orElseThrow();
		assertThat(r.statedKrw()).isEqualByComparingTo("14214000000000");
		assertThat(r.differenceKrw()).isEqualByComparingTo("12694800000000");
		// 14.214 / 1.5192 = 9.356...
		assertThat(r.ratio().setScale(3, RoundingMode.HALF_UP)).isEqualByComparingTo("9.356");
		assertThat(r.rate().rateYear()).isEqualTo(2025);
		assertThat(r.rate().isFallback()).isTrue();
	}

	@Test
	void aTotalOrAStatementWithoutAmountIsNotCompared() {
		assertThat(TermComparison.compare(new BigDecimal("33000000000"), Currency.USD, false, 2026,
				new BigDecimal("1519200000000"), Currency.KRW, rates)).isEmpty();
		assertThat(TermComparison.compare(null, null, false, null, new BigDecimal("1519200000000"), Currency.KRW,
				rates)).isEmpty();
	}

	@Test
	void wonAgainstWonNeedsNoRate() {
		TermComparison.Result r = TermComparison
			.compare(new BigDecimal("1519200000000"), Currency.KRW, true, 2026, new BigDecimal("1519200000000"),
					Currency.KRW, new ExchangeRateTable(Map.of()))
			.orElseThrow();
		assertThat(r.ratio()).isEqualByComparingTo("1");
		assertThat(r.differenceKrw()).isEqualByComparingTo("0");
		assertThat(r.rate()).isNull();
	}

}
