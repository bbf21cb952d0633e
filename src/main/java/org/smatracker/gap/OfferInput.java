package org.smatracker.gap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.smatracker.model.Party;
import org.smatracker.money.Currency;
import org.smatracker.model.StatedAs;
import org.smatracker.model.OfferKind;
import org.smatracker.model.OfferStatus;
import org.smatracker.model.Reliability;

/** A reported offer (a position on the page) as the gap arithmetic sees it: plain values, no persistence types. */
public record OfferInput(long id, LocalDate reportedDate, Party party, OfferKind kind, StatedAs form,
		BigDecimal amount, Currency currency, int appliesToYear, Reliability reliability, OfferStatus status,
		List<String> sourceCodes) {

	/** Only current demands, offers and counter-offers are a side's position; a tentative deal is joint. */
	public boolean isSidePosition() {
		return status == OfferStatus.CURRENT && kind != OfferKind.TENTATIVE_DEAL;
	}

}
