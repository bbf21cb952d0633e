package org.smatracker.gap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.smatracker.agreement.EscalationRule;
import org.smatracker.agreement.EscalationSchedule;
import org.smatracker.agreement.YearBasis;
import org.smatracker.model.Party;
import org.smatracker.money.Currency;
import org.smatracker.money.ExchangeRateTable;
import org.smatracker.model.StatedAs;
import org.smatracker.model.OfferKind;
import org.smatracker.model.OfferStatus;
import org.smatracker.model.Reliability;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** Invariants of the gap arithmetic over generated amounts, rates and dates. */
class GapPropertiesTest {

	private static final ExchangeRateTable RATES = new ExchangeRateTable(Map.of(2020, new BigDecimal("1180.56")));

	private static OfferInput position(long id, Party party, long amount, Currency currency) {
		return new OfferInput(id, LocalDate.of(2020, 1, 1), party,
				party == Party.US ? OfferKind.DEMAND : OfferKind.OFFER, StatedAs.ABSOLUTE, BigDecimal.valueOf(amount),
				currency, 2020, Reliability.REPORTED, OfferStatus.CURRENT, List.of("S"));
	}

	private static GapAnalysis analyse(List<OfferInput> positions, AgreedAmount agreed) {
		Baseline baseline = Normaliser.baseline(10, 2019, new BigDecimal("1038900000000"), Currency.KRW, RATES);
		return GapCalculator.analyse(new GapInput(11, baseline, positions, List.of(), agreed, RATES, null, false));
	}

	@Test
	void gapIsZeroWhenDemandEqualsOffer() {
		qt().forAll(longs().between(1, 10_000_000_000_000L), integers().between(0, 1)).check((amount, usd) -> {
			Currency currency = usd == 1 ? Currency.USD : Currency.KRW;
			GapPoint point = analyse(List.of(position(1, Party.US, amount, currency),
					position(2, Party.ROK, amount, currency)), null).points().get(0);
			return point.gapKrw().signum() == 0 && point.gapUsd().signum() == 0
					&& point.ratio().compareTo(BigDecimal.ONE) == 0;
		});
	}

	@Test
	void wonToDollarsAndBackReturnsTheAmountWithinRounding() {
		qt().forAll(longs().between(0, 100_000_000_000_000L), integers().between(50_000, 300_000)).check((won, cents) -> {
			ExchangeRateTable table = new ExchangeRateTable(Map.of(2020, BigDecimal.valueOf(cents, 2)));
			BigDecimal amount = BigDecimal.valueOf(won);
			BigDecimal usd = table.convert(amount, Currency.KRW, Currency.USD, 2020).orElseThrow();
			BigDecimal back = table.convert(usd, Currency.USD, Currency.KRW, 2020).orElseThrow();
			return back.subtract(amount).abs().compareTo(new BigDecimal("0.000001")) <= 0;
		});
	}

	@Test
	void settlementPointLiesInZeroToOneWhenTheDealLiesBetweenTheOpenings() {
		qt().forAll(longs().between(1, 5_000_000_000_000L), longs().between(1, 5_000_000_000_000L),
				integers().between(0, 1000))
			.check((offer, extra, permille) -> {
				long demand = offer + extra;
				BigDecimal agreedKrw = BigDecimal.valueOf(offer)
					.add(BigDecimal.valueOf(extra).multiply(BigDecimal.valueOf(permille, 3)));
				AgreedAmount agreed = new AgreedAmount(2020, agreedKrw, null, null, LocalDate.of(2021, 1, 1));
				BigDecimal s = analyse(List.of(position(1, Party.US, demand, Currency.KRW),
						position(2, Party.ROK, offer, Currency.KRW)), agreed).settlementPoint();
				return s.signum() >= 0 && s.compareTo(BigDecimal.ONE) <= 0;
			});
	}

	@Test
	void aRecordedAmountAlwaysWinsOverTheRule() {
		EscalationRule[] rules = EscalationRule.values();
		qt().forAll(integers().between(0, rules.length - 1), integers().between(0, 4), longs().between(0, 2_000_000_000_000L),
				integers().between(-500, 2000))
			.check((ruleIndex, offset, recordedAmount, ratePermille) -> {
				EscalationSchedule.Terms terms = new EscalationSchedule.Terms(2020, 2024, rules[ruleIndex],
						BigDecimal.valueOf(ratePermille, 1), null, BigDecimal.valueOf(5));
				Map<Integer, EscalationSchedule.Recorded> recorded = new HashMap<>();
				recorded.put(2020, new EscalationSchedule.Recorded(new BigDecimal("1000000000000"), Currency.KRW,
						YearBasis.ACTUAL));
				int year = 2020 + offset;
				recorded.put(year, new EscalationSchedule.Recorded(BigDecimal.valueOf(recordedAmount), Currency.KRW,
						YearBasis.ACTUAL));
				Map<Integer, BigDecimal> growth = Map.of(2021, new BigDecimal("7"), 2022, new BigDecimal("2"));
				EscalationSchedule.ScheduledYear result = EscalationSchedule.compute(terms, recorded, growth)
					.get(offset);
				return result.year() == year && result.amount().compareTo(BigDecimal.valueOf(recordedAmount)) == 0
						&& result.basis() == EscalationSchedule.Basis.ACTUAL;
			});
	}

}
