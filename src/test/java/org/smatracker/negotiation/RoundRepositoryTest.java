package org.smatracker.negotiation;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.AppTest;
import org.smatracker.model.Party;

import static org.assertj.core.api.Assertions.assertThat;

@AppTest
@Transactional
class RoundRepositoryTest {

	/** A date range that holds the whole record. */
	private static final LocalDate EVER = LocalDate.of(1900, 1, 1);

	private static final LocalDate NEVER = LocalDate.of(3000, 1, 1);

	@Autowired
	RoundRepository rounds;

	@Autowired
	NegotiationRepository negotiations;

	@Test
	void timelineRoundsAreInDateOrderAndFilterByAgreement() {
		List<Round> all = rounds.findForTimeline(null, EVER, NEVER);
		assertThat(all).hasSize(38);
		assertThat(all).extracting(Round::getStartDate).isSorted();

		List<Round> eleventh = rounds.findForTimeline(11, EVER, NEVER);
		assertThat(eleventh).allSatisfy(r -> assertThat(r.getNegotiation().getSmaNumber()).isEqualTo(11));
		assertThat(eleventh).extracting(Round::getRoundNumber).contains(1, 2, 3, 4, 5, 6, 7, 8, 9);
		Round walkout = eleventh.stream().filter(r -> Integer.valueOf(3).equals(r.getRoundNumber())).findFirst().get();
		assertThat(walkout.getOutcome()).isEqualTo(RoundOutcome.WALKED_OUT);
		assertThat(walkout.getStartDate()).isEqualTo(LocalDate.of(2019, 11, 18));
		assertThat(walkout.getCity()).isEqualTo("Seoul");
	}

	@Test
	void roundsOfOneNegotiationCarryTheirLeads() {
		List<Round> tenth = rounds.findForNegotiation(negotiations.findBySmaNumber(10).orElseThrow().getId());
		assertThat(tenth).isNotEmpty().doesNotHaveDuplicates()
			.allSatisfy(r -> assertThat(r.getNegotiation().getSmaNumber()).isEqualTo(10))
			// the people behind the participations came with the rounds, not as proxies to load later
			.allSatisfy(r -> r.getParticipants()
				.forEach(p -> assertThat(org.hibernate.Hibernate.isInitialized(p.getNegotiator())).isTrue()));
		Round first = tenth.stream().filter(r -> Integer.valueOf(1).equals(r.getRoundNumber())).findFirst().get();
		assertThat(first.getCity()).isEqualTo("Honolulu");
		assertThat(first.lead(Party.ROK)).map(Negotiator::getName).hasValue("Chang Won-sam");
		assertThat(first.lead(Party.US)).map(Negotiator::getName).hasValue("Timothy Betts");
		assertThat(tenth).extracting(Round::getStartDate).isSorted();
	}

	@Test
	void roundsLedByANegotiatorSpanNegotiations() {
		Round any = rounds.findForTimeline(10, EVER, NEVER).get(0);
		Negotiator chang = any.lead(Party.ROK).orElseThrow();
		List<Round> led = rounds.findForNegotiatorPage(chang.getId());
		// Chang Won-sam led the 10th SMA talks and opened the 11th as interim chief.
		assertThat(led).extracting(r -> r.getNegotiation().getSmaNumber()).contains(10, 11);
		assertThat(led).extracting(Round::getStartDate).isSorted();
	}

	@Test
	void negotiationIsFoundBySmaNumberWithItsAgreement() {
		Negotiation eleventh = negotiations.findBySmaNumber(11).orElseThrow();
		assertThat(eleventh.getStartDate()).isEqualTo(LocalDate.of(2019, 9, 24));
		assertThat(eleventh.getAgreement().getHeadlineYear()).isEqualTo(2021);
		assertThat(negotiations.findBySmaNumber(99)).isEmpty();
		assertThat(negotiations.findAllByOrderBySmaNumber()).extracting(Negotiation::getSmaNumber)
			.containsExactly(9, 10, 11, 12);
	}

}
