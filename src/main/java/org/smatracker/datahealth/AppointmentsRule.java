package org.smatracker.datahealth;


import org.smatracker.datahealth.Facts.AppointmentFacts;
import org.smatracker.datahealth.Facts.Lead;
import org.smatracker.datahealth.Facts.RoundFacts;
import org.smatracker.datahealth.Rule.Findings;

/**
 * Whoever led a meeting held an appointment in those talks that covers the meeting's dates; a
 * meeting with no recorded participant is flagged so that someone looks for them.
 */
final class AppointmentsRule {

	static final String CODE = "appointments";

	static void check(Facts facts, Findings findings) {
		for (RoundFacts r : facts.rounds()) {
			RecordRef ref = RecordRef.round(r.id(), r.smaNumber(), r.number(), r.start());
			if (r.leads().isEmpty()) {
				findings.add(Severity.WARNING, ref, "health.appointments.noLead");
			}
			for (Lead lead : r.leads()) {
				boolean covered = facts.appointments().stream().anyMatch(a -> covers(a, lead, r));
				if (!covered) {
					findings.add(Severity.ERROR, ref, "health.appointments.uncovered", lead.name(),
							r.start());
				}
			}
		}
	}

	private static boolean covers(AppointmentFacts a, Lead lead, RoundFacts r) {
		return a.negotiatorId() == lead.negotiatorId() && a.smaNumber() == r.smaNumber()
				&& !a.from().isAfter(r.start()) && (a.to() == null || !a.to().isBefore(r.last()));
	}

}
