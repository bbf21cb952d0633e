package org.smatracker.datahealth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import org.smatracker.datahealth.Facts.Acknowledgement;
import org.smatracker.datahealth.Facts.AgreementFacts;
import org.smatracker.datahealth.Facts.AppointmentFacts;
import org.smatracker.datahealth.Facts.DateFact;
import org.smatracker.datahealth.Facts.Lead;
import org.smatracker.datahealth.Facts.NegotiationFacts;
import org.smatracker.datahealth.Facts.QuotedFacts;
import org.smatracker.datahealth.Facts.RoundFacts;
import org.smatracker.datahealth.Facts.SourceRef;
import org.smatracker.datahealth.Facts.YearFacts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule on a small consistent record: clean, it finds no error; with one planted error, it finds
 * exactly that one, on the right record.
 */
class DataHealthCheckerTest {

	private static final SourceRef SRC = new SourceRef(1, "SRC", true);

	private static final SourceRef BG = new SourceRef(2, "BG-X", false);

	private static final List<SourceRef> CITED = List.of(SRC);

	private static DateFact on(String date) {
		return new DateFact(LocalDate.parse(date), SRC, null);
	}

	private static YearFacts year(long id, int year, String amount, String currency, String basis) {
		return new YearFacts(id, year, new BigDecimal(amount), currency, basis, CITED, List.of());
	}

	/** 1st: dollars, +10% a year. 2nd: won, CPI-linked with a 4% cap, frozen first year. */
	private static List<AgreementFacts> agreements() {
		AgreementFacts first = new AgreementFacts(1, 1, 2001, 2003, "FIXED_PERCENT", BigDecimal.TEN, null, null,
				"10%/yr: $100m, $110m, $121m", null, new BigDecimal("100000000"), on("2000-06-01"),
				on("2000-07-01"), on("2000-08-01"), List.of(year(11, 2001, "100000000", "USD", "ACTUAL"),
						year(12, 2002, "110000000", "USD", "ACTUAL"), year(13, 2003, "121000000", "USD", "ACTUAL")),
				CITED);
		AgreementFacts second = new AgreementFacts(2, 2, 2004, 2006, "CPI_LINKED", null, null, new BigDecimal("4"),
				"2005 +4.0% over 2004 (1.04 trillion won); CPI, max 4%", new BigDecimal("1000000000000"),
				new BigDecimal("900000000"), on("2003-10-01"), on("2003-11-01"), on("2003-12-01"),
				List.of(year(21, 2004, "1000000000000", "KRW", "ACTUAL"),
						year(22, 2005, "1040000000000", "KRW", "ACTUAL"),
						year(23, 2006, "1060800000000", "KRW", "ACTUAL")),
				CITED);
		return List.of(first, second);
	}

	private static Facts facts(UnaryOperator<List<AgreementFacts>> agreements, List<RoundFacts> rounds,
			List<AppointmentFacts> appointments, List<Acknowledgement> acknowledgements) {
		return new Facts(agreements.apply(new ArrayList<>(agreements())),
				List.of(new NegotiationFacts(100, 2, LocalDate.parse("2003-03-01"), LocalDate.parse("2003-09-12"))),
				rounds, appointments, List.of(), Map.of(2001, new BigDecimal("1000"), 2002, new BigDecimal("1000"),
						2003, new BigDecimal("1100"), 2004, new BigDecimal("1100"), 2005, new BigDecimal("1050")),
				acknowledgements);
	}

	private static List<RoundFacts> rounds() {
		return List.of(round(200, 1, "FORMAL", "2003-03-01", "2003-03-02", "CONTINUED"),
				round(201, 2, "FORMAL", "2003-09-10", "2003-09-12", "AGREEMENT_IN_PRINCIPLE"),
				round(202, null, "HIGH_LEVEL", "2003-10-01", "2003-10-01", "CONCLUDED"));
	}

	private static RoundFacts round(long id, Integer number, String kind, String start, String end, String outcome) {
		return new RoundFacts(id, 2, number, kind, LocalDate.parse(start), LocalDate.parse(end), outcome,
				"summary", List.of(new Lead(300, "Kim")), CITED);
	}

	private static List<AppointmentFacts> appointments() {
		return List.of(new AppointmentFacts(400, 300, "Kim", 2, "CHIEF", LocalDate.parse("2003-01-01"), null, CITED));
	}

	private static Facts clean() {
		return facts(a -> a, rounds(), appointments(), List.of());
	}

	private static List<Finding> errors(Facts facts) {
		return DataHealthChecker.check(facts).stream().filter(f -> f.severity() == Severity.ERROR).toList();
	}

	private static AgreementFacts withYears(AgreementFacts a, List<YearFacts> years) {
		return new AgreementFacts(a.id(), a.smaNumber(), a.firstYear(), a.lastYear(), a.rule(), a.ratePct(),
				a.floorPct(), a.capPct(), a.detail(), a.firstYearAmountKrw(), a.usdEquivalentQuoted(), a.signed(),
				a.consent(), a.inForce(), years, a.sources());
	}

	private static List<AgreementFacts> replaceYear(List<AgreementFacts> all, int agreement, YearFacts planted) {
		AgreementFacts a = all.get(agreement);
		List<YearFacts> years = new ArrayList<>(a.years().stream().filter(y -> y.year() != planted.year()).toList());
		years.add(planted);
		all.set(agreement, withYears(a, years));
		return all;
	}

	@Test
	void theCleanRecordHasNoErrors() {
		assertThat(errors(clean())).isEmpty();
	}

	@Test
	void scheduleChainFindsAYearOffItsFixedRate() {
		// 2003 should be 121m at +10%; 140m is +27%, beyond the 10m rounding of the figures.
		List<Finding> found = errors(facts(a -> replaceYear(a, 0, year(13, 2003, "140000000", "USD", "ACTUAL")),
				rounds(), appointments(), List.of()));
		assertThat(found).extracting(Finding::rule, Finding::messageKey, f -> f.record().id())
			.contains(org.assertj.core.groups.Tuple.tuple(ScheduleChainRule.CODE, "health.schedule.fixed", 13L));
	}

	@Test
	void scheduleChainAllowsTheSourcesRounding() {
		// A white paper rounding 121m to 120m (tens of millions) is not an error.
		assertThat(errors(facts(a -> replaceYear(a, 0, year(13, 2003, "120000000", "USD", "ACTUAL")), rounds(),
				appointments(), List.of())))
			.filteredOn(f -> f.rule().equals(ScheduleChainRule.CODE))
			.isEmpty();
	}

	@Test
	void scheduleChainFindsAYearAboveTheCapAndAFrozenYearThatMoved() {
		List<Finding> aboveCap = errors(facts(a -> replaceYear(a, 1, year(23, 2006, "1100000000000", "KRW", "ACTUAL")),
				rounds(), appointments(), List.of()));
		assertThat(aboveCap).extracting(Finding::messageKey).contains("health.schedule.aboveCap");
		List<Finding> frozen = errors(facts(a -> replaceYear(a, 1, year(21, 2004, "1000000000000", "KRW", "FROZEN")),
				rounds(), appointments(), List.of()));
		// 2004 is frozen but the year before was paid in dollars: not comparable, so no chain error;
		// frozen at the same won amount as a won year before is fine, a change is not.
		assertThat(frozen).filteredOn(f -> f.rule().equals(ScheduleChainRule.CODE)).isEmpty();
		List<Finding> moved = errors(facts(a -> replaceYear(a, 1, year(22, 2005, "1050000000000", "KRW", "FROZEN")),
				rounds(), appointments(), List.of()));
		assertThat(moved).extracting(Finding::messageKey).contains("health.schedule.frozen");
	}

	@Test
	void currenciesFindAQuotedDollarFigureBeyondTheSpread() {
		List<Finding> found = errors(facts(a -> {
			AgreementFacts s = a.get(1);
			a.set(1, new AgreementFacts(s.id(), s.smaNumber(), s.firstYear(), s.lastYear(), s.rule(), s.ratePct(),
					s.floorPct(), s.capPct(), s.detail(), s.firstYearAmountKrw(), new BigDecimal("1300000000"),
					s.signed(), s.consent(), s.inForce(), s.years(), s.sources()));
			return a;
		}, rounds(), appointments(), List.of()));
		assertThat(found).extracting(Finding::rule, Finding::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(CurrencyRule.CODE, "health.currency.quoted"));
	}

	@Test
	void currenciesFindAPressQuoteAndMixedCurrencies() {
		YearFacts quoted = new YearFacts(21, 2004, new BigDecimal("1000000000000"), "KRW", "ACTUAL", CITED,
				List.of(new QuotedFacts(new BigDecimal("700000000"), "USD", SRC)));
		assertThat(errors(facts(a -> replaceYear(a, 1, quoted), rounds(), appointments(), List.of())))
			.extracting(Finding::messageKey)
			.containsExactly("health.currency.pressQuote");
		assertThat(errors(facts(a -> replaceYear(a, 1, year(23, 2006, "980000000", "USD", "ACTUAL")), rounds(),
				appointments(), List.of())))
			.extracting(Finding::messageKey)
			.contains("health.currency.mixed");
	}

	@Test
	void textNumbersFindAnAmountAndAGrowthTheRowsDoNotHave() {
		List<Finding> found = errors(facts(a -> {
			AgreementFacts s = a.get(0);
			a.set(0, new AgreementFacts(s.id(), s.smaNumber(), s.firstYear(), s.lastYear(), s.rule(), s.ratePct(),
					s.floorPct(), s.capPct(), "10%/yr: $100m, $110m, $133m; 2003 +21% over 2002", null,
					s.usdEquivalentQuoted(), s.signed(), s.consent(), s.inForce(), s.years(), s.sources()));
			return a;
		}, rounds(), appointments(), List.of()));
		assertThat(found).extracting(Finding::messageKey, f -> f.args().get(0))
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("health.text.amount", "$133m"),
					org.assertj.core.groups.Tuple.tuple("health.text.growth", "2003 +21% over 2002"));
	}

	@Test
	void textNumbersReadKoreanAmounts() {
		assertThat(TextNumbersRule.amounts("2026년 1조5192억원, 2025년 1조 4028억 원"))
			.extracting(TextNumbersRule.Written::amount)
			.containsExactly(new BigDecimal("1519200000000"), new BigDecimal("1402800000000"));
	}

	@Test
	void datesFindAMissingDateAnUnsourcedOneAndOneOutOfOrder() {
		List<Finding> found = errors(facts(a -> {
			AgreementFacts s = a.get(0);
			a.set(0, new AgreementFacts(s.id(), s.smaNumber(), s.firstYear(), s.lastYear(), s.rule(), s.ratePct(),
					s.floorPct(), s.capPct(), s.detail(), null, s.usdEquivalentQuoted(),
					new DateFact(LocalDate.parse("2000-06-01"), null, null), on("2000-05-01"), DateFact.absent(),
					s.years(), s.sources()));
			return a;
		}, rounds(), appointments(), List.of()));
		assertThat(found).extracting(Finding::messageKey)
			.containsExactlyInAnyOrder("health.dates.unsourced.signed", "health.dates.missing.inForce",
					"health.dates.order.signed-consent");
	}

	@Test
	void aDateMarkedNotKnownWithANoteIsNoError() {
		List<Finding> found = DataHealthChecker.check(facts(a -> {
			AgreementFacts s = a.get(0);
			a.set(0, new AgreementFacts(s.id(), s.smaNumber(), s.firstYear(), s.lastYear(), s.rule(), s.ratePct(),
					s.floorPct(), s.capPct(), s.detail(), null, s.usdEquivalentQuoted(), s.signed(), s.consent(),
					new DateFact(null, null, "searched X and Y"), s.years(), s.sources()));
			return a;
		}, rounds(), appointments(), List.of()));
		assertThat(found).extracting(Finding::severity, Finding::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.INFO, "health.dates.notKnown.inForce"));
	}

	@Test
	void talksFindAnEndThatIsTheAnnouncementAndARoundOutside() {
		List<RoundFacts> rounds = new ArrayList<>(rounds());
		rounds.set(1, round(201, 2, "FORMAL", "2003-09-10", "2003-09-11", "AGREEMENT_IN_PRINCIPLE"));
		rounds.add(round(203, 3, "FORMAL", "2003-02-01", "2003-02-02", "CONTINUED"));
		List<Finding> found = errors(facts(a -> a, rounds, appointments(), List.of()));
		assertThat(found).extracting(Finding::messageKey, f -> f.record().id())
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("health.talks.end", 100L),
					org.assertj.core.groups.Tuple.tuple("health.talks.roundBefore", 203L));
	}

	@Test
	void appointmentsFindALeadWithNoAppointmentCoveringTheMeeting() {
		List<AppointmentFacts> ended = List.of(new AppointmentFacts(400, 300, "Kim", 2, "CHIEF",
				LocalDate.parse("2003-01-01"), LocalDate.parse("2003-09-11"), CITED));
		assertThat(errors(facts(a -> a, rounds(), ended, List.of())))
			.extracting(Finding::messageKey, f -> f.record().id())
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("health.appointments.uncovered", 201L),
					org.assertj.core.groups.Tuple.tuple("health.appointments.uncovered", 202L));
	}

	@Test
	void sourcesFindAnUncitedRecordAndFlagABackgroundOne() {
		YearFacts uncited = new YearFacts(22, 2005, new BigDecimal("1040000000000"), "KRW", "ACTUAL", List.of(),
				List.of());
		assertThat(errors(facts(a -> replaceYear(a, 1, uncited), rounds(), appointments(), List.of())))
			.extracting(Finding::messageKey, f -> f.record().id())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("health.sources.none", 22L));
		YearFacts background = new YearFacts(22, 2005, new BigDecimal("1040000000000"), "KRW", "ACTUAL",
				List.of(BG), List.of());
		assertThat(DataHealthChecker.check(facts(a -> replaceYear(a, 1, background), rounds(), appointments(),
				List.of())))
			.extracting(Finding::severity, Finding::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "health.sources.background"));
	}

	@Test
	void anAcknowledgedErrorStaysVisibleAsAWarningWithItsNote() {
		List<AppointmentFacts> ended = List.of(new AppointmentFacts(400, 300, "Kim", 2, "CHIEF",
				LocalDate.parse("2003-01-01"), LocalDate.parse("2003-09-12"), CITED));
		List<Finding> found = DataHealthChecker.check(facts(a -> a, rounds(), ended,
				List.of(new Acknowledgement(AppointmentsRule.CODE, "round", 202, "signatory not found"))));
		assertThat(found).extracting(Finding::severity, Finding::note)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Severity.WARNING, "signatory not found"));
	}

}
