package org.smatracker.agreement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.smatracker.agreement.EscalationSchedule.Basis;
import org.smatracker.agreement.EscalationSchedule.Recorded;
import org.smatracker.agreement.EscalationSchedule.ScheduledYear;
import org.smatracker.agreement.EscalationSchedule.Terms;
import org.smatracker.money.Currency;

import static org.assertj.core.api.Assertions.assertThat;

class EscalationScheduleTest {

	private static Map<Integer, Recorded> first(String amount) {
		return Map.of(2020, new Recorded(new BigDecimal(amount), Currency.KRW, YearBasis.ACTUAL));
	}

	@Test
	void fixedPercentCompoundsFromTheFirstYear() {
		List<ScheduledYear> years = EscalationSchedule.compute(
				new Terms(2020, 2022, EscalationRule.FIXED_PERCENT, new BigDecimal("10"), null, null), first("100"),
				Map.of());
		assertThat(years).extracting(ScheduledYear::basis).containsExactly(Basis.ACTUAL, Basis.COMPUTED, Basis.COMPUTED);
		assertThat(years.get(2).amount()).isEqualByComparingTo("121");
	}

	@Test
	void indexLinkedGrowthIsClampedToFloorAndCap() {
		Terms terms = new Terms(2020, 2023, EscalationRule.CPI_LINKED, null, new BigDecimal("1"), new BigDecimal("4"));
		List<ScheduledYear> years = EscalationSchedule.compute(terms, first("1000"),
				Map.of(2021, new BigDecimal("6.5"), 2022, new BigDecimal("0.2")));
		assertThat(years.get(1).amount()).isEqualByComparingTo("1040");
		assertThat(years.get(2).amount()).isEqualByComparingTo("1050.4");
		// 2023's index is not known: the amount is absent, the cap still bounds it.
		assertThat(years.get(3).amount()).isNull();
		assertThat(years.get(3).basis()).isEqualTo(Basis.UNKNOWN);
		assertThat(years.get(3).maximum()).isEqualByComparingTo("1092.416");
	}

	@Test
	void frozenHoldsAndFixedAmountsCannotBeComputed() {
		assertThat(EscalationSchedule
			.compute(new Terms(2020, 2021, EscalationRule.FROZEN, null, null, null), first("680"), Map.of())
			.get(1)
			.amount()).isEqualByComparingTo("680");
		ScheduledYear none = EscalationSchedule
			.compute(new Terms(2020, 2021, EscalationRule.NONE, null, null, null), first("680"), Map.of())
			.get(1);
		assertThat(none.amount()).isNull();
		assertThat(none.basis()).isEqualTo(Basis.UNKNOWN);
	}

}
