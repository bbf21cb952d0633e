package org.smatracker.feed;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One change to the record as the public sees it: when, which record (and where to read it), what
 * changed and the sources given. Who made it is left out on purpose.
 */
public record PublicChange(long id, Instant changedAt, String action, String type, String record, String link,
		List<Field> fields, String sources) {

	private static final Pattern SMA = Pattern.compile("^SMA (\\d{1,9})\\b");

	/** A field that changed, before and after (absent on the side where it did not exist). */
	public record Field(String name, String before, String after) {
	}

	/** The page where the changed record is read, from its type, its id and the summary written with it. */
	static String link(String type, long id, String summary) {
		Matcher sma = summary == null ? null : SMA.matcher(summary);
		String n = sma != null && sma.find() ? sma.group(1) : null;
		return switch (type) {
			case "agreement" -> n == null ? "/agreements" : "/agreements/" + n;
			case "negotiation" -> n == null ? "/negotiations" : "/negotiations/" + n;
			case "round" -> n == null ? "/negotiations" : "/negotiations/" + n + "#round-" + id;
			case "position" -> n == null ? "/negotiations" : "/negotiations/" + n + "#positions";
			case "negotiator" -> "/negotiators/" + id;
			case "source" -> "/sources/" + id;
			case "exchange-rate" -> "/exchange-rates";
			default -> null;
		};
	}

}
