package org.smatracker.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.smatracker.money.Currency;
import org.smatracker.system.Formats;

/**
 * A contribution chart's table rows, formatted once in the request's language
 * ({@code ${@contributionRows.of(years)}} in {@code fragments/contributions}, and the compare page's
 * view model): about forty rows a chart, where per-cell template calls were most of the page's cost.
 */
@Component("contributionRows")
public class ContributionRows {

	private final Formats fmt;

	private final MessageSource messages;

	ContributionRows(Formats fmt, MessageSource messages) {
		this.fmt = fmt;
		this.messages = messages;
	}

	/**
	 * One year: the chart's data (exact decimals, absent when unknown), the agreement's name, the
	 * amounts as read, and for a projected year the note saying how it was filled in.
	 */
	public record Row(int year, String krw, String usd, boolean selected, boolean projected, String note,
			String agreement, String krwText, String usdText) {
	}

	public List<Row> of(List<CompareService.ContributionYear> years) {
		Locale locale = LocaleContextHolder.getLocale();
		String none = messages.getMessage("compare.noAgreement", null, locale);
		return years.stream().map(y -> {
			boolean atMost = y.projection() == CompareService.Projection.AT_MOST;
			String krw = fmt.money(y.amountKrw(), Currency.KRW);
			String usd = fmt.money(y.amountUsd(), Currency.USD);
			return new Row(y.year(), plain(y.amountKrw()), plain(y.amountUsd()), y.selected(), y.isProjected(),
					y.isProjected() ? messages.getMessage("compare.projected." + y.projection(), null, locale) : null,
					y.smaNumber() == null ? none : fmt.sma(y.smaNumber()),
					atMost ? messages.getMessage("compare.atMost", new Object[] { krw }, locale) : krw,
					atMost ? messages.getMessage("compare.atMost", new Object[] { usd }, locale) : usd);
		}).toList();
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.toString();
	}

}
