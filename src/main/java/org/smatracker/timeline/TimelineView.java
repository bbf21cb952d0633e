package org.smatracker.timeline;

import java.util.List;

import org.smatracker.analysis.CompareService.ContributionYear;

/**
 * Everything the timeline page shows, built once per request by {@link TimelineService#page} with every
 * value already written in the request's language: the template only places strings, so a page costs a
 * handful of expressions per event instead of dozens.
 */
public record TimelineView(Filters filters, Standing standing, List<ContributionYear> contributions, Pager pager,
		List<Year> years) {

	/** One choice in a filter's list. */
	public record Option(String value, String label, boolean selected) {
	}

	/** The filter form: its choices, and where "clear filters" leads (null when nothing is filtered). */
	public record Filters(List<Option> agreements, List<Option> parties, boolean newestFirst, String clearHref) {
	}

	/** "Where things stand today"; {@code latest} and its fields are null when no statement is on record. */
	public record Standing(String inForce, String detailsHref, String amount, String latest, String latestSummary,
			String latestHref) {
	}

	/** Links to the neighbouring pages (null at either end) and "Page 2 of 3"; absent when one page holds all. */
	public record Pager(String previousHref, String position, String nextHref) {

		/** Page {@code number} of {@code pages} (from 1), its neighbours keeping the filters; null for a single page. */
		static Pager of(TimelineFilter filter, int number, int pages, String position) {
			if (pages < 2) {
				return null;
			}
			return new Pager(number > 1 ? filter.pageUrl(number - 1) : null, position,
					number < pages ? filter.pageUrl(number + 1) : null);
		}

	}

	public record Year(int year, String headingId, List<Entry> entries) {
	}

	/**
	 * One event as one compact entry: when, what (linked to the page with the details), an optional
	 * badge (a round's outcome, "outside formal talks"), a line of facts, a key figure ("Korea's
	 * contribution in 2019, the first year": the amount rounded for reading, exact on hover), a short
	 * text, the positions stated and the sources. Parts an event lacks are null (lists too, so that the
	 * template asks one question, not two); everything is flat, one read per value.
	 */
	public record Entry(String css, String isoDate, String when, String title, String href, String badgeCss,
			String badgeLabel, String meta, String figureLabel, String figureAmount, String figureExact, String text,
			String positionsLabel, List<Position> positions, List<SourceLink> sources) {
	}

	/** A party's stated position: the party badge, "Demand: US$5 billion (reported)", its status if not current. */
	public record Position(String partyCss, String partyLabel, String text, String statusCss, String statusLabel) {
	}

	/**
	 * A source code linked to the source itself (a web address, opened in a new tab: {@code target} and
	 * {@code rel} set) or to its page here (both null); {@code unconfirmed} is the badge's text or null.
	 */
	public record SourceLink(String href, String code, String title, String target, String rel, String unconfirmed) {
	}

}
