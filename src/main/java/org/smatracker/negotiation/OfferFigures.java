package org.smatracker.negotiation;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.smatracker.model.OfferKind;
import org.smatracker.model.OfferStatus;
import org.smatracker.model.Party;
import org.smatracker.model.Reliability;
import org.smatracker.model.StatedAs;
import org.smatracker.money.Currency;

/**
 * A position's figures as the gap analyses read them, one row per source it cites (a null code when it
 * cites none): the columns only, no record to track, for the analyses that cite no position.
 */
record OfferFigures(long id, long negotiationId, LocalDate reportedDate, Party party, OfferKind kind, StatedAs form,
		BigDecimal amount, Currency currency, int appliesToYear, Reliability reliability, OfferStatus status,
		String sourceCode) {
}
