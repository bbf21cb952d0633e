package org.smatracker.datahealth;

import java.util.List;

/**
 * One thing the checker found about one record. The sentence is a message key with its arguments,
 * so that the page says it in the reader's language; {@code note} is an acknowledgement's note.
 */
public record Finding(String rule, Severity severity, RecordRef record, String messageKey, List<Object> args,
		String note) {

	static Finding of(String rule, Severity severity, RecordRef record, String messageKey, Object... args) {
		return new Finding(rule, severity, record, messageKey, List.of(args), null);
	}

	Finding acknowledged(String why) {
		return new Finding(rule, Severity.WARNING, record, messageKey, args, why);
	}

}
