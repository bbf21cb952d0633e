package org.smatracker.negotiation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.smatracker.agreement.AgreementRepository;
import org.smatracker.gap.GapAnalysis;
import org.smatracker.gap.NormalisedOffer;
import org.smatracker.negotiation.GapService.GapReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The analyses the JSON, charts and compare page read (positions as figures, the rest kept across
 * position edits) are the ones the negotiation page computes from the records it shows.
 */
@AppTest
class GapServiceTest {

	@Autowired
	GapService gaps;

	@Autowired
	GapFrames frames;

	@Autowired
	NegotiationService negotiationRecords;

	@Autowired
	RecordParts parts;

	@Autowired
	CacheManager caches;

	@Autowired
	NegotiationRepository negotiations;

	@Autowired
	AgreementRepository agreements;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theAnalysesFromFiguresAreThoseFromTheRecords() {
		List<Negotiation> all = negotiations.findAllByOrderBySmaNumber();
		assertThat(all).hasSizeGreaterThanOrEqualTo(4);
		List<LocalDate> dates = new ArrayList<>();
		dates.add(null);
		dates.add(LocalDate.of(2019, 11, 19));
		dates.add(LocalDate.of(2020, 3, 31));
		dates.add(LocalDate.of(2013, 6, 1));
		int withPositions = 0;
		for (Negotiation n : all) {
			for (LocalDate asOf : dates) {
				for (boolean official : new boolean[] { false, true }) {
					GapAnalysis fromRecords = gaps.analyse(negotiationRecords.load(n.getSmaNumber()), asOf, official)
						.analysis();
					GapAnalysis fromFigures = gaps.analyse(n.getSmaNumber(), asOf, official).analysis();
					assertThat(fromFigures).as("SMA %d as of %s, official only %s", n.getSmaNumber(), asOf, official)
						.isEqualTo(fromRecords);
					if (asOf == null && !official && !fromRecords.offers().isEmpty()) {
						withPositions++;
					}
				}
			}
		}
		assertThat(withPositions).as("negotiations with positions compared").isGreaterThanOrEqualTo(3);
		Map<Integer, GapReport> each = gaps.analyseEach(all, agreements.findAllByOrderBySmaNumber(), null, false);
		for (Negotiation n : all) {
			assertThat(each.get(n.getSmaNumber()).analysis()).as("SMA %d compared", n.getSmaNumber())
				.isEqualTo(gaps.analyse(n.getSmaNumber(), null, false).analysis());
		}
		// Sources are counted per position: a position citing several keeps them all, by code.
		assertThat(gaps.analyse(11, null, false).analysis().offers())
			.anySatisfy(o -> assertThat(o.offer().sourceCodes()).hasSizeGreaterThan(1).isSorted());
	}

	@Test
	void anEditedPositionIsAnalysedOnTheRoundsAndAgreementsAsRead() throws Exception {
		Long source = jdbc.queryForObject("select min(id) from sources", Long.class);
		long id = create("/api/v1/negotiations/11/positions", position(1_500_000_000L, source, null));
		try {
			GapFrames.Frame frame = frames.frame(11);
			assertThat(frames.frame(11)).as("cached").isSameAs(frame);
			NegotiationService.NegotiationRecord record = negotiationRecords.load(11);
			ApiCalls.update(mvc, "/api/v1/positions/" + id, position(1_700_000_000L, source, 0));
			assertThat(frames.frame(11)).as("kept across a position edit").isSameAs(frame);
			assertThat(amountOf(id)).as("the edit analysed").isEqualByComparingTo("1700000000");
			NegotiationService.NegotiationRecord edited = negotiationRecords.load(11);
			assertThat(edited.negotiation()).as("the negotiation kept across a position edit")
				.isSameAs(record.negotiation());
			assertThat(edited.rounds()).as("the rounds kept").isSameAs(record.rounds());
			assertThat(edited.chiefs()).as("the appointments kept").containsExactlyElementsOf(record.chiefs());
			assertThat(edited.offers()).as("the positions read afresh")
				.anySatisfy(o -> assertThat(o.getId()).isEqualTo(id))
				.filteredOn(o -> o.getId() == id)
				.singleElement()
				.satisfies(o -> assertThat(o.getAmount()).isEqualByComparingTo("1700000000"));

			long round = create("/api/v1/negotiations/11/rounds", """
					{"kind":"VIDEO","startDate":"2019-12-21","outcome":"CONTINUED","summary":"Frame test call",
					 "sourceIds":[%d]}""".formatted(source));
			try {
				assertThat(frames.frame(11)).as("read again after a round's write").isNotSameAs(frame);
				assertThat(frames.frame(11).rounds()).containsKey(round);
				assertThat(negotiationRecords.load(11).rounds()).as("the record's rounds read again")
					.anySatisfy(r -> assertThat(r.getId()).isEqualTo(round));
				assertThat(gaps.analyse(11, null, false).round(round)).isNotNull();
			}
			finally {
				mvc.perform(delete("/api/v1/rounds/" + round).with(user("ana").roles("ANALYST")))
					.andExpect(status().isNoContent());
				jdbc.update("delete from rounds where id = ?", round);
			}
		}
		finally {
			ApiCalls.takeOutPosition(mvc, jdbc, id);
		}
		assertThat(gaps.analyse(11, null, false).analysis().offers()).noneMatch(o -> o.offer().id() == id);
	}

	/**
	 * The pages are built on the kept parts once their own session has closed: every association a page
	 * reads of them was read with them (one left lazy fails here: none can load later), in both languages
	 * and as of a date, and the edited position shows.
	 */
	@Test
	void afterAPositionEditEveryNegotiationPageIsBuiltOnTheKeptPartsAndShowsTheEdit() throws Exception {
		Long source = jdbc.queryForObject("select min(id) from sources", Long.class);
		List<Integer> smas = negotiations.findAllByOrderBySmaNumber().stream().map(Negotiation::getSmaNumber).toList();
		// Read by the parts alone, in their own transaction: nothing a page touched is initialised yet.
		caches.getCache("recordParts").clear();
		Map<Integer, RecordParts.Parts> before = new HashMap<>();
		for (int sma : smas) {
			before.put(sma, parts.parts(sma));
		}
		long id = create("/api/v1/negotiations/11/positions", position(1_500_000_000L, source, null));
		try {
			ApiCalls.update(mvc, "/api/v1/positions/" + id,
					ApiCalls.position(1_700_000_000L, source, 0, "Kept parts quote"));
			for (int sma : smas) {
				assertThat(parts.parts(sma)).as("SMA %d's parts kept", sma).isSameAs(before.get(sma));
				for (String query : List.of("", "?lang=ko", "?asOf=2020-03-31", "?lang=ko&asOf=2013-06-01")) {
					String html = mvc.perform(get("/negotiations/" + sma + query))
						.andExpect(status().isOk())
						.andReturn()
						.getResponse()
						.getContentAsString();
					assertThat(html).as("SMA %d%s", sma, query).contains("<h1").doesNotContain("??");
					if (sma == 11 && !query.contains("2013")) {
						assertThat(html).as("the edit on SMA 11's page%s", query).contains("Kept parts quote");
					}
				}
			}
		}
		finally {
			ApiCalls.takeOutPosition(mvc, jdbc, id);
		}
	}

	private BigDecimal amountOf(long id) {
		return gaps.analyse(11, null, false)
			.analysis()
			.offers()
			.stream()
			.filter(o -> o.offer().id() == id)
			.map(NormalisedOffer::amountUsd)
			.findFirst()
			.orElseThrow();
	}

	private static String position(long usd, long source, Integer version) {
		return ApiCalls.position(usd, source, version, "Gap service test");
	}

	private long create(String path, String json) throws Exception {
		return ApiCalls.create(mvc, path, json);
	}

}
