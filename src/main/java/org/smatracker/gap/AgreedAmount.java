package org.smatracker.gap;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.smatracker.money.AppliedRate;

/** The headline-year amount of the agreement a negotiation produced, in both currencies. */
public record AgreedAmount(int year, BigDecimal amountKrw, BigDecimal amountUsd, AppliedRate rate,
		LocalDate knownFrom) {

}
