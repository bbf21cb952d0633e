package org.smatracker.negotiation;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.smatracker.model.OfferKind;
import org.smatracker.model.OfferStatus;
import org.smatracker.model.Party;
import org.smatracker.model.Reliability;
import org.smatracker.model.StatedAs;
import org.smatracker.money.Currency;

import static org.assertj.core.api.Assertions.assertThat;

/** The offer rules without Spring: the same answers for the offer form, the round form and the API. */
class OfferRulesTest {

	private static OfferForm offer(StatedAs statedAs, String amount, Currency currency) {
		OfferForm f = new OfferForm();
		f.setReportedDate(LocalDate.of(2019, 10, 18));
		f.setParty(Party.US);
		f.setKind(OfferKind.DEMAND);
		f.setForm(statedAs);
		f.setAmount(amount);
		f.setCurrency(currency);
		f.setAppliesToYear(2020);
		f.setReliability(Reliability.REPORTED);
		f.setStatus(OfferStatus.CURRENT);
		return f;
	}

	@Test
	void aReportedDemandPasses() {
		assertThat(OfferRules.check(offer(StatedAs.ABSOLUTE, "5000000000", Currency.USD), true)).isEmpty();
	}

	@Test
	void absoluteAmountsStopAtTheCurrencysCeiling() {
		assertThat(OfferRules.check(offer(StatedAs.ABSOLUTE, "100000000000", Currency.USD), true)).isEmpty();
		assertThat(OfferRules.check(offer(StatedAs.ABSOLUTE, "100000000001", Currency.USD), true))
			.containsExactly(new OfferRules.Violation("amount", "offer.amount.ceiling"));
		// The same figure is plausible in won.
		assertThat(OfferRules.check(offer(StatedAs.ABSOLUTE, "100000000001", Currency.KRW), true)).isEmpty();
		assertThat(OfferRules.check(offer(StatedAs.ABSOLUTE, "0", Currency.KRW), true))
			.containsExactly(new OfferRules.Violation("amount", "offer.amount.positive"));
	}

	@Test
	void relativeFormsNeedASaneFactorButNoBaselineYet() {
		assertThat(OfferRules.check(offer(StatedAs.PERCENT_OF_BASELINE, "13", Currency.KRW), true)).isEmpty();
		assertThat(OfferRules.check(offer(StatedAs.PERCENT_OF_BASELINE, "1001", Currency.KRW), true))
			.containsExactly(new OfferRules.Violation("amount", "offer.amount.percent"));
		assertThat(OfferRules.check(offer(StatedAs.MULTIPLE_OF_BASELINE, "101", Currency.KRW), true))
			.containsExactly(new OfferRules.Violation("amount", "offer.amount.multiple"));
	}

	@Test
	void theRoundFormMayLeaveTheDateToTheRound() {
		OfferForm undated = offer(StatedAs.ABSOLUTE, "5000000000", Currency.USD);
		undated.setReportedDate(null);
		assertThat(OfferRules.check(undated, false)).isEmpty();
		assertThat(OfferRules.check(undated, true))
			.containsExactly(new OfferRules.Violation("reportedDate", "NotNull"));
	}

}
