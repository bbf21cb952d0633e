package org.smatracker.system;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.smatracker.money.Currency;
import org.smatracker.money.MoneyFormat;

/** Formatting for templates, in the request's language: {@code ${@fmt.money(amount, currency)}}. */
@Component("fmt")
public class Formats {

	private final MessageSource messages;

	/**
	 * The medium date format of each language, its pattern looked up once: a localized formatter looks
	 * it up again at every date it writes, and a page writes a few hundred. At most
	 * {@value #KEPT_LANGUAGES} are kept: the language comes from the request, and this does not count
	 * on the locale resolver narrowing it to English or Korean.
	 */
	private static final Map<Locale, DateTimeFormatter> DATES = new ConcurrentHashMap<>();

	private static final int KEPT_LANGUAGES = 8;

	Formats(MessageSource messages) {
		this.messages = messages;
	}

	public String money(BigDecimal amount, Currency currency) {
		return MoneyFormat.format(amount, currency, locale());
	}

	/** Rounded for reading ("₩1.18 trillion"); pair it with {@link #exact} in a title. */
	public String readable(BigDecimal amount, Currency currency) {
		return MoneyFormat.readable(amount, currency, locale());
	}

	public String exact(BigDecimal amount, Currency currency) {
		return MoneyFormat.exact(amount, currency, locale());
	}

	/** A person's name as the reader's language writes it: in Hangul on Korean pages where the record has it. */
	public String person(String name, String nameKo) {
		boolean korean = "ko".equals(locale().getLanguage());
		return korean && nameKo != null && !nameKo.isBlank() ? nameKo : name;
	}

	public String percent(BigDecimal fraction) {
		return MoneyFormat.percent(fraction, false);
	}

	public String signedPercent(BigDecimal fraction) {
		return MoneyFormat.percent(fraction, true);
	}

	/** A plain number of five digits or more before any point: an amount, never a year or a count. */
	private static final Pattern QUANTITY = Pattern.compile("-?\\d{5,}(\\.\\d+)?");

	/**
	 * A value as the history of changes stored it, for reading: an amount's digits grouped
	 * ("5000000000.0000" → "5,000,000,000"); years, counts, dates and text as stored.
	 */
	public String figure(String stored) {
		return stored == null || !QUANTITY.matcher(stored).matches() ? stored : MoneyFormat.plain(new BigDecimal(stored));
	}

	public String date(LocalDate date) {
		if (date == null) {
			return "—";
		}
		Locale locale = locale();
		DateTimeFormatter format = DATES.get(locale);
		if (format == null) {
			format = mediumDates(locale);
			if (DATES.size() < KEPT_LANGUAGES) {
				DATES.putIfAbsent(locale, format);
			}
		}
		return format.format(date);
	}

	private static DateTimeFormatter mediumDates(Locale locale) {
		return DateTimeFormatter.ofPattern(DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.MEDIUM, null,
				IsoChronology.INSTANCE, locale), locale);
	}

	/** A meeting's dates: one day, or "first – last". */
	public String span(LocalDate from, LocalDate to) {
		if (from == null) {
			return "—";
		}
		return (to == null || to.equals(from)) ? date(from) : date(from) + " – " + date(to);
	}

	/** "11th SMA" / "제11차 SMA". */
	public String sma(int number) {
		return messages.getMessage("sma.name", new Object[] { String.valueOf(number), ordinalSuffix(number) }, locale());
	}

	private String ordinalSuffix(int n) {
		int lastTwo = n % 100;
		int last = n % 10;
		String key = (lastTwo >= 11 && lastTwo <= 13) ? "th" : switch (last) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return messages.getMessage("ordinal." + key, null, "", locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
