package org.smatracker.gap;

import java.math.BigDecimal;

import org.smatracker.money.AppliedRate;
import org.smatracker.money.Currency;
import org.smatracker.money.ExchangeRateTable;
import org.smatracker.model.StatedAs;

/**
 * Turns a position in any of its three forms into an annual amount in both currencies.
 * Percent and multiple forms resolve against the baseline in the baseline's currency; the other
 * currency converts at the average rate of the year the position applies to, or the latest
 * earlier year's rate (which the working then shows).
 */
public final class Normaliser {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Baseline baseline;

	private final ExchangeRateTable rates;

	public Normaliser(Baseline baseline, ExchangeRateTable rates) {
		this.baseline = baseline;
		this.rates = rates;
	}

	public NormalisedOffer normalise(OfferInput p) {
		BigDecimal amount;
		Currency currency;
		Baseline used = null;
		switch (p.form()) {
			case ABSOLUTE -> {
				amount = p.amount();
				currency = p.currency();
			}
			case PERCENT_OF_BASELINE, MULTIPLE_OF_BASELINE -> {
				if (baseline == null) {
					return new NormalisedOffer(p, null, null, null, null);
				}
				BigDecimal factor = p.form() == StatedAs.PERCENT_OF_BASELINE
						? BigDecimal.ONE.add(p.amount().divide(HUNDRED, ExchangeRateTable.MATH), ExchangeRateTable.MATH)
						: p.amount();
				amount = baseline.amount().multiply(factor, ExchangeRateTable.MATH);
				currency = baseline.currency();
				used = baseline;
			}
			default -> throw new IllegalStateException("Unknown form " + p.form());
		}
		AppliedRate rate = rates.rateFor(p.appliesToYear()).orElse(null);
		return new NormalisedOffer(p, ExchangeRateTable.amountIn(Currency.KRW, amount, currency, rate),
				ExchangeRateTable.amountIn(Currency.USD, amount, currency, rate), used, rate);
	}

	/** The baseline in both currencies, converting at its own year's rate. */
	public static Baseline baseline(int smaNumber, int year, BigDecimal amount, Currency currency,
			ExchangeRateTable rates) {
		AppliedRate rate = rates.rateFor(year).orElse(null);
		return new Baseline(smaNumber, year, amount, currency,
				ExchangeRateTable.amountIn(Currency.KRW, amount, currency, rate),
				ExchangeRateTable.amountIn(Currency.USD, amount, currency, rate), rate);
	}

}
