package org.smatracker.datahealth;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.smatracker.datahealth.Facts.NegotiationFacts;
import org.smatracker.datahealth.Facts.RoundFacts;
import org.smatracker.datahealth.Rule.Findings;

/**
 * Talks end on the day agreement was reached (the end of the first meeting that reached agreement
 * in principle, not the later announcement), and their meetings lie inside them. Initialling and
 * signing come after the talks end, so meetings that agreed or concluded may fall after the end;
 * a formal round outside the talks is an error, an informal meeting outside them a warning.
 */
final class TalksRule {

	static final String CODE = "talks";

	static void check(Facts facts, Findings findings) {
		for (NegotiationFacts n : facts.negotiations()) {
			RecordRef ref = RecordRef.negotiation(n.id(), n.smaNumber());
			List<RoundFacts> rounds = facts.rounds()
				.stream()
				.filter(r -> r.smaNumber() == n.smaNumber())
				.sorted(Comparator.comparing(RoundFacts::start))
				.toList();
			Optional<RoundFacts> reached = rounds.stream()
				.filter(r -> "AGREEMENT_IN_PRINCIPLE".equals(r.outcome()))
				.findFirst();
			if (reached.isPresent() && n.end() != null && !n.end().equals(reached.get().last())) {
				findings.add(Severity.ERROR, ref, "health.talks.end", n.end(), reached.get().last());
			}
			if (reached.isPresent() && n.end() == null) {
				findings.add(Severity.ERROR, ref, "health.talks.open", reached.get().last());
			}
			for (RoundFacts r : rounds) {
				RecordRef roundRef = RecordRef.round(r.id(), r.smaNumber(), r.number(), r.start());
				Severity severity = "FORMAL".equals(r.kind()) ? Severity.ERROR : Severity.WARNING;
				if (r.start().isBefore(n.start())) {
					findings.add(severity, roundRef, "health.talks.roundBefore", r.start(), n.start());
				}
				boolean afterTalksAllowed = "AGREEMENT_IN_PRINCIPLE".equals(r.outcome())
						|| "CONCLUDED".equals(r.outcome());
				LocalDate end = n.end();
				if (end != null && r.last().isAfter(end) && !afterTalksAllowed) {
					findings.add(severity, roundRef, "health.talks.roundAfter", r.last(), end);
				}
			}
		}
	}

}
