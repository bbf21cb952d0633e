package org.smatracker.datahealth;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The precision a source used. Published amounts are rounded (the defence white paper gives
 * hundreds of millions of won and tens of millions of dollars), so a recorded amount is only
 * known to its last non-zero digit: checks allow that much either way.
 */
final class Rounding {

	static final MathContext MATH = MathContext.DECIMAL64;

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Rounding() {
	}

	/** The place of the last non-zero digit of an amount: 10^8 for 1,183,300,000,000. */
	static BigDecimal unit(BigDecimal amount) {
		BigDecimal stripped = amount.stripTrailingZeros();
		return BigDecimal.ONE.movePointLeft(stripped.scale());
	}

	/**
	 * The finer-rounded of two amounts decides how far apart they may be: a source rounds all its
	 * figures alike, and a figure that merely happens to be round (1.1 trillion) must not widen it.
	 */
	static BigDecimal unit(BigDecimal a, BigDecimal b) {
		BigDecimal ua = unit(a);
		BigDecimal ub = unit(b);
		return ua.compareTo(ub) <= 0 ? ua : ub;
	}

	static boolean within(BigDecimal actual, BigDecimal expected, BigDecimal tolerance) {
		return actual.subtract(expected).abs().compareTo(tolerance) <= 0;
	}

	static BigDecimal grow(BigDecimal amount, BigDecimal pct) {
		return amount.multiply(BigDecimal.ONE.add(pct.divide(HUNDRED, MATH)), MATH);
	}

	/** Growth from a to b in percent. */
	static BigDecimal growthPct(BigDecimal from, BigDecimal to) {
		return to.divide(from, MATH).subtract(BigDecimal.ONE).multiply(HUNDRED);
	}

	static String pct(BigDecimal value) {
		return value.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
	}

}
