package org.smatracker.timeline;

import java.time.LocalDate;
import java.util.List;

import org.smatracker.agreement.Agreement;
import org.smatracker.negotiation.Round;
import org.smatracker.negotiation.Offer;
import org.smatracker.agreement.TermStatement;

/**
 * One dated entry of the timeline: an agreement (signed, or in force from its first year where the
 * signing date is unknown), a round with the positions reported at it, a position reported
 * between rounds, or a statement made outside talks during an agreement's term.
 */
public record TimelineEvent(LocalDate date, Kind kind, Agreement agreement, Round round, Offer offer,
		List<Offer> positions, TermStatement statement) {

	public enum Kind {

		AGREEMENT, ROUND, POSITION, STATEMENT

	}

	static TimelineEvent of(Agreement agreement) {
		LocalDate date = agreement.getSignedDate() != null ? agreement.getSignedDate()
				: LocalDate.of(agreement.getFirstYear(), 1, 1);
		return new TimelineEvent(date, Kind.AGREEMENT, agreement, null, null, List.of(), null);
	}

	static TimelineEvent of(Round round, List<Offer> positions) {
		return new TimelineEvent(round.getStartDate(), Kind.ROUND, null, round, null, positions, null);
	}

	static TimelineEvent of(Offer offer) {
		return new TimelineEvent(offer.getReportedDate(), Kind.POSITION, null, null, offer, List.of(), null);
	}

	static TimelineEvent of(TermStatement statement) {
		return new TimelineEvent(statement.getStatementDate(), Kind.STATEMENT, null, null, null, List.of(), statement);
	}

	public int year() {
		return date.getYear();
	}

	/** The negotiation or agreement this event belongs to. */
	public int smaNumber() {
		return switch (kind) {
			case AGREEMENT -> agreement.getSmaNumber();
			case ROUND -> round.getNegotiation().getSmaNumber();
			case POSITION -> offer.getNegotiation().getSmaNumber();
			case STATEMENT -> statement.getAgreement().getSmaNumber();
		};
	}

}
