package org.smatracker.analysis;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import org.smatracker.gap.GapAnalysis;
import org.smatracker.gap.GapSummary;
import org.smatracker.gap.GapSummary.Figure;
import org.smatracker.money.MoneyFormat;

/**
 * Writes the {@link GapSummary} sentences in the request's language ({@code ${@summary.sentences(a)}}):
 * each number rounded for reading, linked to its working, the exact value in its title and in
 * {@code data-value} (the same decimals as the gap JSON). The result is HTML: the message text comes
 * from our bundles and every inserted piece is escaped.
 */
@Component("summary")
public class SummaryText {

	private final MessageSource messages;

	SummaryText(MessageSource messages) {
		this.messages = messages;
	}

	public List<String> sentences(GapAnalysis analysis) {
		return sentences(analysis, "", LocaleContextHolder.getLocale());
	}

	/** The sentences for another page (the embed): each number links to its working on {@code page}. */
	public List<String> sentences(GapAnalysis analysis, String page) {
		return sentences(analysis, page, LocaleContextHolder.getLocale());
	}

	List<String> sentences(GapAnalysis analysis, String page, Locale locale) {
		return GapSummary.of(analysis).stream().map(s -> sentence(s, page, locale)).toList();
	}

	/** The settlement point in words ("Close to Korea's opening offer: 0.9% of the way …"), or absent. */
	public String where(GapAnalysis a) {
		if (a.settlementPoint() == null) {
			return null;
		}
		GapSummary.Landing landing = GapSummary.Landing.of(a.settlementPoint());
		return messages.getMessage("summary.where." + landing,
				new Object[] { MoneyFormat.percent(a.settlementPoint().abs(), false) }, LocaleContextHolder.getLocale());
	}

	private String sentence(GapSummary.Sentence s, String page, Locale locale) {
		Object[] args = s.args().stream().map(arg -> argument(arg, page, locale)).toArray();
		return messages.getMessage(s.key(), args, locale);
	}

	private String argument(Object arg, String page, Locale locale) {
		if (arg instanceof Figure f) {
			return figure(f, page, locale);
		}
		if (arg instanceof LocalDate date) {
			String pattern = messages.getMessage("summary.month", null, locale);
			return HtmlUtils.htmlEscape(DateTimeFormatter.ofPattern(pattern, locale).format(date));
		}
		// A year: as written, never "2,021".
		return HtmlUtils.htmlEscape(String.valueOf(arg));
	}

	private String figure(Figure f, String page, Locale locale) {
		String readable;
		String exact;
		String value;
		switch (f.kind()) {
			case MONEY -> {
				readable = MoneyFormat.readable(f.value(), f.currency(), locale);
				exact = messages.getMessage("summary.exact",
						new Object[] { MoneyFormat.exact(f.value(), f.currency(), locale) }, locale);
				value = GapJson.whole(f.value()).toPlainString();
			}
			case SHARE -> {
				readable = MoneyFormat.percent(f.value(), false);
				exact = messages.getMessage("summary.exactSettlement",
						new Object[] { MoneyFormat.plain(f.value().setScale(4, RoundingMode.HALF_EVEN)) }, locale);
				value = GapJson.fraction(f.value()).toPlainString();
			}
			case TIMES -> {
				readable = MoneyFormat.plain(f.value().setScale(1, RoundingMode.HALF_EVEN));
				exact = messages.getMessage("summary.exact",
						new Object[] { MoneyFormat.plain(f.value().setScale(4, RoundingMode.HALF_EVEN)) }, locale);
				value = GapJson.fraction(f.value()).toPlainString();
			}
			default -> {
				readable = MoneyFormat.percent(f.value(), true);
				exact = messages.getMessage("summary.exact",
						new Object[] { MoneyFormat.plain(f.value().movePointRight(2).setScale(3, RoundingMode.HALF_EVEN)) + "%" },
						locale);
				value = GapJson.fraction(f.value()).toPlainString();
			}
		}
		return "<a class=\"figure\" href=\"" + HtmlUtils.htmlEscape(page) + "#" + f.working() + "\" data-kind=\"" + f.kind() + "\" data-value=\""
				+ HtmlUtils.htmlEscape(value) + "\" title=\"" + HtmlUtils.htmlEscape(exact) + "\">"
				+ HtmlUtils.htmlEscape(readable) + "</a>";
	}

}
