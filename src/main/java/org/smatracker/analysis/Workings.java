package org.smatracker.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.smatracker.gap.AgreedAmount;
import org.smatracker.gap.Baseline;
import org.smatracker.gap.GapAnalysis;
import org.smatracker.gap.GapPoint;
import org.smatracker.gap.GapSummary;
import org.smatracker.gap.Movement;
import org.smatracker.gap.NormalisedOffer;
import org.smatracker.gap.OfferInput;
import org.smatracker.money.AppliedRate;
import org.smatracker.money.Currency;
import org.smatracker.money.MoneyFormat;
import org.smatracker.model.StatedAs;

/**
 * "How is this computed?": every derived number written out as the formula with the figures that
 * went into it, in the request's language ({@code ${@work.gap(point)}} in templates).
 */
@Component("work")
public class Workings {

	private final MessageSource messages;

	Workings(MessageSource messages) {
		this.messages = messages;
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	private static String krw(BigDecimal amount) {
		return MoneyFormat.format(amount, Currency.KRW, locale());
	}

	private static String usd(BigDecimal amount) {
		return MoneyFormat.format(amount, Currency.USD, locale());
	}

	private String rate(AppliedRate rate) {
		String text = msg("work.rate", MoneyFormat.plain(rate.krwPerUsd()), String.valueOf(rate.rateYear()));
		return rate.isFallback() ? text + " " + msg("work.rateFallback", String.valueOf(rate.requestedYear())) : text;
	}

	/** A decimal fraction, e.g. a ratio, to three places. */
	private static String decimal(BigDecimal value) {
		return value == null ? "—" : MoneyFormat.plain(value.setScale(3, RoundingMode.HALF_EVEN));
	}

	public String baseline(Baseline b) {
		if (b == null) {
			return msg("work.noBaseline");
		}
		String stated = MoneyFormat.format(b.amount(), b.currency(), locale());
		String line = msg("work.baseline", stated, String.valueOf(b.year()), String.valueOf(b.smaNumber()));
		if (b.rate() != null) {
			line += " " + conversion(b.amount(), b.currency(), b.amountKrw(), b.amountUsd(), b.rate());
		}
		return line;
	}

	/** From the position as stated to its annual amount in both currencies. */
	public List<String> normalised(NormalisedOffer n) {
		List<String> lines = new ArrayList<>();
		OfferInput p = n.offer();
		if (!n.isComputable()) {
			lines.add(n.baselineUsed() == null && p.form() != StatedAs.ABSOLUTE
					? msg("work.noBaseline") : msg("work.noRate", String.valueOf(p.appliesToYear())));
			return lines;
		}
		Currency resolvedIn = p.currency();
		BigDecimal resolved = p.amount();
		switch (p.form()) {
			case PERCENT_OF_BASELINE -> {
				Baseline b = n.baselineUsed();
				resolvedIn = b.currency();
				resolved = resolvedIn == Currency.KRW ? n.amountKrw() : n.amountUsd();
				lines.add(msg("work.percent", MoneyFormat.format(b.amount(), b.currency(), locale()),
						String.valueOf(b.year()), MoneyFormat.plain(p.amount()),
						MoneyFormat.format(resolved, resolvedIn, locale())));
			}
			case MULTIPLE_OF_BASELINE -> {
				Baseline b = n.baselineUsed();
				resolvedIn = b.currency();
				resolved = resolvedIn == Currency.KRW ? n.amountKrw() : n.amountUsd();
				lines.add(msg("work.multiple", MoneyFormat.format(b.amount(), b.currency(), locale()),
						String.valueOf(b.year()), MoneyFormat.plain(p.amount()),
						MoneyFormat.format(resolved, resolvedIn, locale())));
			}
			default -> lines.add(msg("work.stated", MoneyFormat.format(p.amount(), p.currency(), locale()),
					String.valueOf(p.appliesToYear())));
		}
		if (n.rate() != null) {
			lines.add(conversion(resolved, resolvedIn, n.amountKrw(), n.amountUsd(), n.rate()));
		}
		return lines;
	}

	private String conversion(BigDecimal amount, Currency from, BigDecimal krwAmount, BigDecimal usdAmount,
			AppliedRate rate) {
		return from == Currency.USD ? msg("work.toKrw", usd(amount), rate(rate), krw(krwAmount))
				: msg("work.toUsd", krw(amount), rate(rate), usd(usdAmount));
	}

	public List<String> gap(GapPoint p, Baseline baseline, GapPoint first) {
		List<String> lines = new ArrayList<>();
		if (!p.hasGap()) {
			lines.add(msg("work.noGap"));
			return lines;
		}
		BigDecimal d = p.usDemand().chosen().amountKrw();
		BigDecimal o = p.rokOffer().chosen().amountKrw();
		lines.add(msg("work.gap", krw(d), krw(o), krw(p.gapKrw())));
		if (p.gapUsd() != null) {
			lines.add(msg("work.gap", usd(p.usDemand().chosen().amountUsd()), usd(p.rokOffer().chosen().amountUsd()),
					usd(p.gapUsd())));
		}
		if (p.gapOfBaseline() != null) {
			lines.add(msg("work.gapOfBaseline", krw(p.gapKrw()), krw(baseline.amountKrw()),
					MoneyFormat.percent(p.gapOfBaseline(), false)));
		}
		if (p.ratio() != null) {
			lines.add(msg("work.ratio", krw(d), krw(o), decimal(p.ratio())));
		}
		if (p.gapClosed() != null && first != null) {
			lines.add(msg("work.closed", krw(p.gapKrw()), krw(first.gapKrw()),
					String.valueOf(first.date()), MoneyFormat.percent(p.gapClosed(), false)));
		}
		return lines;
	}

	public String settlement(GapAnalysis a) {
		AgreedAmount agreed = a.agreed();
		if (a.settlementPoint() == null || agreed == null) {
			return msg("work.noSettlement");
		}
		return msg("work.settlement", krw(agreed.amountKrw()), krw(a.openingRokOffer().chosen().amountKrw()),
				krw(a.openingUsDemand().chosen().amountKrw()), decimal4(a.settlementPoint()));
	}

	public String increase(GapAnalysis a) {
		if (a.increaseOverBaseline() == null) {
			return msg("work.noIncrease");
		}
		return msg("work.increase", krw(a.agreed().amountKrw()), String.valueOf(a.agreed().year()),
				krw(a.baseline().amountKrw()), MoneyFormat.percent(a.increaseOverBaseline(), true));
	}

	/** The opening demand as a multiple of the baseline, the figure the summary quotes; absent without one. */
	public String timesBaseline(GapAnalysis a) {
		BigDecimal times = a.openingUsDemand() == null ? null
				: GapSummary.overBaseline(a.openingUsDemand().chosen().amountKrw(), a.baseline());
		return times == null ? null : msg("work.timesBaseline", krw(a.openingUsDemand().chosen().amountKrw()),
				krw(a.baseline().amountKrw()), decimal(times));
	}

	/** The opening offer as a change over the baseline, the figure the summary quotes; absent without one. */
	public String overBaseline(GapAnalysis a) {
		BigDecimal times = a.openingRokOffer() == null ? null
				: GapSummary.overBaseline(a.openingRokOffer().chosen().amountKrw(), a.baseline());
		return times == null ? null : msg("work.overBaseline", krw(a.openingRokOffer().chosen().amountKrw()),
				krw(a.baseline().amountKrw()), MoneyFormat.percent(times.subtract(BigDecimal.ONE), true));
	}

	private static String decimal4(BigDecimal value) {
		return MoneyFormat.plain(value.setScale(4, RoundingMode.HALF_EVEN));
	}

	/** One line: "ROK offer +2.7%, US demand unchanged, gap −₩31.2 billion, −3% of baseline". */
	public String moved(GapPoint p) {
		Movement m = p.movement();
		if (m == null) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		parts.add(side("demand", m.usDemandNew(), m.usDemandChange(), p.usDemand() != null));
		parts.add(side("offer", m.rokOfferNew(), m.rokOfferChange(), p.rokOffer() != null));
		if (m.gapChangeKrw() != null && m.gapChangeKrw().signum() == 0) {
			parts.add(msg("moved.gap.same"));
		}
		else if (m.gapChangeKrw() != null) {
			parts.add(msg("moved.gap", signed(m.gapChangeKrw()), MoneyFormat.percent(m.gapChangeOfBaseline(), true)));
		}
		parts.removeIf(String::isEmpty);
		return String.join(", ", parts);
	}

	private String side(String what, boolean isNew, BigDecimal change, boolean present) {
		if (!present) {
			return "";
		}
		if (isNew) {
			return msg("moved." + what + ".new");
		}
		if (change == null || change.signum() == 0) {
			return msg("moved." + what + ".same");
		}
		return msg("moved." + what, MoneyFormat.percent(change, true));
	}

	private static String signed(BigDecimal krwAmount) {
		String text = krw(krwAmount);
		return krwAmount.signum() > 0 ? "+" + text : text;
	}

}
