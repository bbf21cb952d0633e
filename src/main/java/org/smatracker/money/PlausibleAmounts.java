package org.smatracker.money;

import java.math.BigDecimal;

/**
 * The largest annual amount the app accepts, per currency: far above any SMA figure (the largest ever
 * asked was about US$5 billion, the largest paid about 1.5 trillion won), so only a slipped digit or a
 * unit mix-up exceeds it. One rule for offers, agreement years and agreement terms. Plain Java.
 */
public final class PlausibleAmounts {

	/** As text for Bean Validation's {@code @DecimalMax}, which takes a constant string. */
	public static final String MAX_KRW_TEXT = "100000000000000";

	public static final String MAX_USD_TEXT = "100000000000";

	public static final BigDecimal MAX_KRW = new BigDecimal(MAX_KRW_TEXT);

	public static final BigDecimal MAX_USD = new BigDecimal(MAX_USD_TEXT);

	private PlausibleAmounts() {
	}

	public static BigDecimal ceiling(Currency currency) {
		return currency == Currency.KRW ? MAX_KRW : MAX_USD;
	}

	/** Whether an annual amount in the currency exceeds the ceiling (message code {@code offer.amount.ceiling}). */
	public static boolean exceedsCeiling(BigDecimal amount, Currency currency) {
		return amount.compareTo(ceiling(currency)) > 0;
	}

}
