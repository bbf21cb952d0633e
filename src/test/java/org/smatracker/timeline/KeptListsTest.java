package org.smatracker.timeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.smatracker.ApiCalls;
import org.smatracker.AppTest;
import org.smatracker.agreement.AgreementRecord;
import org.smatracker.negotiation.Negotiation;
import org.smatracker.negotiation.NegotiationService;
import org.smatracker.negotiation.Round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list of negotiations (the list and compare pages) and a timeline period's rounds are kept across
 * position edits, as the rest of a negotiation's record is: after one, the pages are built on the same
 * entities, read in sessions long closed (an association a page reads and they did not fetch fails
 * here), and show the edit; a round's write reads them again.
 */
@AppTest
class KeptListsTest {

	@Autowired
	NegotiationService negotiations;

	@Autowired
	TimelinePages pages;

	@Autowired
	AgreementRecord agreements;

	@Autowired
	CacheManager caches;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void afterAPositionEditThePagesAreBuiltOnTheKeptListsAndARoundsWriteReadsThemAgain() throws Exception {
		Long source = jdbc.queryForObject("select min(id) from sources", Long.class);
		// Read by themselves, each in its own transaction: nothing a page touches is initialised yet. The
		// rounds of every period the pages below show (the timeline's, and filtered by SMA 11).
		caches.getCache("recordParts").clear();
		List<Negotiation> all = negotiations.list();
		Map<TimelinePages.Period, List<Round>> rounds = new HashMap<>();
		for (TimelinePages.Period p : pages.index(null, true, agreements.agreements())) {
			rounds.put(p, negotiations.roundsStarting(null, p.from(), p.to()));
		}
		Map<TimelinePages.Period, List<Round>> roundsOf11 = new HashMap<>();
		for (TimelinePages.Period p : pages.index(11, false, agreements.agreements())) {
			roundsOf11.put(p, negotiations.roundsStarting(11, p.from(), p.to()));
		}
		assertThat(rounds.values().stream().flatMap(List::stream).map(Round::getId))
			.containsAll(roundsOf11.values().stream().flatMap(List::stream).map(Round::getId).toList());
		long id = ApiCalls.create(mvc, "/api/v1/negotiations/11/positions",
				ApiCalls.position(1_500_000_000L, source, null, "Kept lists test"));
		try {
			ApiCalls.update(mvc, "/api/v1/positions/" + id, ApiCalls.position(1_700_000_000L, source, 0, "Kept lists test"));
			assertThat(negotiations.list()).as("the negotiations kept").isSameAs(all);
			rounds.forEach((p, kept) -> assertThat(negotiations.roundsStarting(null, p.from(), p.to())).as("kept")
				.isSameAs(kept));
			roundsOf11.forEach((p, kept) -> assertThat(negotiations.roundsStarting(11, p.from(), p.to()))
				.as("SMA 11's kept")
				.isSameAs(kept));
			for (String path : List.of("/", "/?lang=ko", "/?sma=11&party=US&order=asc", "/negotiations",
					"/negotiations?lang=ko", "/compare?sma=10&sma=11&sma=12", "/compare?sma=11&lang=ko")) {
				assertThat(page(path)).as(path).contains("<h1").doesNotContain("??");
			}
			assertThat(page("/?sma=11&party=US&order=asc")).as("the edited position on the timeline")
				.contains("US$1.7 billion");

			long round = ApiCalls.create(mvc, "/api/v1/negotiations/11/rounds", """
					{"kind":"VIDEO","startDate":"2019-12-21","outcome":"CONTINUED","summary":"Kept lists test call",
					 "sourceIds":[%d]}""".formatted(source));
			try {
				TimelinePages.Period first = pages.index(11, false, agreements.agreements()).get(0);
				assertThat(negotiations.roundsStarting(11, first.from(), first.to())).as("read again after a round's write")
					.isNotSameAs(roundsOf11.get(first))
					.anySatisfy(r -> assertThat(r.getId()).isEqualTo(round));
				assertThat(page("/?sma=11")).contains("Kept lists test call");
			}
			finally {
				mvc.perform(delete("/api/v1/rounds/" + round).with(user("ana").roles("ANALYST")))
					.andExpect(status().isNoContent());
				jdbc.update("delete from round_sources where round_id = ?", round);
				jdbc.update("delete from rounds where id = ?", round);
			}
		}
		finally {
			ApiCalls.takeOutPosition(mvc, jdbc, id);
		}
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
