package org.smatracker.gap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.smatracker.model.Party;
import org.smatracker.money.AppliedRate;
import org.smatracker.money.Currency;
import org.smatracker.money.ExchangeRateTable;
import org.smatracker.model.StatedAs;
import org.smatracker.model.OfferKind;
import org.smatracker.model.OfferStatus;
import org.smatracker.model.Reliability;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worked example of domain.md (11th SMA), pinned to figures computed by hand from the shared
 * exchange rates: 2019 1,165.80, 2020 1,180.56 and 2021 1,144.89 won per dollar.
 */
class GapCalculatorTest {

	static final ExchangeRateTable RATES = new ExchangeRateTable(Map.of(2019, new BigDecimal("1165.80"), 2020,
			new BigDecimal("1180.56"), 2021, new BigDecimal("1144.89")));

	static final Baseline BASELINE = Normaliser.baseline(10, 2019, new BigDecimal("1038900000000"), Currency.KRW,
			RATES);

	static final AgreedAmount AGREED = new AgreedAmount(2021, new BigDecimal("1183300000000"),
			new BigDecimal("1183300000000").divide(new BigDecimal("1144.89"), ExchangeRateTable.MATH),
			new AppliedRate(2021, 2021, new BigDecimal("1144.89")), LocalDate.of(2021, 3, 7));

	private long ids = 1;

	private final List<OfferInput> positions = new ArrayList<>();

	private OfferInput add(String date, Party party, OfferKind kind, StatedAs form, String amount,
			Currency currency, Reliability reliability, OfferStatus status, String... sources) {
		OfferInput p = new OfferInput(ids++, LocalDate.parse(date), party, kind, form, new BigDecimal(amount),
				currency, 2020, reliability, status, List.of(sources));
		positions.add(p);
		return p;
	}

	/** The 11th SMA's positions as the reference dataset records them (a representative subset). */
	void eleventhSma() {
		add("2019-10-18", Party.US, OfferKind.DEMAND, StatedAs.ABSOLUTE, "5000000000", Currency.USD,
				Reliability.REPORTED, OfferStatus.CURRENT, "YNA191018", "JA191021");
		add("2019-12-18", Party.US, OfferKind.DEMAND, StatedAs.ABSOLUTE, "4700000000", Currency.USD,
				Reliability.REPORTED, OfferStatus.CURRENT, "FGN-CNN");
		add("2019-12-26", Party.ROK, OfferKind.TENTATIVE_DEAL, StatedAs.PERCENT_OF_BASELINE, "9", Currency.KRW,
				Reliability.ESTIMATE, OfferStatus.CURRENT, "PULSE191226");
		add("2020-04-01", Party.US, OfferKind.DEMAND, StatedAs.ABSOLUTE, "4000000000", Currency.USD,
				Reliability.REPORTED, OfferStatus.CURRENT, "ARIRANG200401");
		add("2020-04-01", Party.ROK, OfferKind.OFFER, StatedAs.PERCENT_OF_BASELINE, "10", Currency.KRW,
				Reliability.REPORTED, OfferStatus.CURRENT, "ARIRANG200401");
		add("2020-04-10", Party.ROK, OfferKind.OFFER, StatedAs.PERCENT_OF_BASELINE, "13", Currency.KRW,
				Reliability.REPORTED, OfferStatus.CURRENT, "KBS200411", "YNA200421");
		add("2020-07-07", Party.US, OfferKind.DEMAND, StatedAs.ABSOLUTE, "1300000000", Currency.USD,
				Reliability.REPORTED, OfferStatus.CURRENT, "YNA200707", "TBS2007");
		add("2020-09-11", Party.US, OfferKind.DEMAND, StatedAs.MULTIPLE_OF_BASELINE, "5", Currency.USD,
				Reliability.REPORTED, OfferStatus.RESTATED, "SEED000");
		add("2020-09-11", Party.ROK, OfferKind.OFFER, StatedAs.ABSOLUTE, "1300000000", Currency.USD,
				Reliability.REPORTED, OfferStatus.DISPUTED, "SEED000");
	}

	GapAnalysis analyse(LocalDate asOf, boolean officialOnly) {
		List<Meeting> meetings = List.of(
				new Meeting(1, 3, "FORMAL", LocalDate.of(2019, 11, 18), LocalDate.of(2019, 11, 19)),
				new Meeting(2, 7, "FORMAL", LocalDate.of(2020, 3, 17), LocalDate.of(2020, 3, 19)));
		return GapCalculator
			.analyse(new GapInput(11, BASELINE, positions, meetings, AGREED, RATES, asOf, officialOnly));
	}

	private static GapPoint at(GapAnalysis analysis, String date) {
		return analysis.points()
			.stream()
			.filter(p -> p.date().equals(LocalDate.parse(date)))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void positionsNormaliseToBothCurrencies() {
		Normaliser normaliser = new Normaliser(BASELINE, RATES);
		eleventhSma();
		// US$5 billion at 2020's 1,180.56 won per dollar
		assertThat(normaliser.normalise(positions.get(0)).amountKrw()).isEqualByComparingTo("5902800000000");
		// "a 13% increase" over 1.0389 trillion won; in dollars at 2020's rate
		NormalisedOffer thirteen = normaliser.normalise(positions.get(5));
		assertThat(thirteen.amountKrw()).isEqualByComparingTo("1173957000000");
		assertThat(thirteen.amountUsd()).isEqualByComparingTo(
				new BigDecimal("1173957000000").divide(new BigDecimal("1180.56"), ExchangeRateTable.MATH));
		assertThat(thirteen.baselineUsed()).isEqualTo(BASELINE);
		// "roughly 10 percent"
		assertThat(normaliser.normalise(positions.get(4)).amountKrw()).isEqualByComparingTo("1142790000000");
		// "five times" the baseline
		assertThat(normaliser.normalise(positions.get(7)).amountKrw()).isEqualByComparingTo("5194500000000");
	}

	@Test
	void workedExampleSettlementPointAndIncrease() {
		eleventhSma();
		GapAnalysis analysis = analyse(null, false);
		assertThat(analysis.openingUsDemand().chosen().amountKrw()).isEqualByComparingTo("5902800000000");
		assertThat(analysis.openingRokOffer().chosen().amountKrw()).isEqualByComparingTo("1142790000000");
		// (1.1833 - 1.14279) / (5.9028 - 1.14279) trillion won
		BigDecimal expected = new BigDecimal("40510000000").divide(new BigDecimal("4760010000000"),
				ExchangeRateTable.MATH);
		assertThat(analysis.settlementPoint()).isEqualByComparingTo(expected);
		assertThat(analysis.settlementPoint()).isBetween(new BigDecimal("0.0085"), new BigDecimal("0.0086"));
		// 1.1833 / 1.0389 - 1 = 13.9%
		assertThat(analysis.increaseOverBaseline().setScale(3, java.math.RoundingMode.HALF_EVEN))
			.isEqualByComparingTo("0.139");
	}

	@Test
	void gapAtEachPointFromTheStandingPositions() {
		eleventhSma();
		GapAnalysis analysis = analyse(null, false);
		// Before Korea's first reported offer there is no gap, not a zero one.
		GapPoint walkout = at(analysis, "2019-11-19");
		assertThat(walkout.usDemand().chosen().amountKrw()).isEqualByComparingTo("5902800000000");
		assertThat(walkout.rokOffer()).isNull();
		assertThat(walkout.gapKrw()).isNull();
		assertThat(walkout.gapClosed()).isNull();

		// First time both sides had a position: US$4 billion against +10%.
		GapPoint opening = at(analysis, "2020-04-01");
		assertThat(opening.gapKrw()).isEqualByComparingTo("3579450000000");
		assertThat(opening.gapUsd()).isEqualByComparingTo(new BigDecimal("4000000000").subtract(
				new BigDecimal("1142790000000").divide(new BigDecimal("1180.56"), ExchangeRateTable.MATH),
				ExchangeRateTable.MATH));
		assertThat(opening.gapClosed()).isEqualByComparingTo("0");
		assertThat(analysis.firstGap()).isEqualTo(opening);

		// US$1.3 billion against +13%.
		GapPoint july = at(analysis, "2020-07-07");
		assertThat(july.gapKrw()).isEqualByComparingTo("360771000000");
		assertThat(july.gapOfBaseline()).isEqualByComparingTo(
				new BigDecimal("360771000000").divide(new BigDecimal("1038900000000"), ExchangeRateTable.MATH));
		assertThat(july.ratio()).isEqualByComparingTo(
				new BigDecimal("1534728000000").divide(new BigDecimal("1173957000000"), ExchangeRateTable.MATH));
		assertThat(july.gapClosed()).isEqualByComparingTo(BigDecimal.ONE.subtract(
				new BigDecimal("360771000000").divide(new BigDecimal("3579450000000"), ExchangeRateTable.MATH)));
		// Korea held at +13% since April 10; the US came down from US$4 billion.
		assertThat(july.movement().rokOfferChange()).isEqualByComparingTo("0");
		assertThat(july.movement().usDemandChange()).isEqualByComparingTo("-0.675");
	}

	@Test
	void restatedDisputedAndTentativeReportsAreNeverASidesPosition() {
		eleventhSma();
		GapAnalysis analysis = analyse(null, false);
		GapPoint july = at(analysis, "2020-07-07");
		assertThat(analysis.points()).noneMatch(p -> p.date().equals(LocalDate.of(2019, 12, 26)));
		assertThat(july.rokOffer().chosen().offer().amount()).isEqualByComparingTo("13");
		// The disputed "Seoul offered no more than $1.3 billion" is shown beside the point, not used.
		GapPoint september = at(analysis, "2020-09-11");
		assertThat(september.disputed()).extracting(n -> n.offer().party()).containsExactly(Party.ROK);
		assertThat(september.rokOffer().chosen()).isEqualTo(july.rokOffer().chosen());
		assertThat(september.gapKrw()).isEqualByComparingTo(july.gapKrw());
		assertThat(analysis.offers()).hasSize(9);
	}

	@Test
	void replayAsOfADateShowsOnlyWhatWasKnown() {
		eleventhSma();
		GapAnalysis march = analyse(LocalDate.of(2020, 3, 31), false);
		assertThat(march.latestGap()).isNull();
		assertThat(march.agreed()).isNull();
		assertThat(march.settlementPoint()).isNull();
		assertThat(march.points()).allMatch(p -> !p.date().isAfter(LocalDate.of(2020, 3, 31)));
		assertThat(march.points().get(march.points().size() - 1).usDemand().chosen().amountKrw())
			.isEqualByComparingTo(new BigDecimal("4700000000").multiply(new BigDecimal("1180.56")));
	}

	@Test
	void officialFiguresOnlyLeavesNoGapWhereEveryPositionIsReported() {
		eleventhSma();
		GapAnalysis official = analyse(null, true);
		assertThat(official.offers()).isEmpty();
		assertThat(official.latestGap()).isNull();
		assertThat(official.settlementPoint()).isNull();
		assertThat(official.increaseOverBaseline()).isNotNull();
	}

	@Test
	void sameDayPositionsOfOnePartyPickTheMostReliableAndFlagTheConflict() {
		add("2020-01-10", Party.ROK, OfferKind.OFFER, StatedAs.ABSOLUTE, "1100000000000", Currency.KRW,
				Reliability.ESTIMATE, OfferStatus.CURRENT, "A", "B", "C");
		add("2020-01-10", Party.ROK, OfferKind.OFFER, StatedAs.ABSOLUTE, "1050000000000", Currency.KRW,
				Reliability.OFFICIAL, OfferStatus.CURRENT, "D");
		add("2020-01-10", Party.US, OfferKind.DEMAND, StatedAs.ABSOLUTE, "1000000000", Currency.USD,
				Reliability.REPORTED, OfferStatus.CURRENT, "E");
		add("2020-01-10", Party.US, OfferKind.DEMAND, StatedAs.ABSOLUTE, "1200000000", Currency.USD,
				Reliability.REPORTED, OfferStatus.CURRENT, "F", "G");
		GapPoint point = analyse(null, false).points()
			.stream()
			.filter(p -> p.date().equals(LocalDate.of(2020, 1, 10)))
			.findFirst()
			.orElseThrow();
		assertThat(point.rokOffer().chosen().offer().reliability()).isEqualTo(Reliability.OFFICIAL);
		assertThat(point.usDemand().chosen().amountUsd()).isEqualByComparingTo("1200000000");
		assertThat(point.isConflicting()).isTrue();
		assertThat(point.rokOffer().rivals()).hasSize(1);
	}

}
