package org.smatracker.feed;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;

import org.smatracker.AppTest;
import org.smatracker.model.StatedAs;
import org.smatracker.money.MoneyFormat;
import org.smatracker.audit.AuditService;
import org.smatracker.negotiation.Offer;
import org.smatracker.negotiation.OfferEditService;
import org.smatracker.negotiation.OfferForm;
import org.smatracker.negotiation.NegotiationService;
import org.smatracker.negotiation.OfferRepository;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A corrected figure, publicly: it is listed on /changes (and its feed and CSV) without the editor's
 * name, its record page says when it was last updated, and the position carries a "revised" mark
 * with the amount before and after. Rolled back after the test.
 */
@AppTest
@Transactional
class ChangesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OfferEditService edits;

	@Autowired
	OfferRepository offers;

	@Autowired
	ChangesService changes;

	@Autowired
	AuditService audit;

	@Autowired
	org.smatracker.negotiation.NegotiationRepository negotiations;

	@Autowired
	NegotiationService records;

	/** When the negotiation of this SMA last changed, as its page finds it from the record it loads. */
	private java.time.Instant lastUpdated(int smaNumber) {
		return changes.negotiationLastUpdated(records.load(smaNumber));
	}

	private Offer firstPositionOf(int smaNumber) {
		return offers.findForNegotiation(negotiations.findBySmaNumber(smaNumber).orElseThrow().getId()).get(0);
	}

	@Test
	@WithMockUser(username = "editor", roles = "ANALYST")
	void aNegotiationIsLastUpdatedWhenOneOfItsPositionsWasDeleted() {
		Offer offer = firstPositionOf(11);
		edits.delete(offer.getId());
		// The deleted position's own history entry, found through the negotiation's parts (deleted ones too).
		// (as stored: the database keeps microseconds, the entry in memory nanoseconds)
		assertThat(lastUpdated(11)).isCloseTo(
				audit.history(Offer.AUDIT_TYPE, offer.getId()).get(0).entry().getChangedAt(),
				within(1, ChronoUnit.MILLIS));
		assertThat(lastUpdated(10)).as("another negotiation").isNotEqualTo(lastUpdated(11));
	}

	private String page(String path) throws Exception {
		// a fresh address each time, so no answer cached before the edit is served
		return mvc.perform(get(path + (path.contains("?") ? "&" : "?") + "t=" + System.nanoTime()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	@WithMockUser(username = "editor-secret-name", roles = "ANALYST")
	void aCorrectedAmountIsListedAndMarkedRevised() throws Exception {
		Offer offer = firstPositionOf(10);
		BigDecimal was = offer.getAmount();
		assertThat(page("/negotiations/10")).doesNotContain("class=\"revised");
		OfferForm form = OfferForm.of(offer);
		form.setAmount(was.add(BigDecimal.ONE).toPlainString());
		edits.update(offer.getId(), form, new BeanPropertyBindingResult(form, "form"));

		assertThat(changes.revisedAmounts(List.of(offer.getId()))).containsKey(offer.getId());
		assertThat(changes.revisedAmounts(List.of(firstPositionOf(11).getId()))).doesNotContainKey(offer.getId());
		String negotiation = page("/negotiations/10");
		// before and after written as the page writes the position's amount, not as the stored digits
		assertThat(offer.getForm()).isEqualTo(StatedAs.ABSOLUTE);
		assertThat(negotiation).contains("class=\"revised")
			.contains("Amount corrected after it was first published: "
					+ MoneyFormat.format(was, offer.getCurrency(), Locale.ENGLISH) + " before, "
					+ MoneyFormat.format(was.add(BigDecimal.ONE), offer.getCurrency(), Locale.ENGLISH) + " now")
			.doesNotContain(": " + was.toPlainString() + " before")
			.contains("Last updated");
		String korean = mvc.perform(get("/negotiations/10?t=" + System.nanoTime()).header("Accept-Language", "ko"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(korean).contains("이전 " + MoneyFormat.format(was, offer.getCurrency(), Locale.KOREAN) + ", 현재 "
				+ MoneyFormat.format(was.add(BigDecimal.ONE), offer.getCurrency(), Locale.KOREAN));
		String log = page("/changes");
		assertThat(log).contains("SMA 10").contains("Amount").doesNotContain("editor-secret-name");
		// the amounts with their digits grouped, as a reader reads them
		assertThat(log).contains(MoneyFormat.plain(was.add(BigDecimal.ONE)))
			.doesNotContain(">" + was.add(BigDecimal.ONE).toBigInteger());
		mvc.perform(get("/changes.csv")).andExpect(content().string(org.hamcrest.Matchers.containsString("position")));
		assertThat(mvc.perform(get("/changes.atom")).andReturn().getResponse().getContentAsString()).contains("SMA 10")
			.doesNotContain("editor-secret-name");
	}

	@Test
	@WithMockUser(username = "editor", roles = "ANALYST")
	void aNegotiationChangesWithItsOwnPositionsOnly() {
		Offer offer = firstPositionOf(10);
		java.time.Instant tenBefore = lastUpdated(10);
		java.time.Instant elevenBefore = lastUpdated(11);
		// V73 corrected a round of the 11th SMA (its participants) under a summary that does not start
		// "SMA 11": the round's own history entry still counts.
		assertThat(elevenBefore).isNotNull();
		java.time.Instant start = java.time.Instant.now();
		OfferForm form = OfferForm.of(offer);
		form.setAmount(offer.getAmount().add(BigDecimal.ONE).toPlainString());
		edits.update(offer.getId(), form, new BeanPropertyBindingResult(form, "form"));

		assertThat(lastUpdated(10)).isNotNull().isAfterOrEqualTo(start).isNotEqualTo(tenBefore);
		assertThat(lastUpdated(11)).isEqualTo(elevenBefore);
	}

	@Test
	void linksLeadToTheRecordsPage() {
		assertThat(PublicChange.link("round", 7, "SMA 11 round 3 2019-11-18")).isEqualTo("/negotiations/11#round-7");
		assertThat(PublicChange.link("position", 7, "SMA 11 US DEMAND 2019-10-18")).isEqualTo("/negotiations/11#positions");
		assertThat(PublicChange.link("agreement", 3, "SMA 12")).isEqualTo("/agreements/12");
		assertThat(PublicChange.link("negotiator", 4, "Jeong Eun-bo")).isEqualTo("/negotiators/4");
		assertThat(PublicChange.link("user", 4, "x")).isNull();
	}

}
