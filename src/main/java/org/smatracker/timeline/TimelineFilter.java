package org.smatracker.timeline;

import org.smatracker.model.Party;

/**
 * What the timeline shows: one agreement's history or all, one party's positions or both, newest
 * or oldest first. Built leniently from request parameters: an unreadable value means "no filter".
 */
public record TimelineFilter(Integer sma, Party party, boolean newestFirst) {

	public static TimelineFilter parse(String sma, String party, String order) {
		return new TimelineFilter(parseSma(sma), parseParty(party), !"asc".equalsIgnoreCase(order));
	}

	/** A page number from 1; anything unreadable is the first page. */
	public static int parsePage(String value) {
		if (value == null || value.isBlank()) {
			return 1;
		}
		try {
			return Math.max(1, Integer.parseInt(value.trim()));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	/** The address of another page of the timeline with the same filters. */
	public String pageUrl(int page) {
		StringBuilder url = new StringBuilder("/?");
		if (sma != null) {
			url.append("sma=").append(sma).append('&');
		}
		if (party != null) {
			url.append("party=").append(party.name()).append('&');
		}
		url.append("order=").append(order()).append("&page=").append(page);
		return url.toString();
	}

	private static Integer parseSma(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			int number = Integer.parseInt(value.trim());
			return number > 0 ? number : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Party parseParty(String value) {
		if (value == null) {
			return null;
		}
		for (Party p : Party.values()) {
			if (p.name().equalsIgnoreCase(value.trim())) {
				return p;
			}
		}
		return null;
	}

	public String order() {
		return newestFirst ? "desc" : "asc";
	}

	public boolean isFiltered() {
		return sma != null || party != null;
	}

}
