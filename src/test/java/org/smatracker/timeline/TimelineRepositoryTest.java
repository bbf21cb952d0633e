package org.smatracker.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.AppTest;
import org.smatracker.agreement.AgreementRecord;
import org.smatracker.agreement.TermService;
import org.smatracker.agreement.TermStatement;
import org.smatracker.negotiation.Negotiation;
import org.smatracker.negotiation.NegotiationRepository;
import org.smatracker.negotiation.Offer;
import org.smatracker.negotiation.OfferRepository;
import org.smatracker.negotiation.Round;
import org.smatracker.negotiation.RoundRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** The page index's count against the events read one by one through the pages' own queries. */
@AppTest
@Transactional
class TimelineRepositoryTest {

	private static final LocalDate EVER = LocalDate.of(1900, 1, 1);

	private static final LocalDate NEVER = LocalDate.of(3000, 1, 1);

	@Autowired
	TimelineRepository timeline;

	@Autowired
	NegotiationRepository negotiations;

	@Autowired
	RoundRepository rounds;

	@Autowired
	OfferRepository offers;

	@Autowired
	TermService terms;

	@Autowired
	AgreementRecord agreements;

	@Autowired
	EntityManager entities;

	@Test
	void countsEveryLiveRoundPositionAndStatementByMonth() {
		assertThat(counted(null)).isEqualTo(expected(null)).isNotEmpty();
	}

	@Test
	void countsOneAgreementsEventsOnly() {
		Map<Integer, Long> eleventh = counted(11);
		assertThat(eleventh).isEqualTo(expected(11)).isNotEmpty();
		assertThat(sum(eleventh)).isLessThan(sum(counted(null)));
	}

	@Test
	void leavesOutTheRoundsAndPositionsOfADeletedNegotiation() {
		long before = sum(counted(null));
		Negotiation tenth = negotiations.findBySmaNumber(10).orElseThrow();
		long ofTenth = rounds.findForNegotiation(tenth.getId()).size() + offers.findForNegotiation(tenth.getId()).size();
		assertThat(ofTenth).isPositive();
		tenth.markDeleted();
		entities.flush();
		// The agreement (and its statements) stays; only the talks are gone.
		assertThat(sum(counted(null))).isEqualTo(before - ofTenth);
		assertThat(counted(null)).isEqualTo(expected(null));
	}

	private Map<Integer, Long> counted(Integer sma) {
		Map<Integer, Long> perMonth = new TreeMap<>();
		for (Object[] row : timeline.countEventsByMonth()) {
			if (sma == null || sma == ((Number) row[0]).intValue()) {
				perMonth.merge(((Number) row[1]).intValue() * 12 + ((Number) row[2]).intValue() - 1,
						((Number) row[3]).longValue(), Long::sum);
			}
		}
		return perMonth;
	}

	/** The same, from the events as the pages read them. */
	private Map<Integer, Long> expected(Integer sma) {
		List<LocalDate> dates = new ArrayList<>();
		for (Negotiation n : negotiations.findAllByOrderBySmaNumber()) {
			if (sma == null || n.getSmaNumber() == sma) {
				rounds.findForNegotiation(n.getId()).stream().map(Round::getStartDate).forEach(dates::add);
				offers.findForNegotiation(n.getId()).stream().map(Offer::getReportedDate).forEach(dates::add);
			}
		}
		terms.between(agreements.statements(), sma, EVER, NEVER).stream().map(TermStatement::getStatementDate).forEach(dates::add);
		Map<Integer, Long> perMonth = new TreeMap<>();
		dates.forEach(d -> perMonth.merge(d.getYear() * 12 + d.getMonthValue() - 1, 1L, Long::sum));
		return perMonth;
	}

	private static long sum(Map<Integer, Long> perMonth) {
		return perMonth.values().stream().mapToLong(Long::longValue).sum();
	}

}
