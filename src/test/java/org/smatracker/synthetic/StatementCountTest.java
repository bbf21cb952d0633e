package org.smatracker.synthetic;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.smatracker.ApiCalls;
import org.smatracker.H2Plan;
import org.smatracker.InstrumentedAppTest;
import org.smatracker.RecordedStatements;
import org.smatracker.model.RecordChanged;
import org.smatracker.negotiation.OfferRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each page and API call issues a fixed number of SQL statements, however large the record: counted
 * by Hibernate's statistics on the reference data, then again after synthetic negotiations (many
 * more rounds and positions than the real record) are added. An N+1 makes the counts differ.
 */
@InstrumentedAppTest
class StatementCountTest {

	/**
	 * Ceiling on any one page, uncached: a page that needs more is loading piece by piece. The
	 * comparison page is the largest (about eight statements per agreement compared, for its gap
	 * analysis), which depends on what is asked for, never on the size of the record.
	 */
	private static final int MOST_STATEMENTS_PER_PAGE = 30;

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory emf;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SyntheticRecord synthetic;

	@Autowired
	CacheManager caches;

	@Autowired
	OfferRepository offers;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void statementsPerPageDoNotGrowWithTheRecord() throws Exception {
		Long negotiatorId = jdbc.queryForObject("select id from negotiators where name = 'James DeHart'", Long.class);
		Long sourceId = jdbc.queryForObject("select min(id) from sources", Long.class);
		List<String> paths = List.of("/", "/?sma=11&party=ROK&order=asc", "/negotiations", "/negotiations/11",
				"/agreements", "/agreements/11", "/negotiators", "/negotiators/" + negotiatorId,
				"/compare?sma=10&sma=11&sma=12", "/api/v1/negotiations/11/gap", "/sources", "/sources/" + sourceId,
				"/exchange-rates", "/search?q=seoul", "/changes");
		Map<String, Long> small = count(paths);
		try {
			// Ten negotiations of sixty rounds with five positions each: 600 rounds and 3,000
			// positions, sixteen times the real record's rounds, more than any batch fetch can hide.
			synthetic.add(10, 60, 5);
			Map<String, Long> large = count(paths);
			// The last page of the large timeline holds the real history's oldest years.
			large.put("/?page=99", count(List.of("/?page=99")).get("/?page=99"));
			System.out.println("Statements per page, reference record: " + small);
			System.out.println("Statements per page, with synthetic negotiations: " + large);
			for (String path : paths) {
				assertThat(large.get(path)).as("statements for %s on the large record", path)
					.isEqualTo(small.get(path));
				assertThat(small.get(path)).as("statements for %s", path).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
			}
			assertThat(large.get("/?page=99")).isEqualTo(small.get("/"));
		}
		finally {
			synthetic.remove();
		}
	}

	/**
	 * After a position's edit (the commonest write while talks go on) only the positions are read again:
	 * the rest of the record and what the analysis stands on are kept (RecordParts, GapFrames), and the
	 * agreements with their years and statements (AgreementRecord) for the timeline and compare.
	 */
	@Test
	void afterAPositionEditThePagesReadOnlyThePositionsAgain() throws Exception {
		String page = "/negotiations/11";
		String gap = "/api/v1/negotiations/11/gap";
		String timeline = "/";
		String compare = "/compare?sma=10&sma=11&sma=12";
		Map<String, Long> cold = count(List.of(page, gap, timeline, compare));
		Long source = jdbc.queryForObject("select min(id) from sources", Long.class);
		long id = ApiCalls.create(mvc, "/api/v1/negotiations/11/positions",
				ApiCalls.position(1_500_000_000L, source, null, "Statement count test"));
		try {
			int version = 0;
			Map<String, Long> afterEdit = new LinkedHashMap<>();
			Map<String, List<String>> agreementReads = new LinkedHashMap<>();
			for (String path : List.of(page, gap, timeline, compare)) {
				mvc.perform(get(path)).andExpect(status().isOk()); // what is kept is read once
				version = ApiCalls.update(mvc, "/api/v1/positions/" + id,
						ApiCalls.position(1_600_000_000L + version, source, version, "Statement count test"));
				Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
				stats.clear();
				RecordedStatements.clear();
				mvc.perform(get(path)).andExpect(status().isOk());
				afterEdit.put(path, stats.getPrepareStatementCount());
				agreementReads.put(path, RecordedStatements.since()
					.stream()
					.filter(sql -> sql.contains("agreement_years") || sql.contains("term_statements"))
					.toList());
			}
			System.out.println("Statements after a position edit: " + afterEdit + " (uncached: " + cold + ")");
			// The positions with their sources (1). Their edits since last read and the negotiation's last
			// change are the edit written here, found without a statement (3 before; 9 before the
			// negotiation, its rounds with their sources and its appointments were kept).
			assertThat(afterEdit.get(page)).isEqualTo(1).isLessThan(cold.get(page));
			// The positions' figures only (the data version is read through JDBC, not counted here).
			assertThat(afterEdit.get(gap)).isEqualTo(1);
			// The timeline and compare read positions (and the timeline its rounds and the history since
			// its count), not the agreements, their years or the statements made during their terms.
			assertThat(agreementReads).allSatisfy((path, reads) -> assertThat(reads).as(path).isEmpty());
			// The timeline: the positions at its rounds and between them (2); its rounds are kept (3 before),
			// and the history since its count is the edit written here, found without a statement (4 before).
			assertThat(afterEdit.get(timeline)).isEqualTo(2).isLessThan(cold.get(timeline));
			// Compare: the chosen negotiations' positions as figures (1); the negotiations are kept (2 before).
			assertThat(afterEdit.get(compare)).isEqualTo(1).isLessThan(cold.get(compare));
		}
		finally {
			jdbc.update("delete from offer_sources where offer_id = ?", id);
			jdbc.update("delete from offers where id = ?", id);
		}
	}

	/**
	 * The timeline's positions at the rounds of its page are found from those rounds, by the index on
	 * the round: joined to the rounds, H2 read every position of every negotiation to keep the page's
	 * (50,000 at 100 times the record, 60 ms of each uncached view of {@code /}). The plan is H2's, with
	 * the statement as Hibernate writes it and bound as the timeline binds it; PostgreSQL chooses its
	 * plans from its own statistics.
	 */
	@Test
	@DisabledIfSystemProperty(named = "spring.profiles.active", matches = ".*postgres.*")
	void onH2TheTimelineReadsOnlyThePositionsOfItsPagesRounds() throws Exception {
		synthetic.add(100, 100, 5);
		try {
			jdbc.execute("ANALYZE"); // statistics as a database this size has them (H2 analyses after 2,000 rows)
			LocalDate from = LocalDate.of(2031, 1, 1), to = LocalDate.of(2032, 1, 1);
			RecordedStatements.clear();
			int found = offers.findAtRoundsBetween(null, from, to).size();
			String sql = RecordedStatements.since()
				.stream()
				.filter(s -> s.contains("offers"))
				.reduce((first, last) -> last)
				.orElseThrow();
			long all = jdbc.queryForObject("select count(*) from offers", Long.class);
			// As the query binds them: the period, then the SMA number (none: every negotiation), twice.
			H2Plan plan = H2Plan.of(jdbc, sql, Arrays.asList(from, to, null, null));
			assertThat(found).as("positions at the rounds of 2031").isGreaterThan(100);
			assertThat(plan.scanned()).as(plan.text()).isLessThan(4L * found + 100).isLessThan(all);
		}
		finally {
			synthetic.remove();
			jdbc.execute("ANALYZE");
		}
	}

	private Map<String, Long> count(List<String> paths) throws Exception {
		Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String path : paths) {
			// Uncached: what a page costs after a write that changes what the timeline counts (a bulk
			// change: nothing kept; after a source, or an edit that keeps a position's or round's date,
			// the count by month is kept and / costs one statement less).
			caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
			events.publishEvent(RecordChanged.bulk("statement count"));
			stats.clear();
			mvc.perform(get(path)).andExpect(status().isOk());
			counts.put(path, stats.getPrepareStatementCount());
		}
		return counts;
	}

}
