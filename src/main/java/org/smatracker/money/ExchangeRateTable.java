package org.smatracker.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Annual average won-per-dollar rates, and conversions at a given year's rate. Plain Java. */
public final class ExchangeRateTable {

	/** Enough digits for trillions of won with sub-won precision; rounding happens only for display. */
	public static final MathContext MATH = new MathContext(34, RoundingMode.HALF_EVEN);

	private final NavigableMap<Integer, BigDecimal> krwPerUsd;

	public ExchangeRateTable(Map<Integer, BigDecimal> krwPerUsdByYear) {
		this.krwPerUsd = new TreeMap<>(krwPerUsdByYear);
	}

	/** The rate for a year, or the latest earlier year's; empty before the first known year. */
	public Optional<AppliedRate> rateFor(int year) {
		Map.Entry<Integer, BigDecimal> entry = krwPerUsd.floorEntry(year);
		return Optional.ofNullable(entry).map(e -> new AppliedRate(year, e.getKey(), e.getValue()));
	}

	/** The amount in the wanted currency at the year's rate; empty when no rate applies. */
	public Optional<BigDecimal> convert(BigDecimal amount, Currency from, Currency to, int year) {
		if (from == to) {
			return Optional.of(amount);
		}
		return rateFor(year).map(rate -> convert(amount, from, rate));
	}

	/**
	 * The amount in {@code to}: itself when it is already in that currency, else converted at
	 * {@code rate}; absent (null) when a conversion is needed and no rate applies.
	 */
	public static BigDecimal amountIn(Currency to, BigDecimal amount, Currency from, AppliedRate rate) {
		if (from == to) {
			return amount;
		}
		return rate == null ? null : convert(amount, from, rate);
	}

	public static BigDecimal convert(BigDecimal amount, Currency from, AppliedRate rate) {
		return from == Currency.USD ? amount.multiply(rate.krwPerUsd(), MATH)
				: amount.divide(rate.krwPerUsd(), MATH);
	}

	public boolean isEmpty() {
		return krwPerUsd.isEmpty();
	}

}
