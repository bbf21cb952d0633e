package org.smatracker.gap;

import java.time.LocalDate;
import java.util.List;

import org.smatracker.money.ExchangeRateTable;

/**
 * Everything the gap arithmetic needs for one negotiation. {@code asOf} replays the record as known
 * on that date (absent: everything); {@code officialOnly} keeps only governments' own statements.
 */
public record GapInput(int smaNumber, Baseline baseline, List<OfferInput> offers, List<Meeting> meetings,
		AgreedAmount agreed, ExchangeRateTable rates, LocalDate asOf, boolean officialOnly) {

}
