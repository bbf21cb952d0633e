package org.smatracker.timeline;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.smatracker.agreement.Agreement;
import org.smatracker.agreement.TermService;
import org.smatracker.agreement.TermStatement;
import org.smatracker.model.Party;
import org.smatracker.money.Currency;
import org.smatracker.negotiation.Negotiator;
import org.smatracker.negotiation.Offer;
import org.smatracker.negotiation.Round;
import org.smatracker.negotiation.TalkFormats;
import org.smatracker.source.Source;
import org.smatracker.system.Formats;
import org.smatracker.timeline.TimelineView.Entry;
import org.smatracker.timeline.TimelineView.Option;
import org.smatracker.timeline.TimelineView.Position;
import org.smatracker.timeline.TimelineView.SourceLink;

/**
 * Writes the timeline page's parts in the request's language with the project's formatters
 * ({@link Formats}, {@link TalkFormats}): the filter form, where things stand, and each event as an
 * {@link Entry}: an agreement with its first-year amount, a round with its venue,
 * leads, outcome and the positions stated at it, a position reported between rounds, a statement made
 * outside talks. The details (quotes, working) stay on the negotiation and agreement pages it links to.
 */
@Component
class TimelineTexts {

	private final MessageSource messages;

	private final Formats fmt;

	private final TalkFormats talk;

	TimelineTexts(MessageSource messages, Formats fmt, TalkFormats talk) {
		this.messages = messages;
		this.fmt = fmt;
		this.talk = talk;
	}

	Entry agreement(Agreement a, LocalDate date) {
		String when = a.getSignedDate() != null ? fmt.date(a.getSignedDate())
				: msg("timeline.inForceFrom", a.getFirstYear());
		String meta = msg("agreement.covers", a.getFirstYear(), a.getLastYear()) + " · "
				+ msg("escalation." + a.getEscalationRule()) + " · " + msg("agreement.status." + a.getStatus());
		BigDecimal amount = a.getFirstYearAmountKrw();
		return new Entry("timeline-event event-agreement", date.toString(), when,
				msg("timeline.agreementSigned", fmt.sma(a.getSmaNumber())), "/agreements/" + a.getSmaNumber(), null,
				null, meta, amount == null ? null : msg("timeline.firstYear", a.getFirstYear()),
				amount == null ? null : fmt.readable(amount, Currency.KRW),
				amount == null ? null : fmt.exact(amount, Currency.KRW), null, null, null, null);
	}

	Entry round(Round r, List<Offer> positions) {
		String venue = r.isVirtual() ? msg("round.virtual")
				: r.getCity() != null ? r.getCity() + ", " + r.getCountry() : msg("round.venueUnknown");
		String outcome = r.getOutcome().name();
		int sma = r.getNegotiation().getSmaNumber();
		return new Entry("timeline-event event-round", r.getStartDate().toString(),
				fmt.span(r.getStartDate(), r.getEndDate()), fmt.sma(sma) + " · " + talk.roundTitle(r),
				"/negotiations/" + sma + "#round-" + r.getId(), "badge outcome outcome-" + outcome.toLowerCase(Locale.ROOT),
				msg("outcome." + outcome), venue + " · " + msg("round.leads") + ": " + leads(r), null, null, null,
				r.getSummary(), positions.isEmpty() ? null : msg("timeline.positionsAt"),
				positions.isEmpty() ? null : positions.stream().map(this::position).toList(), null);
	}

	Entry offer(Offer o) {
		int sma = o.getNegotiation().getSmaNumber();
		return new Entry("timeline-event event-position", o.getReportedDate().toString(), fmt.date(o.getReportedDate()),
				fmt.sma(sma), "/negotiations/" + sma + "#positions", null, null, msg("timeline.reported"), null, null,
				null, null, null, List.of(position(o)), sources(o.getSources()));
	}

	Entry statement(TermStatement s) {
		boolean both = s.getParty() == TermStatement.Speaker.BOTH;
		String stated = msg("term.kind." + s.getKind());
		if (s.getAmount() != null) {
			String amount = fmt.money(s.getAmount(), s.getCurrency());
			stated += ": " + (s.isPerYear() ? msg("term.perYear", amount) : msg("term.total", amount));
		}
		Position position = both ? new Position("badge text-bg-secondary", msg("term.party.BOTH"), stated, null, null)
				: new Position(partyCss(s.getParty().name()), msg("party." + s.getParty()), stated, null, null);
		int sma = s.getAgreement().getSmaNumber();
		return new Entry("timeline-event event-statement", s.getStatementDate().toString(),
				fmt.date(s.getStatementDate()), fmt.sma(sma), "/agreements/" + sma + "#term-statements",
				"badge text-bg-warning", msg("term.outsideTalks"), null, null, null, null, s.getSummary(), null,
				List.of(position), sources(s.getSources()));
	}

	private Position position(Offer o) {
		String text = msg("offer.kind." + o.getKind()) + ": " + talk.stated(o) + " ("
				+ msg("reliability." + o.getReliability()) + ")";
		String statusCss = switch (o.getStatus()) {
			case CURRENT -> null;
			case DISPUTED -> "badge text-bg-danger";
			default -> "badge text-bg-secondary";
		};
		return new Position(partyCss(o.getParty().name()), msg("party." + o.getParty()), text, statusCss,
				statusCss == null ? null : msg("offer.status." + o.getStatus()));
	}

	private static String partyCss(String party) {
		return "badge party party-" + party.toLowerCase(Locale.ROOT);
	}

	private String leads(Round r) {
		Negotiator rok = r.getRokLead();
		Negotiator us = r.getUsLead();
		if (rok == null && us == null) {
			return msg("round.leadsUnknown");
		}
		List<String> names = new ArrayList<>(2);
		if (rok != null) {
			names.add(fmt.person(rok.getName(), rok.getNameKo()) + " (" + msg("party." + Party.ROK) + ")");
		}
		if (us != null) {
			names.add(fmt.person(us.getName(), us.getNameKo()) + " (" + msg("party." + Party.US) + ")");
		}
		return String.join(", ", names);
	}

	private List<SourceLink> sources(Collection<Source> sources) {
		if (sources.isEmpty()) {
			return null;
		}
		String unconfirmed = msg("source.unconfirmed");
		return sources.stream()
			.map(s -> s.hasWebUrl()
					? new SourceLink(s.getUrl(), s.getCode(), title(s), "_blank", "noopener noreferrer", badge(s, unconfirmed))
					: new SourceLink("/sources/" + s.getId(), s.getCode(), title(s), null, null, badge(s, unconfirmed)))
			.toList();
	}

	TimelineView.Filters filters(TimelineFilter filter, List<Agreement> all) {
		List<Option> agreementOptions = new ArrayList<>(all.size());
		for (Agreement a : all) {
			agreementOptions.add(new Option(String.valueOf(a.getSmaNumber()), fmt.sma(a.getSmaNumber()),
					filter.sma() != null && filter.sma() == a.getSmaNumber()));
		}
		List<Option> partyOptions = new ArrayList<>();
		for (Party p : Party.values()) {
			partyOptions.add(new Option(p.name(), msg("party." + p), p == filter.party()));
		}
		return new TimelineView.Filters(agreementOptions, partyOptions, filter.newestFirst(),
				filter.isFiltered() ? "/?order=" + filter.order() : null);
	}

	TimelineView.Standing standing(TermService.Standing s) {
		if (s == null) {
			return null;
		}
		Agreement a = s.agreement();
		String amount = s.amount() != null ? msg("standing.amount", s.year(), fmt.money(s.amount(), s.currency()))
				: msg("standing.noAmount", s.year());
		TermStatement latest = s.latest();
		return new TimelineView.Standing(
				msg("standing.inForce", fmt.sma(a.getSmaNumber()), a.getFirstYear(), a.getLastYear()),
				"/agreements/" + a.getSmaNumber(), amount,
				latest == null ? null : msg("standing.latest", fmt.date(latest.getStatementDate())),
				latest == null ? null : latest.getSummary(),
				latest == null ? null : "/agreements/" + latest.getAgreement().getSmaNumber() + "#term-statements");
	}

	private static String title(Source s) {
		return s.getTitle() + " (" + s.getPublisher() + ")";
	}

	private static String badge(Source s, String unconfirmed) {
		return s.isConfirmed() ? null : unconfirmed;
	}

	String msg(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
