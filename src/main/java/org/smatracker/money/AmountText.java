package org.smatracker.money;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount as people write it in an article or a note: "1.6 trillion", "1,600,000,000,000",
 * "1.6tn", "US$1.3 billion", "₩1.18 trillion", "1조 6천억", "1조 1,833억 원", "13%", "5x", "fivefold".
 * Plain Java. Anything else is refused as a whole (no partial reading), so a form can give one
 * clear message.
 */
public final class AmountText {

	/** What the text says the number is. */
	public enum Kind {
		/** A bare number: "1600000000000", "13.9". */
		NUMBER,
		/** A sum of money: it named a currency or a scale ("billion", "억"). */
		MONEY,
		/** A percentage: "13%", "13 percent". */
		PERCENT,
		/** A factor: "5x", "fivefold", "5배". */
		MULTIPLE
	}

	/**
	 * @param currency the currency the text names, or null when it names none
	 */
	public record Parsed(BigDecimal value, Kind kind, Currency currency) {
	}

	/** Longer than any way of writing an SMA figure; stops pathological input early. */
	static final int MAX_LENGTH = 60;

	private static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";

	private static final Pattern PLAIN = Pattern.compile(NUMBER);

	/** Scientific notation, as older forms displayed stored amounts ("2E+9"); exponent kept small. */
	private static final Pattern SCIENTIFIC = Pattern.compile("\\d+(?:\\.\\d+)?e[+-]?\\d{1,2}");

	private static final Pattern SCALED = Pattern.compile("(" + NUMBER + ")\\s*([a-z]+)?");

	private static final Pattern PERCENT = Pattern.compile("\\+?(" + NUMBER + ")\\s*(?:%|percent|per cent|퍼센트|프로)");

	private static final Pattern MULTIPLE = Pattern
		.compile("(?:(" + NUMBER + ")\\s*(?:x|×|배|-?\\s?fold|times)|(?:x|×)\\s*(" + NUMBER + "))");

	private static final Pattern KOREAN_TOKEN = Pattern.compile("(" + NUMBER + ")|([조억만천백십])");

	private static final Map<String, BigDecimal> SCALES = Map.ofEntries(Map.entry("thousand", pow10(3)),
			Map.entry("k", pow10(3)), Map.entry("million", pow10(6)), Map.entry("m", pow10(6)),
			Map.entry("mn", pow10(6)), Map.entry("mil", pow10(6)), Map.entry("billion", pow10(9)),
			Map.entry("bn", pow10(9)), Map.entry("b", pow10(9)), Map.entry("trillion", pow10(12)),
			Map.entry("tn", pow10(12)), Map.entry("tr", pow10(12)), Map.entry("t", pow10(12)));

	private static final Map<String, Integer> FOLD_WORDS = Map.of("two", 2, "three", 3, "four", 4, "five", 5, "six", 6,
			"seven", 7, "eight", 8, "nine", 9, "ten", 10);

	private static final Map<Character, BigDecimal> KOREAN_BIG = Map.of('조', pow10(12), '억', pow10(8), '만',
			pow10(4));

	private static final Map<Character, BigDecimal> KOREAN_SMALL = Map.of('천', pow10(3), '백', pow10(2), '십',
			pow10(1));

	/** Currency words and signs, longest first so "us$" wins over "$". */
	private static final String[][] PREFIXES = { { "us$", "USD" }, { "usd", "USD" }, { "$", "USD" }, { "₩", "KRW" },
			{ "krw", "KRW" } };

	private static final String[][] SUFFIXES = { { "us dollars", "USD" }, { "dollars", "USD" }, { "dollar", "USD" },
			{ "usd", "USD" }, { "달러", "USD" }, { "won", "KRW" }, { "krw", "KRW" }, { "원", "KRW" } };

	private AmountText() {
	}

	private static BigDecimal pow10(int n) {
		return BigDecimal.ONE.scaleByPowerOfTen(n);
	}

	/** The amount the text states, or empty when it is not one of the spellings above. */
	public static Optional<Parsed> parse(String text) {
		if (text == null || text.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		String t = text.replace('\u00a0', ' ').strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		if (t.isEmpty()) {
			return Optional.empty();
		}
		Matcher m = PERCENT.matcher(t);
		if (m.matches()) {
			return Optional.of(new Parsed(number(m.group(1)), Kind.PERCENT, null));
		}
		m = MULTIPLE.matcher(t);
		if (m.matches()) {
			return Optional.of(new Parsed(number(m.group(1) != null ? m.group(1) : m.group(2)), Kind.MULTIPLE, null));
		}
		String word = t.replace("-", "").replace(" ", "");
		if (word.endsWith("fold") && FOLD_WORDS.containsKey(word.substring(0, word.length() - 4))) {
			return Optional.of(new Parsed(BigDecimal.valueOf(FOLD_WORDS.get(word.substring(0, word.length() - 4))),
					Kind.MULTIPLE, null));
		}
		return money(t);
	}

	private static Optional<Parsed> money(String t) {
		Currency currency = null;
		String rest = t;
		for (String[] p : PREFIXES) {
			if (rest.startsWith(p[0])) {
				currency = Currency.valueOf(p[1]);
				rest = rest.substring(p[0].length()).strip();
				break;
			}
		}
		for (String[] s : SUFFIXES) {
			if (rest.endsWith(s[0])) {
				Currency named = Currency.valueOf(s[1]);
				if (currency != null && currency != named) {
					return Optional.empty();
				}
				currency = named;
				rest = rest.substring(0, rest.length() - s[0].length()).strip();
				break;
			}
		}
		if (rest.isEmpty()) {
			return Optional.empty();
		}
		if (rest.chars().anyMatch(c -> KOREAN_BIG.containsKey((char) c) || KOREAN_SMALL.containsKey((char) c))) {
			BigDecimal value = korean(rest);
			return value == null ? Optional.empty()
					: Optional.of(new Parsed(value, Kind.MONEY, currency == null ? Currency.KRW : currency));
		}
		if (SCIENTIFIC.matcher(rest).matches()) {
			return Optional.of(new Parsed(new BigDecimal(rest.toUpperCase(Locale.ROOT)).stripTrailingZeros(),
					currency == null ? Kind.NUMBER : Kind.MONEY, currency));
		}
		Matcher m = SCALED.matcher(rest);
		if (!m.matches()) {
			return Optional.empty();
		}
		BigDecimal value = number(m.group(1));
		if (m.group(2) != null) {
			BigDecimal scale = SCALES.get(m.group(2));
			if (scale == null) {
				return Optional.empty();
			}
			return Optional.of(new Parsed(value.multiply(scale).stripTrailingZeros(), Kind.MONEY, currency));
		}
		return Optional.of(new Parsed(value, currency == null ? Kind.NUMBER : Kind.MONEY, currency));
	}

	/**
	 * Korean numerals with digits: groups of 조 (10^12), 억 (10^8) and 만 (10^4) in falling order, each
	 * group written with digits and optionally 천/백/십 ("6천억" = 6,000 × 10^8).
	 */
	private static BigDecimal korean(String text) {
		String compact = text.replace(" ", "");
		Matcher m = KOREAN_TOKEN.matcher(compact);
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal group = BigDecimal.ZERO;
		BigDecimal pending = null;
		BigDecimal lastBig = null;
		BigDecimal lastSmall = null;
		int at = 0;
		while (m.find()) {
			if (m.start() != at) {
				return null;
			}
			at = m.end();
			if (m.group(1) != null) {
				if (pending != null) {
					return null;
				}
				pending = number(m.group(1));
				continue;
			}
			char unit = m.group(2).charAt(0);
			BigDecimal small = KOREAN_SMALL.get(unit);
			if (small != null) {
				if (lastSmall != null && small.compareTo(lastSmall) >= 0) {
					return null;
				}
				group = group.add((pending == null ? BigDecimal.ONE : pending).multiply(small));
				lastSmall = small;
				pending = null;
				continue;
			}
			BigDecimal big = KOREAN_BIG.get(unit);
			if (lastBig != null && big.compareTo(lastBig) >= 0) {
				return null;
			}
			group = group.add(pending == null ? BigDecimal.ZERO : pending);
			if (group.signum() == 0) {
				return null;
			}
			total = total.add(group.multiply(big));
			group = BigDecimal.ZERO;
			pending = null;
			lastBig = big;
			lastSmall = null;
		}
		if (at != compact.length()) {
			return null;
		}
		total = total.add(group).add(pending == null ? BigDecimal.ZERO : pending);
		return total.stripTrailingZeros();
	}

	private static BigDecimal number(String digits) {
		return new BigDecimal(digits.replace(",", "")).stripTrailingZeros();
	}

}
