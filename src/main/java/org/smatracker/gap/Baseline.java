package org.smatracker.gap;

import java.math.BigDecimal;

import org.smatracker.money.AppliedRate;
import org.smatracker.money.Currency;

/**
 * Korea's contribution in the last year of the previous agreement: what percent and multiple
 * positions resolve against. Held in both currencies; {@code rate} is the one used for the
 * currency it was not paid in (absent when no rate applies).
 */
public record Baseline(int smaNumber, int year, BigDecimal amount, Currency currency, BigDecimal amountKrw,
		BigDecimal amountUsd, AppliedRate rate) {

}
