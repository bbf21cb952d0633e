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
class OfferRepositoryTest {

	/** A date range that holds the whole record. */
	private static final LocalDate EVER = LocalDate.of(1900, 1, 1);

	private static final LocalDate NEVER = LocalDate.of(3000, 1, 1);

	@Autowired
	OfferRepository offers;

	@Autowired
	NegotiationRepository negotiations;

	@Test
	void positionsOfANegotiationInReportedOrderWithSources() {
		List<Offer> eleventh = offers.findForNegotiation(negotiations.findBySmaNumber(11).orElseThrow().getId());
		assertThat(eleventh).extracting(Offer::getReportedDate).isSorted();
		// each position once, however many sources its fetch join brought, and only this negotiation's
		assertThat(eleventh).doesNotHaveDuplicates().isNotEmpty()
			.allSatisfy(o -> assertThat(o.getNegotiation().getSmaNumber()).isEqualTo(11));
		assertThat(eleventh).anySatisfy(o -> assertThat(o.getSources()).hasSizeGreaterThan(1));
		Offer opening = eleventh.get(0);
		assertThat(opening.getParty()).isEqualTo(Party.US);
		assertThat(opening.getAmount()).isEqualByComparingTo("5000000000");
		assertThat(opening.getSources()).extracting(s -> s.getCode()).contains("YNA191018");
		// The video talks of 2021-02-05 (round 8) are where Yonhap reported both positions.
		assertThat(eleventh).filteredOn(o -> o.getRound() != null)
			.extracting(o -> o.getRound().getRoundNumber())
			.contains(8);
	}

	@Test
	void positionsOutsideRoundsFilterByAgreement() {
		List<Offer> all = offers.findUnattachedToRound(null, EVER, NEVER);
		assertThat(all).allSatisfy(o -> assertThat(o.getRound()).isNull());
		assertThat(all).extracting(Offer::getReportedDate).isSorted();
		List<Offer> twelfth = offers.findUnattachedToRound(12, EVER, NEVER);
		assertThat(twelfth).isNotEmpty().allSatisfy(o -> assertThat(o.getNegotiation().getSmaNumber()).isEqualTo(12));
		assertThat(all.size()).isGreaterThan(twelfth.size());
	}

}
