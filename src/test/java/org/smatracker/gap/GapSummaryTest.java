package org.smatracker.gap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.smatracker.gap.GapSummary.Figure;
import org.smatracker.gap.GapSummary.Kind;
import org.smatracker.gap.GapSummary.Landing;
import org.smatracker.gap.GapSummary.Sentence;
import org.smatracker.money.Currency;

import static org.assertj.core.api.Assertions.assertThat;

/** The sentences for the worked example of the domain notes (11th SMA), and the edge cases. */
class GapSummaryTest {

	@Test
	void workedExampleTellsTheOpeningsAndWhereTheDealLanded() {
		List<Sentence> sentences = GapSummary.of(WorkedExample.eleventhSma());
		assertThat(sentences).extracting(Sentence::key)
			.containsExactly("summary.demandTimes", "summary.offerOver", "summary.landedOver.AT_OFFER");

		// The US opened at US$5 billion for 2020 (October 2019), 5.9028 / 1.0389 = 5.68 times the 2019 amount.
		List<Object> demand = sentences.get(0).args();
		assertThat(demand.get(0)).isEqualTo(LocalDate.of(2019, 10, 18));
		Figure amount = (Figure) demand.get(1);
		assertThat(amount.currency()).isEqualTo(Currency.USD);
		assertThat(amount.value()).isEqualByComparingTo("5000000000");
		assertThat(amount.working()).isEqualTo(GapSummary.OPENING_DEMAND);
		assertThat(demand.get(2)).isEqualTo(2020);
		Figure times = (Figure) demand.get(3);
		assertThat(times.kind()).isEqualTo(Kind.TIMES);
		assertThat(times.value()).isBetween(new BigDecimal("5.681"), new BigDecimal("5.682"));
		assertThat(demand.get(4)).isEqualTo(2019);
		assertThat(((Figure) demand.get(5)).value()).isEqualByComparingTo("1038900000000");
		assertThat(((Figure) demand.get(5)).working()).isEqualTo(GapSummary.BASELINE);

		// Korea's first offer, "roughly 10 percent" (April 2020): 1.1428 trillion won, +10% over 2019.
		List<Object> offer = sentences.get(1).args();
		assertThat(offer.get(0)).isEqualTo(LocalDate.of(2020, 4, 1));
		assertThat(((Figure) offer.get(1)).value()).isEqualByComparingTo("1142790000000");
		assertThat(((Figure) offer.get(1)).currency()).isEqualTo(Currency.KRW);
		assertThat(((Figure) offer.get(2)).value()).isEqualByComparingTo("0.1");
		assertThat(offer.get(3)).isEqualTo(2019);

		// The deal: 1.1833 trillion won for 2021, +13.9%, 0.85% of the way toward the US demand.
		List<Object> landed = sentences.get(2).args();
		assertThat(((Figure) landed.get(0)).value()).isEqualByComparingTo("1183300000000");
		assertThat(((Figure) landed.get(0)).working()).isEqualTo(GapSummary.AGREED);
		assertThat(landed.get(1)).isEqualTo(2021);
		assertThat(((Figure) landed.get(2)).value()).isBetween(new BigDecimal("0.1389"), new BigDecimal("0.1390"));
		assertThat(((Figure) landed.get(2)).working()).isEqualTo(GapSummary.INCREASE);
		Figure share = (Figure) landed.get(3);
		assertThat(share.kind()).isEqualTo(Kind.SHARE);
		assertThat(share.value()).isBetween(new BigDecimal("0.0085"), new BigDecimal("0.0086"));
		assertThat(share.working()).isEqualTo(GapSummary.SETTLEMENT);
	}

	@Test
	void landingBandsFollowTheSettlementPoint() {
		assertThat(Landing.of(new BigDecimal("-0.2"))).isEqualTo(Landing.BELOW_OFFER);
		assertThat(Landing.of(BigDecimal.ZERO)).isEqualTo(Landing.AT_OFFER);
		assertThat(Landing.of(new BigDecimal("0.0499"))).isEqualTo(Landing.AT_OFFER);
		assertThat(Landing.of(new BigDecimal("0.05"))).isEqualTo(Landing.BETWEEN);
		assertThat(Landing.of(new BigDecimal("0.95"))).isEqualTo(Landing.BETWEEN);
		assertThat(Landing.of(new BigDecimal("0.951"))).isEqualTo(Landing.AT_DEMAND);
		assertThat(Landing.of(BigDecimal.ONE)).isEqualTo(Landing.AT_DEMAND);
		assertThat(Landing.of(new BigDecimal("1.01"))).isEqualTo(Landing.ABOVE_DEMAND);
	}

	@Test
	void talksWithoutPositionsSaySoAndStillGiveTheAgreedAmount() {
		GapAnalysis full = WorkedExample.eleventhSma();
		GapAnalysis empty = new GapAnalysis(12, full.baseline(), List.of(), List.of(), null, null, null, full.agreed(),
				null, full.increaseOverBaseline());
		assertThat(GapSummary.of(empty)).extracting(Sentence::key)
			.containsExactly("summary.noPositions", "summary.agreedOver");
		GapAnalysis open = new GapAnalysis(13, null, full.offers(), full.points(), full.openingUsDemand(), null,
				full.firstGap(), null, null, null);
		assertThat(GapSummary.of(open)).extracting(Sentence::key).containsExactly("summary.demand", "summary.noDeal");
	}

}
