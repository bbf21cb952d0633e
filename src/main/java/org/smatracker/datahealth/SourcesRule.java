package org.smatracker.datahealth;

import java.util.List;

import org.smatracker.datahealth.Facts.AgreementFacts;
import org.smatracker.datahealth.Facts.AppointmentFacts;
import org.smatracker.datahealth.Facts.CitedRecord;
import org.smatracker.datahealth.Facts.RoundFacts;
import org.smatracker.datahealth.Facts.SourceRef;
import org.smatracker.datahealth.Facts.YearFacts;
import org.smatracker.datahealth.Rule.Findings;

/**
 * Every figure cites a source, and a figure that rests on a background (unconfirmed) source says so.
 */
final class SourcesRule {

	static final String CODE = "sources";

	static void check(Facts facts, Findings findings) {
		for (AgreementFacts a : facts.agreements()) {
			cited(RecordRef.agreement(a.id(), a.smaNumber()), a.sources(), findings);
			for (YearFacts y : a.years()) {
				cited(RecordRef.year(y.id(), a.smaNumber(), y.year()), y.sources(), findings);
			}
		}
		for (RoundFacts r : facts.rounds()) {
			cited(RecordRef.round(r.id(), r.smaNumber(), r.number(), r.start()), r.sources(), findings);
		}
		for (AppointmentFacts a : facts.appointments()) {
			cited(RecordRef.appointment(a.id(), a.negotiatorId(), a.name(), a.smaNumber()), a.sources(), findings);
		}
		for (CitedRecord c : facts.otherRecords()) {
			cited(c.record(), c.sources(), findings);
		}
	}

	private static void cited(RecordRef ref, List<SourceRef> sources, Findings findings) {
		if (sources.isEmpty()) {
			findings.add(Severity.ERROR, ref, "health.sources.none");
		}
		for (SourceRef s : sources) {
			if (!s.confirmed()) {
				findings.add(Severity.WARNING, ref, "health.sources.background", s.code());
			}
		}
	}

}
