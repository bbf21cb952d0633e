package org.smatracker.model;

import java.time.LocalDate;

/**
 * What any text or date typed into the record must be, whatever the field. Plain Java: the edge
 * validator applies it to every form and JSON body, the feeds use {@link #withoutControlCharacters}.
 */
public final class InputRules {

	/**
	 * The plausible range of any date in the record: the SMA began in 1991 and its sources, people
	 * and schedules lie well inside this; a date outside it is a typo (9999-12-31, +10000-01-01).
	 */
	public static final LocalDate EARLIEST_DATE = LocalDate.of(1950, 1, 1);

	public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

	private InputRules() {
	}

	/**
	 * Text without control characters (NUL, escape, the C1 range …) and without characters XML cannot
	 * carry (lone surrogates, U+FFFE, U+FFFF). Tab and line breaks are kept: long texts have them.
	 */
	public static boolean isPlainText(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (!allowed(c)) {
				return false;
			}
		}
		return true;
	}

	public static boolean isPlausibleDate(LocalDate date) {
		return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
	}

	/** The text with what {@link #isPlainText} refuses left out (for output that must stay valid XML). */
	public static String withoutControlCharacters(String text) {
		if (text == null || isPlainText(text)) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				kept.append(c).append(text.charAt(++i));
			}
			else if (allowed(c)) {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	private static boolean allowed(char c) {
		if (c == '\t' || c == '\n' || c == '\r') {
			return true;
		}
		return c >= 0x20 && !(c >= 0x7f && c <= 0x9f) && !Character.isSurrogate(c) && c != 0xfffe && c != 0xffff;
	}

}
