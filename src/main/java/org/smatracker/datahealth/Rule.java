package org.smatracker.datahealth;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One consistency rule over the whole record: its code (the rule's name in findings, in acknowledgements and
 * in the documentation) and the check, which reports into a {@link Findings} that stamps every finding with
 * that code.
 */
record Rule(String code, BiConsumer<Facts, Findings> check) {

	List<Finding> check(Facts facts) {
		Findings findings = new Findings(code);
		check.accept(facts, findings);
		return findings.found;
	}

	/** What one rule found, each finding under the rule's code. */
	static final class Findings {

		private final String rule;

		private final List<Finding> found = new ArrayList<>();

		private Findings(String rule) {
			this.rule = rule;
		}

		void add(Severity severity, RecordRef record, String messageKey, Object... args) {
			found.add(Finding.of(rule, severity, record, messageKey, args));
		}

	}

}
