package org.smatracker.agreement;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.smatracker.money.Currency;

import static org.assertj.core.api.Assertions.assertThat;

/** The baseline rule without a database: the previous agreement's last year, absent when not recorded. */
class AgreementBaselineTest {

	private static Agreement agreement(int sma, int firstYear, int lastYear) {
		Agreement a = new Agreement(sma);
		a.update(new Agreement.Terms(firstYear, lastYear, firstYear, null, null, AgreementStatus.EXPIRED, null, null,
				null, null, null, null, null), Set.of());
		return a;
	}

	@Test
	void aOneYearAgreementsOnlyYearIsTheBaseline() {
		Agreement tenth = agreement(10, 2019, 2019);
		tenth.setYearAmount(2019, new BigDecimal("1038900000000"), Currency.KRW, YearBasis.ACTUAL, Set.of());
		assertThat(tenth.lastYearAmount()).get()
			.satisfies(y -> assertThat(y.getAmount()).isEqualByComparingTo("1038900000000"));
	}

	@Test
	void theLastYearNotAnEarlierOne() {
		Agreement eleventh = agreement(11, 2020, 2025);
		eleventh.setYearAmount(2020, new BigDecimal("1038900000000"), Currency.KRW, YearBasis.FROZEN, Set.of());
		assertThat(eleventh.lastYearAmount()).as("2025 not recorded: no baseline, never 2020's").isEmpty();
		eleventh.setYearAmount(2025, new BigDecimal("1400000000000"), Currency.KRW, YearBasis.SCHEDULED, Set.of());
		assertThat(eleventh.lastYearAmount()).get().satisfies(y -> assertThat(y.getYear()).isEqualTo(2025));
	}

}
