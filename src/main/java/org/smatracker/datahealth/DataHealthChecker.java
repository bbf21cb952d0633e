package org.smatracker.datahealth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.smatracker.datahealth.Facts.Acknowledgement;

/**
 * Runs every consistency rule over the record. An error that an acknowledgement names (same rule,
 * same record) stays in the list as a warning carrying the acknowledgement's note: visible, and
 * documented, but no longer failing the build.
 */
public final class DataHealthChecker {

	private static final List<Rule> RULES = List.of(new Rule(ScheduleChainRule.CODE, ScheduleChainRule::check),
			new Rule(CurrencyRule.CODE, CurrencyRule::check), new Rule(TextNumbersRule.CODE, TextNumbersRule::check),
			new Rule(DatesRule.CODE, DatesRule::check), new Rule(TalksRule.CODE, TalksRule::check),
			new Rule(AppointmentsRule.CODE, AppointmentsRule::check), new Rule(SourcesRule.CODE, SourcesRule::check));

	private DataHealthChecker() {
	}

	/** The rule codes, in the order the page and the documentation list them. */
	public static List<String> ruleCodes() {
		return RULES.stream().map(Rule::code).toList();
	}

	public static List<Finding> check(Facts facts) {
		List<Finding> findings = new ArrayList<>();
		for (Rule rule : RULES) {
			for (Finding f : rule.check(facts)) {
				findings.add(f.severity() == Severity.ERROR ? acknowledge(f, facts.acknowledgements()) : f);
			}
		}
		findings.sort(Comparator.comparing(Finding::severity)
			.thenComparing(f -> ruleCodes().indexOf(f.rule()))
			.thenComparing(f -> f.record().path()));
		return findings;
	}

	private static Finding acknowledge(Finding f, List<Acknowledgement> acknowledgements) {
		return acknowledgements.stream()
			.filter(a -> a.rule().equals(f.rule()) && a.recordType().equals(f.record().type())
					&& a.recordId() == f.record().id())
			.findFirst()
			.map(a -> f.acknowledged(a.note()))
			.orElse(f);
	}

	/** Findings counted by rule and severity, e.g. for a report: {"dates ERROR": 3}. */
	public static Map<String, Long> counts(List<Finding> findings) {
		Map<String, Long> counts = new TreeMap<>();
		findings.forEach(f -> counts.merge(f.rule() + " " + f.severity(), 1L, Long::sum));
		return counts;
	}

}
