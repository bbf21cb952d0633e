package org.smatracker.agreement;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.AppTest;
import org.smatracker.money.Currency;

import static org.assertj.core.api.Assertions.assertThat;

@AppTest
@Transactional
class AgreementRepositoryTest {

	@Autowired
	AgreementRepository agreements;

	@Test
	void agreementsInOrderWithTheirYears() {
		var all = agreements.findAllByOrderBySmaNumber();
		assertThat(all).extracting(Agreement::getSmaNumber).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
		Agreement first = all.get(0);
		assertThat(first.getYears()).extracting(AgreementYear::getYear).containsExactly(1991, 1992, 1993);
		assertThat(first.getYears()).allSatisfy(y -> assertThat(y.getCurrency()).isEqualTo(Currency.USD));
	}

	@Test
	void oneAgreementBySmaNumber() {
		Agreement eleventh = agreements.findBySmaNumber(11).orElseThrow();
		assertThat(eleventh.getEscalationRule()).isEqualTo(EscalationRule.DEFENCE_BUDGET_LINKED);
		assertThat(eleventh.getYears()).extracting(AgreementYear::getYear)
			.containsExactly(2020, 2021, 2022, 2023, 2024, 2025);
		assertThat(eleventh.getYears().get(0).getBasis()).isEqualTo(YearBasis.FROZEN);
		assertThat(eleventh.getSources()).isNotEmpty();
		Agreement twelfth = agreements.findBySmaNumber(12).orElseThrow();
		assertThat(twelfth.getEscalationCapPct()).isEqualByComparingTo("5");
		assertThat(twelfth.getStatus()).isEqualTo(AgreementStatus.IN_FORCE);
		assertThat(agreements.findBySmaNumber(99)).isEmpty();
	}

}
