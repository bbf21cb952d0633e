package org.smatracker.money;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlausibleAmountsTest {

	@Test
	void theCeilingIsInclusiveAndPerCurrency() {
		assertThat(PlausibleAmounts.exceedsCeiling(new BigDecimal("100000000000"), Currency.USD)).isFalse();
		assertThat(PlausibleAmounts.exceedsCeiling(new BigDecimal("100000000000.01"), Currency.USD)).isTrue();
		assertThat(PlausibleAmounts.exceedsCeiling(new BigDecimal("100000000000.01"), Currency.KRW)).isFalse();
		assertThat(PlausibleAmounts.exceedsCeiling(new BigDecimal("100000000000001"), Currency.KRW)).isTrue();
	}

	@Test
	void theTextForBeanValidationIsTheSameNumber() {
		assertThat(new BigDecimal(PlausibleAmounts.MAX_KRW_TEXT)).isEqualByComparingTo(PlausibleAmounts.MAX_KRW);
		assertThat(new BigDecimal(PlausibleAmounts.MAX_USD_TEXT)).isEqualByComparingTo(PlausibleAmounts.MAX_USD);
	}

}
