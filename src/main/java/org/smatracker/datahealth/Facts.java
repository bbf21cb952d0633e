package org.smatracker.datahealth;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The whole record as plain values, read once for the checker: no entities, so the rules run on a
 * database snapshot, an import or a hand-made test record alike.
 */
public record Facts(List<AgreementFacts> agreements, List<NegotiationFacts> negotiations,
		List<RoundFacts> rounds, List<AppointmentFacts> appointments, List<CitedRecord> otherRecords,
		Map<Integer, BigDecimal> krwPerUsd, List<Acknowledgement> acknowledgements) {

	/** A source as cited: its code and whether it is a confirmed (published) one. */
	public record SourceRef(long id, String code, boolean confirmed) {
	}

	/** A date of an agreement: the date and the source that gives it, or a note saying it is not known. */
	public record DateFact(LocalDate date, SourceRef source, String note) {

		public static DateFact absent() {
			return new DateFact(null, null, null);
		}

	}

	public record QuotedFacts(BigDecimal amount, String currency, SourceRef source) {
	}

	public record YearFacts(long id, int year, BigDecimal amount, String currency, String basis,
			List<SourceRef> sources, List<QuotedFacts> quoted) {
	}

	public record AgreementFacts(long id, int smaNumber, int firstYear, int lastYear, String rule, BigDecimal ratePct,
			BigDecimal floorPct, BigDecimal capPct, String detail, BigDecimal firstYearAmountKrw,
			BigDecimal usdEquivalentQuoted, DateFact signed, DateFact consent, DateFact inForce,
			List<YearFacts> years, List<SourceRef> sources) {
	}

	public record NegotiationFacts(long id, int smaNumber, LocalDate start, LocalDate end) {
	}

	public record Lead(long negotiatorId, String name) {
	}

	public record RoundFacts(long id, int smaNumber, Integer number, String kind, LocalDate start, LocalDate end,
			String outcome, String summary, List<Lead> leads, List<SourceRef> sources) {

		LocalDate last() {
			return end == null ? start : end;
		}

	}

	public record AppointmentFacts(long id, long negotiatorId, String name, int smaNumber, String role,
			LocalDate from, LocalDate to, List<SourceRef> sources) {
	}

	/** Any other record that must cite a source: a position or an exchange rate. */
	public record CitedRecord(RecordRef record, List<SourceRef> sources) {
	}

	/**
	 * An error the data cannot resolve yet (no source found either way): kept visible as a warning,
	 * with the note saying what was searched.
	 */
	public record Acknowledgement(String rule, String recordType, long recordId, String note) {
	}

}
