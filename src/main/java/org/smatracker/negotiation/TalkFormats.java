package org.smatracker.negotiation;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.smatracker.model.StatedAs;
import org.smatracker.money.MoneyFormat;

/**
 * How the talks' records read in the request's language: {@code ${@talk.stated(offer)}},
 * {@code ${@talk.roundTitle(round)}}. Kept beside the records so that {@code system.Formats} (amounts,
 * dates, agreement names) imports no feature.
 */
@Component("talk")
public class TalkFormats {

	private final MessageSource messages;

	TalkFormats(MessageSource messages) {
		this.messages = messages;
	}

	/** An offer as it was stated: "US$5 billion", "+13% over baseline", "5× baseline". */
	public String stated(Offer offer) {
		if (offer.getForm() == StatedAs.ABSOLUTE) {
			return MoneyFormat.format(offer.getAmount(), offer.getCurrency(), locale());
		}
		String key = offer.getForm() == StatedAs.PERCENT_OF_BASELINE ? "offer.stated.percent" : "offer.stated.multiple";
		return messages.getMessage(key, new Object[] { MoneyFormat.plain(offer.getAmount()) }, locale());
	}

	/** "Round 3" for a numbered round, else its kind: "High-level meeting". */
	public String roundTitle(Round round) {
		if (round.getRoundNumber() != null) {
			return messages.getMessage("round.numbered", new Object[] { String.valueOf(round.getRoundNumber()) },
					locale());
		}
		return messages.getMessage("round.kind." + round.getKind(), null, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
