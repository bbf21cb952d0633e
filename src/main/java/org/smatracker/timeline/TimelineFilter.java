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
