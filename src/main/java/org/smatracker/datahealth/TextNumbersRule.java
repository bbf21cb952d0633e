package org.smatracker.datahealth;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smatracker.datahealth.Facts.AgreementFacts;
import org.smatracker.datahealth.Facts.RoundFacts;
import org.smatracker.datahealth.Facts.YearFacts;
import org.smatracker.datahealth.Rule.Findings;

/**
 * Amounts and yearly increases written in an agreement's escalation detail, or in the summary of the
 * meeting that agreed or signed it, match the yearly rows. A written amount must equal a row of the
 * same currency to the precision of both; "2026 +8.3% over 2025" must be the rows' growth to the
 * precision written.
 */
public final class TextNumbersRule {

	static final String CODE = "text-numbers";

	private static final Pattern USD = Pattern.compile(
			"(?:US\\$|\\$|USD\\s?)((?:\\d[\\d,]*(?:\\.\\d+)?\\s?(?:m|bn|million|billion)\\b/?)+)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern USD_PART = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s?(m|bn|million|billion)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern KRW = Pattern.compile(
			"(\\d[\\d,]*(?:\\.\\d+)?)\\s?(bn|billion|trillion|tn)\\s?won", Pattern.CASE_INSENSITIVE);

	private static final Pattern KRW_KO = Pattern.compile("(?:(\\d+)\\s?조\\s?)?(\\d[\\d,]*)\\s?억\\s?원");

	/** "2026 +8.3% over 2025", "2019 = +8.2% over 2018", "2021 +13.9%", "2002 rise 25.7%". */
	private static final Pattern GROWTH = Pattern.compile(
			"\\b((?:19|20)\\d\\d)\\s*(?:=\\s*|rise\\s+)?\\+?(\\d+(?:\\.\\d+)?)%(?:\\s+over\\s+((?:19|20)\\d\\d))?");

	public record Written(BigDecimal amount, String currency, String text) {
	}

	static void check(Facts facts, Findings findings) {
		Map<Integer, YearFacts> allYears = new TreeMap<>();
		facts.agreements().forEach(a -> a.years().forEach(y -> allYears.put(y.year(), y)));
		for (AgreementFacts a : facts.agreements()) {
			check(a.detail(), a, RecordRef.agreement(a.id(), a.smaNumber()), allYears, findings);
			for (RoundFacts r : facts.rounds()) {
				boolean statesTheDeal = "AGREEMENT_IN_PRINCIPLE".equals(r.outcome()) || "CONCLUDED".equals(r.outcome());
				if (r.smaNumber() == a.smaNumber() && statesTheDeal) {
					check(r.summary(), a, RecordRef.round(r.id(), r.smaNumber(), r.number(), r.start()), allYears,
							findings);
				}
			}
		}
	}

	private static void check(String text, AgreementFacts a, RecordRef ref, Map<Integer, YearFacts> allYears,
			Findings findings) {
		if (text == null || text.isBlank()) {
			return;
		}
		List<YearFacts> rows = new ArrayList<>(a.years());
		YearFacts before = allYears.get(a.firstYear() - 1);
		if (before != null) {
			rows.add(before);
		}
		for (Written w : amounts(text)) {
			List<YearFacts> sameCurrency = rows.stream().filter(y -> y.currency().equals(w.currency())).toList();
			if (sameCurrency.isEmpty()) {
				continue; // a conversion to the other currency: the currency rule judges those
			}
			// The written figure is known to half its last digit; the row to half of its own, but
			// no coarser than the written one (a row that merely looks round must not widen it).
			BigDecimal writtenUnit = Rounding.unit(w.amount());
			boolean matches = sameCurrency.stream()
				.anyMatch(y -> Rounding.within(w.amount(), y.amount(), writtenUnit
					.add(Rounding.unit(w.amount(), y.amount()))
					.divide(BigDecimal.valueOf(2))));
			if (!matches) {
				findings.add(Severity.ERROR, ref, "health.text.amount", w.text());
			}
		}
		Matcher m = GROWTH.matcher(text);
		while (m.find()) {
			int year = Integer.parseInt(m.group(1));
			int baseYear = m.group(3) == null ? year - 1 : Integer.parseInt(m.group(3));
			YearFacts y = allYears.get(year);
			YearFacts base = allYears.get(baseYear);
			if (y == null || base == null || !y.currency().equals(base.currency()) || base.amount().signum() == 0) {
				continue;
			}
			String statedIn = currencyNamed(text.substring(m.end(), Math.min(text.length(), m.end() + 20)));
			if (statedIn != null && !statedIn.equals(y.currency())) {
				continue; // "25.7% in won terms" cannot be checked against rows in dollars
			}
			BigDecimal stated = new BigDecimal(m.group(2));
			BigDecimal statedHalf = Rounding.unit(stated).divide(BigDecimal.valueOf(2));
			BigDecimal half = Rounding.unit(y.amount(), base.amount()).divide(BigDecimal.valueOf(2));
			BigDecimal lowest = Rounding.growthPct(base.amount().add(half), y.amount().subtract(half));
			BigDecimal highest = Rounding.growthPct(base.amount().subtract(half), y.amount().add(half));
			if (stated.add(statedHalf).compareTo(lowest) < 0 || stated.subtract(statedHalf).compareTo(highest) > 0) {
				findings.add(Severity.ERROR, ref, "health.text.growth", m.group().trim(),
						Rounding.pct(Rounding.growthPct(base.amount(), y.amount())));
			}
		}
	}

	/** "in won terms" or "in dollar terms" right after a growth figure names its currency. */
	private static String currencyNamed(String after) {
		String lower = after.toLowerCase();
		if (lower.matches("\\s*in won terms.*")) {
			return "KRW";
		}
		if (lower.matches("\\s*in (?:dollar|us dollar|usd) terms.*")) {
			return "USD";
		}
		return null;
	}

	public static List<Written> amounts(String text) {
		List<Written> found = new ArrayList<>();
		Matcher usd = USD.matcher(text);
		while (usd.find()) {
			Matcher part = USD_PART.matcher(usd.group(1));
			while (part.find()) {
				found.add(new Written(scale(part.group(1), part.group(2)), "USD", "$" + part.group().trim()));
			}
		}
		Matcher krw = KRW.matcher(text);
		while (krw.find()) {
			found.add(new Written(scale(krw.group(1), krw.group(2)), "KRW", krw.group()));
		}
		Matcher ko = KRW_KO.matcher(text);
		while (ko.find()) {
			BigDecimal jo = ko.group(1) == null ? BigDecimal.ZERO : new BigDecimal(ko.group(1)).movePointRight(12);
			BigDecimal eok = new BigDecimal(ko.group(2).replace(",", "")).movePointRight(8);
			found.add(new Written(jo.add(eok), "KRW", ko.group()));
		}
		return found;
	}

	private static BigDecimal scale(String number, String suffix) {
		BigDecimal n = new BigDecimal(number.replace(",", ""));
		return switch (suffix.toLowerCase()) {
			case "m", "million" -> n.movePointRight(6);
			case "bn", "billion" -> n.movePointRight(9);
			default -> n.movePointRight(12);
		};
	}

}
