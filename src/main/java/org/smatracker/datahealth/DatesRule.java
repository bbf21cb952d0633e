package org.smatracker.datahealth;

import java.time.LocalDate;
import java.util.Optional;

import org.smatracker.datahealth.Facts.AgreementFacts;
import org.smatracker.datahealth.Facts.DateFact;
import org.smatracker.datahealth.Facts.NegotiationFacts;
import org.smatracker.datahealth.Rule.Findings;

/**
 * Every agreement has its signing, National Assembly consent and entry into force, each with the
 * source that gives it, or marked not known with a note of what was searched; and they come in that
 * order, after the talks ended.
 */
final class DatesRule {

	static final String CODE = "dates";

	static void check(Facts facts, Findings findings) {
		for (AgreementFacts a : facts.agreements()) {
			RecordRef ref = RecordRef.agreement(a.id(), a.smaNumber());
			complete("signed", a.signed(), ref, findings);
			complete("consent", a.consent(), ref, findings);
			complete("inForce", a.inForce(), ref, findings);
			order("signed", a.signed(), "consent", a.consent(), ref, findings);
			order("consent", a.consent(), "inForce", a.inForce(), ref, findings);
			order("signed", a.signed(), "inForce", a.inForce(), ref, findings);
			Optional<NegotiationFacts> talks = facts.negotiations()
				.stream()
				.filter(n -> n.smaNumber() == a.smaNumber())
				.findFirst();
			LocalDate signed = a.signed() == null ? null : a.signed().date();
			if (talks.isPresent() && talks.get().end() != null && signed != null && talks.get().end().isAfter(signed)) {
				findings.add(Severity.ERROR, ref, "health.dates.talksAfterSigning",
						talks.get().end(), signed);
			}
		}
	}

	private static void complete(String which, DateFact fact, RecordRef ref, Findings findings) {
		boolean hasNote = fact != null && fact.note() != null && !fact.note().isBlank();
		if (fact == null || fact.date() == null) {
			if (!hasNote) {
				findings.add(Severity.ERROR, ref, "health.dates.missing." + which);
			}
			else {
				findings.add(Severity.INFO, ref, "health.dates.notKnown." + which, fact.note());
			}
		}
		else if (fact.source() == null) {
			findings.add(Severity.ERROR, ref, "health.dates.unsourced." + which, fact.date());
		}
		else if (!fact.source().confirmed()) {
			findings.add(Severity.WARNING, ref, "health.dates.background", fact.date(),
					fact.source().code());
		}
	}

	private static void order(String first, DateFact a, String second, DateFact b, RecordRef ref,
			Findings findings) {
		if (a != null && b != null && a.date() != null && b.date() != null && b.date().isBefore(a.date())) {
			findings.add(Severity.ERROR, ref, "health.dates.order." + first + "-" + second, first, a.date(), second, b.date());
		}
	}

}
