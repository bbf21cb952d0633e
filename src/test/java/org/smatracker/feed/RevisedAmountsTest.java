package org.smatracker.feed;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.BeanPropertyBindingResult;

import org.smatracker.AppTest;
import org.smatracker.feed.ChangesService.Revision;
import org.smatracker.model.RecordVersion;
import org.smatracker.negotiation.NegotiationRepository;
import org.smatracker.negotiation.Offer;
import org.smatracker.negotiation.OfferEditService;
import org.smatracker.negotiation.OfferForm;
import org.smatracker.negotiation.OfferRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A position's "revised" mark across committed edits, each read once: the first amount, the latest,
 * and when it last moved; an edit rolled back leaves no mark; an edit written by another instance
 * (a history entry this one did not write) is seen. Commits, so the position is taken out after.
 */
@AppTest
@WithMockUser(username = "editor", roles = "ANALYST")
class RevisedAmountsTest {

	@Autowired
	OfferEditService edits;

	@Autowired
	OfferRepository offers;

	@Autowired
	NegotiationRepository negotiations;

	@Autowired
	ChangesService changes;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecordVersion version;

	private long id;

	@BeforeEach
	void aNewPosition() {
		Offer model = offers.findForNegotiation(negotiations.findBySmaNumber(11).orElseThrow().getId())
			.stream()
			.filter(o -> o.getAmount() != null)
			.findFirst()
			.orElseThrow();
		OfferForm form = OfferForm.of(model);
		form.setId(null);
		form.setAmount("1000");
		form.setQuote("Revised amounts test");
		id = edits.create(11, form, new BeanPropertyBindingResult(form, "form")).record().getId();
	}

	@AfterEach
	void takeItOut() {
		jdbc.update("delete from offer_sources where offer_id = ?", id);
		jdbc.update("delete from offers where id = ?", id);
	}

	private void amount(String amount) {
		OfferForm form = OfferForm.of(edits.offer(id));
		form.setAmount(amount);
		assertThat(edits.update(id, form, new BeanPropertyBindingResult(form, "form")).isInvalid()).isFalse();
	}

	private Revision revision() {
		Map<Long, Revision> revised = changes.revisedAmounts(List.of(id));
		return revised.get(id);
	}

	private void assertRevised(String before, String after) {
		assertThat(revision()).extracting(Revision::before, Revision::after).containsExactly(before, after);
	}

	@Test
	void eachCommittedEditMovesTheMarkAndAnAmountBackWhereItStartedClearsIt() {
		assertThat(revision()).isNull();
		amount("1200");
		assertRevised("1000", "1200");
		Instant first = revision().revisedAt();
		amount("1300");
		Revision latest = revision();
		assertThat(latest).extracting(Revision::before, Revision::after).containsExactly("1000", "1300");
		assertThat(latest.revisedAt()).isAfterOrEqualTo(first);

		OfferForm quoteOnly = OfferForm.of(edits.offer(id));
		quoteOnly.setQuote("Revised amounts test, quote corrected");
		edits.update(id, quoteOnly, new BeanPropertyBindingResult(quoteOnly, "form"));
		assertThat(revision()).as("an edit of the quote alone").isEqualTo(latest);

		amount("1000");
		assertThat(revision()).as("back where it started").isNull();
		amount("1100");
		assertRevised("1000", "1100");
	}

	@Test
	void anEditRolledBackLeavesNoMark() {
		assertThat(revision()).isNull();
		tx.executeWithoutResult(status -> {
			amount("1500");
			assertThat(revision()).as("the writer sees its own edit").isNotNull();
			status.setRollbackOnly();
		});
		assertThat(revision()).as("rolled back").isNull();
		amount("1600");
		assertRevised("1000", "1600");
	}

	@Test
	void anotherInstancesEditIsSeen() {
		assertThat(revision()).isNull();
		jdbc.update("insert into audit_log (entity_type, entity_id, action, username, changed_at, summary, "
				+ "before_json, after_json) values ('position', ?, 'UPDATED', 'other', ?, 'Revised amounts test', ?, ?)",
				id, Timestamp.from(Instant.now()), "{\"amount\": \"1000\"}", "{\"amount\": \"1700\"}");
		// Seen once this instance's version counts it (read again at most sma.cache.version-max-age later),
		// as every page is kept under that version until then.
		long entry = jdbc.queryForObject("select max(id) from audit_log", Long.class);
		await().atMost(Duration.ofSeconds(10)).until(() -> version.current() >= entry);
		assertRevised("1000", "1700");
	}

}
