package org.smatracker.analysis;

import java.time.Instant;
import java.util.List;

/**
 * Everything {@code /negotiations/{n}} (and its embeddable chart) shows, formatted once in the
 * request's language by {@link NegotiationPageService}: the template only places strings. Absent
 * values are null; {@code sources} fields are ready HTML from {@link org.smatracker.source.SourceLinks}.
 */
public record NegotiationPage(int smaNumber, long id, String smaName, String title, Instant lastUpdated,
		List<String> sentences, String start, String startIso, String end, Link agreement, int roundCount, String compareHref,
		Gap gap, List<Chief> chiefs, List<Person> highLevel, List<RoundRow> rounds, List<PositionRow> positions) {

	public record Link(String href, String text) {
	}

	/** The gap section: the summary figures, each with its working, and the table the chart draws. */
	public record Gap(Figure baseline, Figure openingDemand, Figure openingOffer, Figure agreed, String where,
			String settlementPoint, List<String> settlementWorking, String increase, List<String> increaseWorking,
			boolean drawable, String emptyNote, Table table) {
	}

	/**
	 * A figure with "How is this computed?": its text, a note beside it (as stated, for which year),
	 * the working's lines, a quote and the sources.
	 */
	public record Figure(String text, String note, List<String> working, String quote, String sources) {
	}

	/** The gap table: the chart's data attributes (plain decimals) and one row per point. */
	public record Table(String agreedKrw, String agreedUsd, String signed, List<Row> rows) {
	}

	public record Row(String date, String dateText, List<Link> meetings, Cell demand, Cell offer,
			List<Claim> disputed, String gapKrw, String gapUsd, String ofBaseline, String ratio, String closed,
			String moved, List<String> working, String demandKrw, String demandUsd, String offerKrw,
			String offerUsd) {
	}

	/** A side's standing position at a point; rivals are other reports of it the gap does not use. */
	public record Cell(String amount, String stated, String sources, List<Claim> rivals) {
	}

	public record Claim(String text, String sources) {
	}

	public record Chief(String party, String partyClass, Link person, String otherName, String otherLang,
			String title, String from, String to, String sources) {
	}

	public record Person(Link person, String title) {
	}

	public record Lead(Link person, String party) {
	}

	public record RoundRow(long id, String end, String keyEvent, String title, String start, String span,
			String venue, List<Lead> leads, String outcome, String outcomeClass, String summary, String sources) {
	}

	public record PositionRow(long id, boolean current, String reported, String reportedText, Link round,
			String party, String partyClass, String kind, String form, String stated, String revised,
			boolean relative, String normalised, String awaiting, int year, String reliability, String status,
			String statusClass, String note, String quote, String sources) {
	}

}
