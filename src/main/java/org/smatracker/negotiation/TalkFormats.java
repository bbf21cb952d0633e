package org.smatracker.negotiation;

import java.math.BigDecimal;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.smatracker.model.StatedAs;
import org.smatracker.money.Currency;
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
		return stated(offer, offer.getAmount());
	}

	/**
	 * An amount the position had (as the change log stores it, plain digits), written as the position
	 * states its amount: "US$1.3 billion", "+10%". Text that is not a number is shown as it is.
	 */
	public String stated(Offer offer, String amount) {
		if (amount == null) {
			return "";
		}
		try {
			return stated(offer, new BigDecimal(amount.trim()));
		}
		catch (NumberFormatException ex) {
			return amount;
		}
	}

	private String stated(Offer offer, BigDecimal amount) {
		if (offer.getForm() == StatedAs.ABSOLUTE) {
			return MoneyFormat.format(amount, offer.getCurrency(), locale());
		}
		return stated(offer.getForm(), amount);
	}

	/**
	 * An amount field as it will be saved: "₩1,600,000,000,000 (₩1.6 trillion)", "+13% over baseline",
	 * or the bare number while the form is not known yet. Only for a form {@link OfferRules} accepts.
	 */
	public String statedPreview(OfferForm form) {
		OfferRules.Stated stated = OfferRules.stated(form);
		if (stated.form() == null || stated.form() == StatedAs.ABSOLUTE && stated.currency() == null) {
			return messages.getMessage("amount.preview.number", new Object[] { MoneyFormat.plain(stated.amount()) },
					locale());
		}
		if (stated.form() == StatedAs.ABSOLUTE) {
			return (stated.currency() == Currency.KRW ? "₩" : "US$") + MoneyFormat.plain(stated.amount()) + " ("
					+ MoneyFormat.format(stated.amount(), stated.currency(), locale()) + ")";
		}
		return stated(stated.form(), stated.amount());
	}

	private String stated(StatedAs form, BigDecimal amount) {
		String key = form == StatedAs.PERCENT_OF_BASELINE ? "offer.stated.percent" : "offer.stated.multiple";
		return messages.getMessage(key, new Object[] { MoneyFormat.plain(amount) }, locale());
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
