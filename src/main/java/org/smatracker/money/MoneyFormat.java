package org.smatracker.money;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Writes amounts the way each language writes them: "₩1.0389 trillion" and "US$868 million" in
 * English, "1조 389억 원" and "8억 6,800만 달러" in Korean. Display precision follows the domain rule:
 * won to 0.1 billion, dollars to 1 million (finer below those sizes).
 */
public final class MoneyFormat {

	private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

	private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);

	private static final BigDecimal TRILLION = BigDecimal.valueOf(1_000_000_000_000L);

	private static final BigDecimal MAN = BigDecimal.valueOf(10_000);

	private static final BigDecimal EOK = BigDecimal.valueOf(100_000_000);

	private static final MathContext THREE_FIGURES = new MathContext(3, RoundingMode.HALF_EVEN);

	private MoneyFormat() {
	}

	public static String format(BigDecimal amount, Currency currency, Locale locale) {
		if (amount == null || currency == null) {
			return "—";
		}
		boolean korean = locale != null && "ko".equals(locale.getLanguage());
		String sign = amount.signum() < 0 ? "−" : "";
		BigDecimal abs = amount.abs();
		return sign + (korean ? korean(abs, currency) : english(abs, currency));
	}

	/**
	 * An amount rounded for reading in a sentence: three significant figures in English ("₩1.18
	 * trillion", "US$1.03 billion"); in Korean won to 1억 as {@link #format} writes them ("1조 1,833억
	 * 원", already short) and dollars to three significant figures ("10억 3,000만 달러").
	 */
	public static String readable(BigDecimal amount, Currency currency, Locale locale) {
		if (amount == null || currency == null) {
			return "—";
		}
		boolean korean = locale != null && "ko".equals(locale.getLanguage());
		if (korean && currency == Currency.KRW) {
			return format(amount, currency, locale);
		}
		return format(amount.round(THREE_FIGURES), currency, locale);
	}

	/** The exact amount in whole units, every digit shown: "₩1,183,300,000,000", "1,183,300,000,000원". */
	public static String exact(BigDecimal amount, Currency currency, Locale locale) {
		if (amount == null || currency == null) {
			return "—";
		}
		boolean korean = locale != null && "ko".equals(locale.getLanguage());
		String sign = amount.signum() < 0 ? "−" : "";
		String digits = grouped(amount.abs().setScale(0, RoundingMode.HALF_EVEN));
		if (korean) {
			return sign + digits + (currency == Currency.KRW ? "원" : "달러");
		}
		return sign + (currency == Currency.KRW ? "₩" : "US$") + digits;
	}

	private static String english(BigDecimal abs, Currency currency) {
		String symbol = currency == Currency.KRW ? "₩" : "US$";
		if (currency == Currency.KRW) {
			if (abs.compareTo(TRILLION) >= 0) {
				return symbol + scaled(abs, TRILLION, 4) + " trillion";
			}
			if (abs.compareTo(BILLION) >= 0) {
				return symbol + scaled(abs, BILLION, 1) + " billion";
			}
		}
		else {
			if (abs.compareTo(BILLION) >= 0) {
				return symbol + scaled(abs, BILLION, 3) + " billion";
			}
		}
		if (abs.compareTo(MILLION) >= 0) {
			return symbol + scaled(abs, MILLION, 1) + " million";
		}
		return symbol + grouped(abs.setScale(0, RoundingMode.HALF_EVEN));
	}

	private static String korean(BigDecimal abs, Currency currency) {
		String unit = currency == Currency.KRW ? " 원" : " 달러";
		// Won to 0.1 billion (1억); dollars to 10,000 (1만), which is finer than a million.
		BigDecimal step = currency == Currency.KRW ? EOK : MAN;
		if (abs.compareTo(step) < 0) {
			return grouped(abs.setScale(0, RoundingMode.HALF_EVEN)) + unit;
		}
		long steps = abs.divide(step, 0, RoundingMode.HALF_EVEN).longValueExact();
		StringBuilder out = new StringBuilder();
		if (currency == Currency.KRW) {
			long jo = steps / 10_000;
			long eok = steps % 10_000;
			append(out, jo, "조");
			append(out, eok, "억");
		}
		else {
			long jo = steps / 100_000_000;
			long eok = (steps / 10_000) % 10_000;
			long man = steps % 10_000;
			append(out, jo, "조");
			append(out, eok, "억");
			append(out, man, "만");
		}
		return out + unit;
	}

	private static void append(StringBuilder out, long value, String unit) {
		if (value == 0) {
			return;
		}
		if (out.length() > 0) {
			out.append(' ');
		}
		out.append(grouped(BigDecimal.valueOf(value))).append(unit);
	}

	private static String scaled(BigDecimal abs, BigDecimal unit, int decimals) {
		BigDecimal value = abs.divide(unit, decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
		return grouped(value);
	}

	/**
	 * The digits as stored, with a comma between each group of three ("1,234,567.89"). Written out by
	 * hand: a NumberFormat is made anew for each call (they are not thread-safe), and that was a
	 * tenth of building a page's figures.
	 */
	static String grouped(BigDecimal value) {
		String digits = (value.scale() < 0 ? value.setScale(0) : value).toPlainString();
		int start = digits.startsWith("-") ? 1 : 0;
		int point = digits.indexOf('.');
		int end = point < 0 ? digits.length() : point;
		StringBuilder out = new StringBuilder(digits.length() + (end - start) / 3);
		out.append(digits, 0, start);
		for (int i = start; i < end; i++) {
			if (i > start && (end - i) % 3 == 0) {
				out.append(',');
			}
			out.append(digits.charAt(i));
		}
		return out.append(digits, end, digits.length()).toString();
	}

	/** A percentage given as a fraction (0.139 → "+13.9%"), to one decimal. */
	public static String percent(BigDecimal fraction, boolean signed) {
		if (fraction == null) {
			return "—";
		}
		BigDecimal pct = fraction.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
		String text = plain(pct.abs());
		String sign = pct.signum() < 0 ? "−" : (signed && pct.signum() > 0 ? "+" : "");
		return sign + text + "%";
	}

	/** A plain number for stated percentages and factors (13 → "13", 1.5 → "1.5"). */
	public static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return grouped(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
	}
}
