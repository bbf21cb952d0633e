package org.smatracker.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.smatracker.agreement.Agreement;
import org.smatracker.agreement.AgreementYear;
import org.smatracker.money.ExchangeRate;
import org.smatracker.negotiation.Negotiation;
import org.smatracker.negotiation.Round;
import org.smatracker.negotiation.Appointment;
import org.smatracker.negotiation.Negotiator;
import org.smatracker.negotiation.Offer;
import org.smatracker.source.Source;

/**
 * What the read API returns: plain records with stable field names, never entities. Every record
 * carries its {@code version}, the one a {@code PUT} must send back. Dates are ISO
 * (yyyy-MM-dd), amounts exact decimals, enumerations their upper-case names, sources by code.
 */
public final class ApiRecords {

	private ApiRecords() {
	}

	static List<String> codes(Collection<Source> sources) {
		return sources.stream().map(Source::getCode).sorted().toList();
	}

	public record AgreementYearRecord(int year, BigDecimal amount, String currency, String basis) {
		static AgreementYearRecord of(AgreementYear y) {
			return new AgreementYearRecord(y.getYear(), y.getAmount(), y.getCurrency().name(), y.getBasis().name());
		}
	}

	public record AgreementRecord(long id, long version, int smaNumber, int firstYear, int lastYear, int headlineYear,
			LocalDate signedDate, LocalDate ratifiedDate, String status, String escalationRule,
			String escalationDetail, BigDecimal escalationRatePct, BigDecimal escalationFloorPct,
			BigDecimal escalationCapPct, BigDecimal firstYearAmountKrw, BigDecimal usdEquivalentQuoted,
			List<AgreementYearRecord> years, List<String> sources) {
		static AgreementRecord of(Agreement a) {
			return new AgreementRecord(a.getId(), a.getVersion(), a.getSmaNumber(), a.getFirstYear(), a.getLastYear(),
					a.getHeadlineYear(), a.getSignedDate(), a.getRatifiedDate(), a.getStatus().name(),
					a.getEscalationRule().name(), a.getEscalationDetail(), a.getEscalationRatePct(),
					a.getEscalationFloorPct(), a.getEscalationCapPct(), a.getFirstYearAmountKrw(),
					a.getUsdEquivalentQuoted(), a.getYears().stream().map(AgreementYearRecord::of).toList(),
					codes(a.getSources()));
		}
	}

	public record NegotiationRecord(long id, long version, int smaNumber, Integer agreementSmaNumber, LocalDate startDate,
			LocalDate endDate, boolean open) {
		static NegotiationRecord of(Negotiation n) {
			return new NegotiationRecord(n.getId(), n.getVersion(), n.getSmaNumber(),
					n.getAgreement() == null ? null : n.getAgreement().getSmaNumber(), n.getStartDate(),
					n.getEndDate(), n.isOpen());
		}
	}

	public record PersonRef(long id, String name, String nameKo, String party) {
		static PersonRef of(Negotiator n) {
			return new PersonRef(n.getId(), n.getName(), n.getNameKo(), n.getParty().name());
		}
	}

	public record ParticipantRecord(PersonRef negotiator, String role) {
	}

	public record RoundRecord(long id, long version, int smaNumber, Integer roundNumber, String kind, LocalDate startDate,
			LocalDate endDate, String city, String country, String outcome, String summary,
			List<ParticipantRecord> participants, List<String> sources) {
		static RoundRecord of(Round r) {
			List<ParticipantRecord> people = r.getParticipants()
				.stream()
				.map(p -> new ParticipantRecord(PersonRef.of(p.getNegotiator()), p.getRole().name()))
				.sorted(Comparator.comparing((ParticipantRecord p) -> p.role())
					.thenComparing(p -> p.negotiator().party())
					.thenComparing(p -> p.negotiator().name()))
				.toList();
			return new RoundRecord(r.getId(), r.getVersion(), r.getNegotiation().getSmaNumber(), r.getRoundNumber(),
					r.getKind().name(), r.getStartDate(), r.getEndDate(), r.getCity(), r.getCountry(),
					r.getOutcome().name(), r.getSummary(), people, codes(r.getSources()));
		}
	}

	public record PositionRecord(long id, long version, int smaNumber, Long roundId, LocalDate reportedDate, String party,
			String kind, String form, BigDecimal amount, String currency, int appliesToYear, String reliability,
			String status, String quote, String note, List<String> sources) {
		static PositionRecord of(Offer o) {
			return new PositionRecord(o.getId(), o.getVersion(), o.getNegotiation().getSmaNumber(),
					o.getRound() == null ? null : o.getRound().getId(), o.getReportedDate(), o.getParty().name(),
					o.getKind().name(), o.getForm().name(), o.getAmount(),
					o.getCurrency() == null ? null : o.getCurrency().name(),
					o.getAppliesToYear(), o.getReliability().name(), o.getStatus().name(), o.getQuote(),
					o.getNote(), codes(o.getSources()));
		}
	}

	public record AppointmentRecord(int smaNumber, String role, String title, LocalDate fromDate,
			LocalDate toDate) {
		static AppointmentRecord of(Appointment a) {
			return new AppointmentRecord(a.getNegotiation().getSmaNumber(), a.getRole().name(), a.getTitle(),
					a.getFromDate(), a.getToDate());
		}
	}

	public record NegotiatorRecord(long id, long version, String name, String nameKo, String party,
			List<AppointmentRecord> appointments) {
		static NegotiatorRecord of(Negotiator n) {
			return new NegotiatorRecord(n.getId(), n.getVersion(), n.getName(), n.getNameKo(), n.getParty().name(),
					n.getAppointments().stream().map(AppointmentRecord::of).toList());
		}
	}

	public record SourceRecord(long id, long version, String code, String title, String publisher, LocalDate publishedDate,
			String url, String quote, boolean confirmed) {
		static SourceRecord of(Source s) {
			return new SourceRecord(s.getId(), s.getVersion(), s.getCode(), s.getTitle(), s.getPublisher(), s.getPublishedDate(),
					s.getUrl(), s.getQuoteOrNote(), s.isConfirmed());
		}
	}

	public record ExchangeRateRecord(int year, long version, BigDecimal krwPerUsd, List<String> sources) {
		static ExchangeRateRecord of(ExchangeRate r) {
			return new ExchangeRateRecord(r.getYear(), r.getVersion(), r.getKrwPerUsd(), codes(r.getSources()));
		}
	}

}
