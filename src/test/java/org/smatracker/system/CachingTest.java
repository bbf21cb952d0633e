package org.smatracker.system;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import org.smatracker.ApiCalls;
import org.smatracker.AppTest;
import org.smatracker.agreement.Agreement;
import org.smatracker.agreement.AgreementRecord;
import org.smatracker.agreement.AgreementRepository;
import org.smatracker.agreement.TermStatement;
import org.smatracker.analysis.CompareService;
import org.smatracker.audit.AuditAction;
import org.smatracker.audit.AuditService;
import org.smatracker.analysis.CompareService.Comparison;
import org.smatracker.analysis.NegotiationPage;
import org.smatracker.analysis.NegotiationPageService;
import org.smatracker.model.RecordChanged;
import org.smatracker.money.ExchangeRateService;
import org.smatracker.money.ExchangeRateTable;
import org.smatracker.negotiation.GapService;
import org.smatracker.negotiation.Negotiation;
import org.smatracker.negotiation.NegotiationRepository;
import org.smatracker.negotiation.GapService.GapReport;
import org.smatracker.timeline.TimelineFilter;
import org.smatracker.timeline.TimelineService;
import org.smatracker.timeline.TimelineView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Repeat visits are cheap (ETag, 304) and never stale (a write empties the caches and changes ETags). */
@AppTest
class CachingTest {

	@Autowired
	AgreementRecord agreementRecord;

	@Autowired
	MockMvc mvc;

	@Autowired
	GapService gaps;

	@Autowired
	DataVersion version;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@Autowired
	ExchangeRateService rates;

	@Autowired
	NegotiationRepository negotiations;

	@Autowired
	AgreementRepository agreements;

	@Autowired
	NegotiationPageService negotiationPages;

	@Autowired
	TimelineService timeline;

	@Autowired
	CompareService compare;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	AuditService audit;

	/** A record created through the API by an analyst: its id. */
	private long create(String path, String json) throws Exception {
		return ApiCalls.create(mvc, path, json);
	}

	/** The compare page's analyses of the 10th to 12th SMAs. */
	private Map<Integer, GapReport> compared() {
		List<Negotiation> chosen = negotiations.findAllByOrderBySmaNumber()
			.stream()
			.filter(n -> n.getSmaNumber() >= 10)
			.toList();
		return gaps.analyseEach(chosen, agreements.findAllByOrderBySmaNumber(), null, false);
	}

	private String etag(String path, String language) throws Exception {
		MvcResult result = mvc.perform(get(path).header("Accept-Language", language))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-cache"))
			.andReturn();
		String etag = result.getResponse().getHeader("ETag");
		assertThat(etag).as("ETag of %s", path).isNotBlank();
		return etag;
	}

	@Test
	void answersForOtherParametersAreNeverShared() throws Exception {
		// Kept answers are keyed by the whole address with its parameters, so each of these gets its own.
		for (int round = 0; round < 2; round++) {
			mvc.perform(get("/search").param("q", "Hwang"))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"q\" name=\"q\" maxlength=\"100\" value=\"Hwang\"")));
			mvc.perform(get("/search").param("q", "Timothy"))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"q\" name=\"q\" maxlength=\"100\" value=\"Timothy\"")));
			mvc.perform(get("/api/v1/agreements").param("size", "2")).andExpect(jsonPath("$.items.length()").value(2));
			mvc.perform(get("/api/v1/agreements").param("size", "3")).andExpect(jsonPath("$.items.length()").value(3));
		}
	}

	@Test
	void unchangedPagesAndApiAnswersAre304() throws Exception {
		for (String path : new String[] { "/", "/negotiations/11", "/compare?sma=10&sma=11&sma=12",
				"/api/v1/negotiations/11/gap", "/agreements" }) {
			String etag = etag(path, "en");
			MvcResult again = mvc.perform(get(path).header("Accept-Language", "en").header("If-None-Match", etag))
				.andExpect(status().isNotModified())
				.andExpect(header().string("ETag", etag))
				.andReturn();
			assertThat(again.getResponse().getContentLength()).isZero();
			// Another language is another answer.
			assertThat(etag(path, "ko")).as("Korean ETag of %s", path).isNotEqualTo(etag);
			mvc.perform(get(path).header("Accept-Language", "en").header("If-None-Match", "W/\"other\""))
				.andExpect(status().isOk());
		}
		// Actuator answers are left alone.
		mvc.perform(get("/actuator/health")).andExpect(header().doesNotExist("ETag"));
	}

	@Test
	void renderedAnswersAreKeptWithTheirSecurityHeadersAndPerRoleSet() throws Exception {
		String path = "/negotiations/12";
		MvcResult first = mvc.perform(get(path).header("Accept-Language", "en")).andExpect(status().isOk()).andReturn();
		MvcResult kept = mvc.perform(get(path).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(header().exists("Content-Security-Policy"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andReturn();
		assertThat(kept.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
		assertThat(kept.getResponse().getContentType()).startsWith("text/html");
		// A signed-in user's page is kept apart (their role set shows edit buttons) with an ETag of their own.
		MvcResult signedIn = mvc.perform(get(path).with(user("ana").roles("ANALYST")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"))
			.andReturn();
		assertThat(signedIn.getResponse().getHeader("ETag")).isNotEqualTo(first.getResponse().getHeader("ETag"));
		assertThat(signedIn.getResponse().getContentAsString()).isNotEqualTo(first.getResponse().getContentAsString())
			.contains("Signed in as ana");
		assertThat(mvc.perform(get(path).header("Accept-Language", "en")).andReturn().getResponse().getContentAsString())
			.isEqualTo(first.getResponse().getContentAsString());
	}

	@Test
	void aWriteEvictsCachedGapsAndChangesETags() throws Exception {
		GapReport first = gaps.analyse(11, null, false);
		assertThat(gaps.analyse(11, null, false)).as("cached").isSameAs(first);
		Map<Integer, GapReport> each = compared();
		ExchangeRateTable table = rates.table();
		String etag = etag("/api/v1/negotiations/11/gap", "en");

		Long source = jdbc.queryForObject("select min(id) from sources", Long.class);
		long id = create("/api/v1/negotiations/11/rounds", """
				{"kind":"VIDEO","startDate":"2019-12-20","outcome":"CONTINUED","summary":"Cache test call",
				 "sourceIds":[%d]}""".formatted(source));
		try {
			GapReport after = gaps.analyse(11, null, false);
			assertThat(after).isNotSameAs(first);
			assertThat(after.round(id)).as("the new round in the analysis").isNotNull();
			assertThat(rates.table()).as("a round leaves the rates as they were").isSameAs(table);
			assertThat(compared()).as("the compare page's analyses computed again").isNotSameAs(each);
			assertThat(compared().get(11).round(id)).as("the new round compared").isNotNull();
			mvc.perform(get("/api/v1/negotiations/11/gap").header("Accept-Language", "en").header("If-None-Match", etag))
				.andExpect(status().isOk());
			assertThat(etag("/api/v1/negotiations/11/gap", "en")).isNotEqualTo(etag);
		}
		finally {
			mvc.perform(delete("/api/v1/rounds/" + id).with(user("ana").roles("ANALYST")))
				.andExpect(status().isNoContent());
		}
		assertThat(gaps.analyse(11, null, false).round(id)).as("deleted again").isNull();
		// Other tests count the reference rows: take the (soft-deleted) test round out for good.
		jdbc.update("delete from rounds where id = ?", id);
	}

	@Test
	void aNewSourceKeepsTheAnalysesButNotTheAnswers() throws Exception {
		GapReport first = gaps.analyse(11, null, false);
		ExchangeRateTable table = rates.table();
		Map<Integer, GapReport> each = compared();
		assertThat(compared()).as("cached").isSameAs(each).containsKeys(10, 11, 12);
		long cited = version.ofCitedRecord();
		String etag = etag("/api/v1/negotiations/11/gap", "en");

		long id = create("/api/v1/sources", "{\"title\":\"Cache test source\"}");
		try {
			assertThat(version.ofCitedRecord()).as("nothing cites a new source").isEqualTo(cited);
			assertThat(gaps.analyse(11, null, false)).as("the analysis kept").isSameAs(first);
			assertThat(rates.table()).as("the rates kept").isSameAs(table);
			assertThat(compared()).as("the compare page's analyses kept").isSameAs(each);
			assertThat(etag("/api/v1/negotiations/11/gap", "en")).as("every answer's ETag follows every write")
				.isNotEqualTo(etag);
		}
		finally {
			mvc.perform(delete("/api/v1/sources/" + id).with(user("ana").roles("ANALYST")))
				.andExpect(status().isNoContent());
			jdbc.update("delete from sources where id = ?", id);
		}
	}

	/** Another instance's write: only its history entry is visible here. */
	private void anotherInstanceWrote(String kind, String action) {
		jdbc.update("insert into audit_log (entity_type, entity_id, action, username, changed_at) "
				+ "values (?, 0, ?, 'other-instance', current_timestamp)", kind, action);
	}

	/**
	 * The app's own DataVersion would see an entry inserted behind its back up to a second later, in the
	 * middle of whichever test runs next (an ETag read before and a 304 expected after): let it read now.
	 */
	private void readTheVersionNow() {
		version.changing(new RecordChanged("test", 0));
		version.current();
	}

	private NegotiationPage negotiationPage() {
		return negotiationPages.page(11, null, false, "", "");
	}

	private TimelineView home() {
		return timeline.page(TimelineFilter.parse(null, null, null), 1);
	}

	private Comparison comparison() {
		return compare.compare(List.of(10, 11, 12), "");
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aNewSourceKeepsThePageModelsAndAnyOtherWriteBuildsThemAgain() throws Exception {
		NegotiationPage negotiation = negotiationPage();
		TimelineView home = home();
		Comparison comparison = comparison();
		assertThat(negotiationPage()).as("cached").isSameAs(negotiation);
		assertThat(home()).as("cached").isSameAs(home);
		assertThat(comparison()).as("cached").isSameAs(comparison);

		long id = create("/api/v1/sources", "{\"title\":\"Page model test source\"}");
		try {
			assertThat(negotiationPage()).as("nothing cites a new source").isSameAs(negotiation);
			assertThat(home()).as("nothing cites a new source").isSameAs(home);
			assertThat(comparison()).as("nothing cites a new source").isSameAs(comparison);
			assertThat(page("/sources/" + id)).as("the pages themselves are fresh").contains("Page model test source");
		}
		finally {
			mvc.perform(delete("/api/v1/sources/" + id).with(user("ana").roles("ANALYST")))
				.andExpect(status().isNoContent());
			jdbc.update("delete from sources where id = ?", id);
		}
		// A deletion is not a creation: built again (a source that was cited cannot be deleted, but the
		// version does not tell which source an entry is of).
		NegotiationPage afterDeletion = negotiationPage();
		assertThat(afterDeletion).isNotSameAs(negotiation).isEqualTo(negotiation);

		// A new round of the 11th SMA is on its page and on the timeline at once.
		Long source = jdbc.queryForObject("select min(id) from sources", Long.class);
		long round = create("/api/v1/negotiations/11/rounds", """
				{"kind":"WORKING_LEVEL","startDate":"2020-02-02","city":"Model City","country":"Nowhere",
				 "outcome":"CONTINUED","summary":"A round to test the page models","sourceIds":[%d]}""".formatted(source));
		try {
			assertThat(negotiationPage().rounds()).anyMatch(r -> r.id() == round && r.venue().startsWith("Model City"));
			assertThat(page("/negotiations/11")).contains("Model City");
			assertThat(page("/")).contains("A round to test the page models");
		}
		finally {
			mvc.perform(delete("/api/v1/rounds/" + round).with(user("ana").roles("ANALYST")))
				.andExpect(status().isNoContent());
			jdbc.update("delete from rounds where id = ?", round);
		}
		assertThat(negotiationPage().rounds()).noneMatch(r -> r.id() == round);
		assertThat(page("/negotiations/11")).doesNotContain("Model City");
	}

	@Test
	void aCorrectedSourceIsShownAtOnceWhereItIsCited() throws Exception {
		String cited = "title=\"S. Korea, US agree to seek early conclusion of defense cost-sharing talks (Yonhap)\"";
		assertThat(page("/negotiations/11")).contains(cited);
		NegotiationPage before = negotiationPage();
		String source = page("/api/v1/sources/SEED001");
		long id = Long.parseLong(source.replaceAll(".*\"id\":(\\d+).*", "$1"));
		String corrected = source.replace("\"title\":\"S. Korea, US agree", "\"title\":\"Corrected: S. Korea, US agree");
		mvc.perform(put("/api/v1/sources/" + id).with(user("ana").roles("ANALYST"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(corrected)).andExpect(status().isOk());
		try {
			String now = "title=\"Corrected: S. Korea, US agree to seek early conclusion of defense cost-sharing talks (Yonhap)\"";
			assertThat(page("/negotiations/11")).contains(now).doesNotContain(cited);
			assertThat(negotiationPage()).isNotSameAs(before);
		}
		finally {
			String again = page("/api/v1/sources/SEED001");
			mvc.perform(put("/api/v1/sources/" + id).with(user("ana").roles("ANALYST"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(again.replace("\"title\":\"Corrected: ", "\"title\":\""))).andExpect(status().isOk());
		}
		assertThat(page("/negotiations/11")).contains(cited);
	}

	@Test
	void anotherInstancesSourceWriteKeepsTheAnalyses() {
		DataVersion fresh = new DataVersion(jdbc, caches, Duration.ZERO);
		long before = fresh.current();
		long cited = fresh.ofCitedRecord();
		GapReport cached = gaps.analyse(12, null, false);
		anotherInstanceWrote("source", "CREATED");
		assertThat(fresh.current()).isGreaterThan(before);
		assertThat(fresh.ofCitedRecord()).as("nothing cites a new source").isEqualTo(cited);
		assertThat(gaps.analyse(12, null, false)).as("kept: the version it is cached by did not change")
			.isSameAs(cached);
		readTheVersionNow();
	}

	@Test
	void aRateWrittenHereOrByAnotherInstanceGivesANewRateTable() throws Exception {
		ExchangeRateTable table = rates.table();
		long id = create("/api/v1/exchange-rates", "{\"year\":2099,\"krwPerUsd\":1500}");
		try {
			ExchangeRateTable withIt = rates.table();
			assertThat(withIt).isNotSameAs(table);
			assertThat(withIt.rateFor(2099).orElseThrow().rateYear()).as("the new year's rate").isEqualTo(2099);
		}
		finally {
			mvc.perform(delete("/api/v1/exchange-rates/" + id).with(user("ana").roles("ANALYST")))
				.andExpect(status().isNoContent());
			jdbc.update("delete from exchange_rates where id = ?", id);
		}
		ExchangeRateTable without = rates.table();
		assertThat(without.rateFor(2099).orElseThrow().rateYear()).as("deleted again").isLessThan(2099);

		DataVersion fresh = new DataVersion(jdbc, caches, Duration.ZERO);
		long before = fresh.ofRates();
		anotherInstanceWrote("exchange-rate", "UPDATED");
		assertThat(fresh.ofRates()).as("a rate written elsewhere").isGreaterThan(before);
		readTheVersionNow();
		assertThat(rates.table()).as("read again").isNotSameAs(without);
	}

	@Test
	void aWriteHereIsReadOnTheWritersThreadSoTheNextRequestFindsTheVersionRead() {
		// Its own DataVersion (read again only after an hour), told of a write as the app's is.
		DataVersion here = new DataVersion(jdbc, caches, Duration.ofHours(1));
		long before = here.current();
		long reads = here.reads();
		anotherInstanceWrote("test", "UPDATED");
		here.changed(new RecordChanged("test", 0));
		assertThat(here.reads()).as("read once, after the commit").isEqualTo(reads + 1);
		long newest = jdbc.queryForObject("select max(id) from audit_log", Long.class);
		assertThat(here.current()).as("the write's entry").isEqualTo(newest).isGreaterThan(before);
		assertThat(here.reads()).as("the request after it reads nothing").isEqualTo(reads + 1);
		readTheVersionNow();
	}

	@Test
	void aWriteHereReadTheVersionBeforeItsAnswer() throws Exception {
		readTheVersionNow();
		long reads = version.reads();
		long id = create("/api/v1/sources", "{\"title\":\"Cache test source, read at once\"}");
		try {
			assertThat(version.reads()).as("read by the write, after its commit").isGreaterThan(reads);
			long newest = jdbc.queryForObject("select max(id) from audit_log", Long.class);
			assertThat(version.current()).isEqualTo(newest);
		}
		finally {
			mvc.perform(delete("/api/v1/sources/" + id).with(user("ana").roles("ANALYST")))
				.andExpect(status().isNoContent());
			jdbc.update("delete from sources where id = ?", id);
		}
	}

	@Test
	void aWriteRolledBackLeavesTheVersionAsItWas() {
		long before = version.current();
		tx.executeWithoutResult(status -> {
			audit.record("test", 0, AuditAction.UPDATED, "Caching test, rolled back", null, null);
			assertThat(version.current()).as("the writer reads its own entry").isGreaterThan(before);
			status.setRollbackOnly();
		});
		assertThat(version.current()).as("the entry never committed").isEqualTo(before);
	}

	@Test
	void aWritersUncommittedEntryIsNotCountedByOtherReaders() throws Exception {
		long before = version.ofAllButPositions();
		tx.executeWithoutResult(status -> {
			audit.record("round", 0, AuditAction.UPDATED, "Caching test, rolled back", null, null);
			assertThat(version.ofAllButPositions()).as("the writer reads its own entry").isGreaterThan(before);
			// Another request meanwhile, outside the writer's transaction, reading the version afresh: what it
			// caches under that number is read without the entry, so the number must not count it.
			version.changing(new RecordChanged("test", 0));
			long elsewhere = CompletableFuture.supplyAsync(version::ofAllButPositions).join();
			assertThat(elsewhere).as("read outside the writer's transaction").isEqualTo(before);
			status.setRollbackOnly();
		});
		assertThat(version.ofAllButPositions()).as("the entry never committed").isEqualTo(before);
	}

	@Test
	void anotherInstancesSourceCorrectionBuildsThePageModelsAgain() {
		DataVersion fresh = new DataVersion(jdbc, caches, Duration.ZERO);
		long cited = fresh.ofCitedRecord();
		NegotiationPage page = negotiationPage();
		assertThat(negotiationPage()).as("cached").isSameAs(page);
		// A source corrected elsewhere may be cited here.
		anotherInstanceWrote("source", "UPDATED");
		assertThat(fresh.ofCitedRecord()).as("a corrected source counts").isGreaterThan(cited);
		assertThat(negotiationPage()).as("built again").isNotSameAs(page);
		readTheVersionNow();
	}

	@Test
	void anotherInstancesPositionEditKeepsWhatTheAnalysesStandOnButNotTheAnalyses() {
		DataVersion fresh = new DataVersion(jdbc, caches, Duration.ZERO);
		long cited = fresh.ofCitedRecord();
		long allButPositions = fresh.ofAllButPositions();
		GapReport cached = gaps.analyse(12, null, false);
		anotherInstanceWrote("position", "UPDATED");
		assertThat(fresh.ofCitedRecord()).as("an edited position is cited").isGreaterThan(cited);
		assertThat(fresh.ofAllButPositions()).as("only a position changed").isEqualTo(allButPositions);
		assertThat(gaps.analyse(12, null, false)).as("analysed again").isNotSameAs(cached);
		anotherInstanceWrote("source", "CREATED");
		assertThat(fresh.ofAllButPositions()).as("nor does a new source count").isEqualTo(allButPositions);
		anotherInstanceWrote("round", "UPDATED");
		assertThat(fresh.ofAllButPositions()).as("a round's entry after them").isGreaterThan(allButPositions);
		readTheVersionNow();
	}

	@Test
	void theAgreementsAndTheirStatementsAreKeptAcrossAPositionEditAndReadAgainAfterAnAgreementsEdit() {
		readTheVersionNow();
		List<Agreement> agreements = agreementRecord.agreements();
		List<TermStatement> statements = agreementRecord.statements();
		assertThat(agreements).isNotEmpty();
		assertThat(statements).isNotEmpty();
		assertThat(agreementRecord.agreements()).as("kept").isSameAs(agreements);

		anotherInstanceWrote("position", "UPDATED");
		readTheVersionNow();
		assertThat(agreementRecord.agreements()).as("kept across a position edit").isSameAs(agreements);
		assertThat(agreementRecord.statements()).as("kept across a position edit").isSameAs(statements);

		anotherInstanceWrote("agreement", "UPDATED");
		readTheVersionNow();
		assertThat(agreementRecord.agreements()).as("read again after an agreement's edit").isNotSameAs(agreements)
			.extracting(Agreement::getSmaNumber)
			.isEqualTo(agreements.stream().map(Agreement::getSmaNumber).toList());
		assertThat(agreementRecord.statements()).as("read again after an agreement's edit").isNotSameAs(statements);
	}

	@Test
	void anotherInstancesWriteIsSeenOnceTheVersionIsReadAgain() {
		// A DataVersion that always asks the database, as an instance does after its max age.
		DataVersion fresh = new DataVersion(jdbc, caches, Duration.ZERO);
		long before = fresh.current();
		GapReport cached = gaps.analyse(12, null, false);
		anotherInstanceWrote("test", "UPDATED");
		assertThat(fresh.current()).isGreaterThan(before);
		assertThat(gaps.analyse(12, null, false)).as("recomputed after the other write").isNotSameAs(cached);
		readTheVersionNow();
	}

}
