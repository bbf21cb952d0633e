package org.smatracker.agreement;

import java.math.BigDecimal;
import java.util.Optional;

import org.smatracker.money.AppliedRate;
import org.smatracker.money.Currency;
import org.smatracker.money.ExchangeRateTable;

/**
 * A demand made during an agreement's term against the amount in force for the year it names: the
 * gap arithmetic of a negotiation (difference, ratio), but not a negotiation gap — no talks are
 * open, and the amount in force is settled. Plain Java.
 */
public final class TermComparison {

	/**
	 * @param statedKrw the statement's annual amount in won
	 * @param inForceKrw the agreement's amount for that year in won
	 * @param rate the rate a dollar amount was converted at (absent when both are in won)
	 */
	public record Result(int year, BigDecimal statedKrw, BigDecimal inForceKrw, BigDecimal differenceKrw,
			BigDecimal ratio, AppliedRate rate) {

		/** Every figure of the comparison is in won. */
		public Currency krw() {
			return Currency.KRW;
		}

	}

	private TermComparison() {
	}

	/** Empty when the statement has no annual amount or the year has no amount or rate to compare with. */
	public static Optional<Result> compare(BigDecimal amount, Currency currency, boolean perYear, Integer year,
			BigDecimal inForce, Currency inForceCurrency, ExchangeRateTable rates) {
		if (amount == null || currency == null || !perYear || year == null || inForce == null) {
			return Optional.empty();
		}
		Optional<AppliedRate> rate = rates.rateFor(year);
		BigDecimal stated = toKrw(amount, currency, rate);
		BigDecimal held = toKrw(inForce, inForceCurrency, rate);
		if (stated == null || held == null || held.signum() == 0) {
			return Optional.empty();
		}
		boolean converted = currency != Currency.KRW || inForceCurrency != Currency.KRW;
		return Optional.of(new Result(year, stated, held, stated.subtract(held),
				stated.divide(held, ExchangeRateTable.MATH), converted ? rate.orElse(null) : null));
	}

	private static BigDecimal toKrw(BigDecimal amount, Currency currency, Optional<AppliedRate> rate) {
		if (currency == Currency.KRW) {
			return amount;
		}
		return rate.map(r -> ExchangeRateTable.convert(amount, Currency.USD, r)).orElse(null);
	}

}
