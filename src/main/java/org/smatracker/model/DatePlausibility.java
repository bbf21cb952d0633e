package org.smatracker.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A date an analyst must confirm before it is saved: more than a year ahead (a round dated four
 * years out would top the timeline) or before 1990 (before any SMA talks). Not an error — talks
 * can be announced ahead — but worth a second look. Plain Java; dates outside any sane range are
 * refused at the edge, not here.
 */
public final class DatePlausibility {

	static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	private DatePlausibility() {
	}

	public static boolean needsConfirmation(LocalDate date, LocalDate today) {
		return date != null && (date.isAfter(today.plusYears(1)) || date.isBefore(EARLIEST));
	}

	/** The first of a form's date fields, in the order given, whose date needs confirming. */
	public static Optional<String> fieldToConfirm(Map<String, LocalDate> datesByField, LocalDate today) {
		return datesByField.entrySet()
			.stream()
			.filter(e -> needsConfirmation(e.getValue(), today))
			.map(Map.Entry::getKey)
			.findFirst();
	}

}
