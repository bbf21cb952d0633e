package org.smatracker.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.agreement.Agreement;
import org.smatracker.analysis.NegotiationPage.Cell;
import org.smatracker.analysis.NegotiationPage.Chief;
import org.smatracker.analysis.NegotiationPage.Claim;
import org.smatracker.analysis.NegotiationPage.Figure;
import org.smatracker.analysis.NegotiationPage.Lead;
import org.smatracker.analysis.NegotiationPage.Link;
import org.smatracker.analysis.NegotiationPage.Person;
import org.smatracker.analysis.NegotiationPage.PositionRow;
import org.smatracker.analysis.NegotiationPage.RoundRow;
import org.smatracker.analysis.NegotiationPage.Row;
import org.smatracker.feed.ChangesService;
import org.smatracker.gap.GapAnalysis;
import org.smatracker.gap.GapPoint;
import org.smatracker.gap.NormalisedOffer;
import org.smatracker.gap.Standing;
import org.smatracker.model.OfferStatus;
import org.smatracker.model.StatedAs;
import org.smatracker.money.Currency;
import org.smatracker.negotiation.Appointment;
import org.smatracker.negotiation.GapService;
import org.smatracker.negotiation.GapService.GapReport;
import org.smatracker.negotiation.Negotiation;
import org.smatracker.negotiation.NegotiationService;
import org.smatracker.negotiation.NegotiationService.NegotiationRecord;
import org.smatracker.negotiation.Negotiator;
import org.smatracker.negotiation.Offer;
import org.smatracker.negotiation.Round;
import org.smatracker.negotiation.RoundOutcome;
import org.smatracker.negotiation.TalkFormats;
import org.smatracker.source.Source;
import org.smatracker.source.SourceLinks;
import org.smatracker.system.Formats;
import org.smatracker.system.PageModels;

/**
 * Builds {@link NegotiationPage}: the record loaded once, its gap analysed from the same rows, and
 * every value formatted here with the existing formatters, so the template reads strings only.
 */
@Service
public class NegotiationPageService {

	private final NegotiationService negotiations;

	private final GapService gaps;

	private final ChangesService changes;

	private final Formats fmt;

	private final TalkFormats talk;

	private final Workings work;

	private final SummaryText summary;

	private final SourceLinks sourceLinks;

	private final MessageSource messages;

	NegotiationPageService(NegotiationService negotiations, GapService gaps, ChangesService changes, Formats fmt,
			TalkFormats talk, Workings work, SummaryText summary, SourceLinks sourceLinks, MessageSource messages) {
		this.negotiations = negotiations;
		this.gaps = gaps;
		this.changes = changes;
		this.fmt = fmt;
		this.talk = talk;
		this.work = work;
		this.summary = summary;
		this.sourceLinks = sourceLinks;
		this.messages = messages;
	}

	/**
	 * The page as known on {@code asOf} (absent: everything), official figures only if asked;
	 * {@code base} is the context path for links, {@code workingsPage} where the summary's figures
	 * link to their workings ("" for this page, the permalink for the embed). Kept in
	 * {@link PageModels}: a new source leaves it as it was.
	 */
	@Cacheable(cacheNames = PageModels.CACHE, keyGenerator = "pageModels", condition = "!@warmup.bypassesCaches()")
	@Transactional(readOnly = true)
	public NegotiationPage page(int smaNumber, LocalDate asOf, boolean officialOnly, String base,
			String workingsPage) {
		NegotiationRecord whole = negotiations.load(smaNumber);
		GapReport report = gaps.analyse(whole, asOf, officialOnly);
		// The positions the analysis names, for the page to cite.
		Map<Long, Offer> offers = whole.offers().stream().collect(Collectors.toMap(Offer::getId, Function.identity()));
		NegotiationRecord record = whole.asOf(asOf);
		Negotiation n = record.negotiation();
		GapAnalysis a = report.analysis();
		Agreement agreement = n.getAgreement();
		String smaName = fmt.sma(n.getSmaNumber());
		boolean ongoing = n.isOpen() || (asOf != null && n.getEndDate().isAfter(asOf));
		return new NegotiationPage(n.getSmaNumber(), n.getId(), smaName, msg("negotiation.title", smaName),
				changes.negotiationLastUpdated(whole),
				summary.sentences(a, workingsPage), fmt.date(n.getStartDate()),
				n.getStartDate() == null ? null : n.getStartDate().toString(),
				ongoing ? msg("negotiation.ongoing") : fmt.date(n.getEndDate()),
				agreement == null ? null
						: new Link(base + "/agreements/" + agreement.getSmaNumber(),
								msg("negotiation.resultAgreement", fmt.sma(agreement.getSmaNumber()),
										agreement.getFirstYear(), agreement.getLastYear())),
				record.rounds().size(),
				agreement == null ? null
						: base + "/compare?sma=" + (agreement.getSmaNumber() - 1) + "&sma=" + agreement.getSmaNumber(),
				gap(report, offers, n, asOf, base), chiefs(record.chiefs(), base), highLevel(record.highLevel(), base),
				rounds(record.rounds(), base), positions(record.offers(), report, n));
	}

	private NegotiationPage.Gap gap(GapReport report, Map<Long, Offer> offers, Negotiation n, LocalDate asOf,
			String base) {
		GapAnalysis a = report.analysis();
		Figure baseline = new Figure(a.baseline() == null ? "—" : fmt.money(a.baseline().amountKrw(), Currency.KRW),
				null, List.of(work.baseline(a.baseline())), null,
				report.baselineYear() == null ? null : sources(report.baselineYear().getSources()));
		Figure agreed = null;
		if (a.agreed() != null) {
			List<String> working = new ArrayList<>();
			if (report.agreedYear() != null) {
				working.add(msg("gap.agreedWorking", a.agreed().year()));
				if (a.agreed().rate() != null) {
					working.add(msg("gap.agreedRate", a.agreed().rate().krwPerUsd(), a.agreed().rate().rateYear()));
				}
			}
			agreed = new Figure(
					fmt.money(a.agreed().amountKrw(), Currency.KRW) + " ("
							+ fmt.money(a.agreed().amountUsd(), Currency.USD) + ")",
					msg("gap.agreedYear", a.agreed().year()), working, null,
					report.agreedYear() == null ? null : sources(report.agreedYear().getSources()));
		}
		boolean drawable = a.openingUsDemand() != null || a.openingRokOffer() != null;
		Agreement agreement = n.getAgreement();
		LocalDate signed = agreement != null && agreement.getSignedDate() != null
				&& (asOf == null || !agreement.getSignedDate().isAfter(asOf)) ? agreement.getSignedDate() : null;
		List<Row> rows = new ArrayList<>(a.points().size());
		for (GapPoint p : a.points()) {
			rows.add(row(p, a, report, offers, base));
		}
		NegotiationPage.Table table = new NegotiationPage.Table(
				a.agreed() == null ? "" : plain(a.agreed().amountKrw()),
				a.agreed() == null ? "" : plain(a.agreed().amountUsd()), signed == null ? null : signed.toString(),
				rows);
		return new NegotiationPage.Gap(baseline, standing(a.openingUsDemand(), offers, work.timesBaseline(a)),
				standing(a.openingRokOffer(), offers, work.overBaseline(a)), agreed, summary.where(a),
				a.settlementPoint() == null ? "—" : decimal(a.settlementPoint(), 4), List.of(work.settlement(a)),
				fmt.signedPercent(a.increaseOverBaseline()), List.of(work.increase(a)), drawable,
				a.points().isEmpty() ? msg("chart.emptyNoMeetings") : msg("chart.emptyMeetings"), table);
	}

	/** An opening position: normalised amount, as stated, its working (with {@code extra}), quote and sources. */
	private Figure standing(Standing s, Map<Long, Offer> offers, String extra) {
		if (s == null) {
			return null;
		}
		Offer o = offers.get(s.chosen().offer().id());
		List<String> working = new ArrayList<>(work.normalised(s.chosen()));
		if (extra != null) {
			working.add(extra);
		}
		return new Figure(
				fmt.money(s.chosen().amountKrw(), Currency.KRW) + " (" + fmt.money(s.chosen().amountUsd(), Currency.USD)
						+ ")",
				msg("offer.statedAs") + " " + talk.stated(o) + ", " + fmt.date(o.getReportedDate()), working,
				o.getQuote(), sources(o.getSources()));
	}

	private Row row(GapPoint p, GapAnalysis a, GapReport report, Map<Long, Offer> offers, String base) {
		List<Link> meetings = p.meetings()
			.stream()
			.map(m -> new Link("#round-" + m.id(), talk.roundTitle(report.round(m.id()))))
			.toList();
		List<Claim> disputed = p.disputed().stream().map(d -> {
			Offer o = offers.get(d.offer().id());
			return new Claim(msg("party." + d.offer().party()) + ": " + talk.stated(o), sources(o.getSources()));
		}).toList();
		return new Row(p.date().toString(), fmt.date(p.date()), meetings, cell(p.usDemand(), offers),
				cell(p.rokOffer(), offers), disputed, fmt.money(p.gapKrw(), Currency.KRW),
				fmt.money(p.gapUsd(), Currency.USD), fmt.percent(p.gapOfBaseline()),
				p.ratio() == null ? "—" : decimal(p.ratio(), 2) + "×", fmt.percent(p.gapClosed()), work.moved(p),
				p.hasGap() ? work.gap(p, a.baseline(), a.firstGap()) : List.of(),
				p.usDemand() == null ? "" : plain(p.usDemand().chosen().amountKrw()),
				p.usDemand() == null ? "" : plain(p.usDemand().chosen().amountUsd()),
				p.rokOffer() == null ? "" : plain(p.rokOffer().chosen().amountKrw()),
				p.rokOffer() == null ? "" : plain(p.rokOffer().chosen().amountUsd()));
	}

	private Cell cell(Standing s, Map<Long, Offer> offers) {
		if (s == null) {
			return null;
		}
		Offer o = offers.get(s.chosen().offer().id());
		List<Claim> rivals = s.rivals().stream().map(r -> {
			Offer ro = offers.get(r.offer().id());
			return new Claim(msg("gap.conflictOther") + " " + talk.stated(ro), sources(ro.getSources()));
		}).toList();
		return new Cell(fmt.money(s.chosen().amountKrw(), Currency.KRW), talk.stated(o), sources(o.getSources()),
				rivals);
	}

	private List<Chief> chiefs(List<Appointment> chiefs, String base) {
		boolean korean = "ko".equals(locale().getLanguage());
		return chiefs.stream().map(a -> {
			Negotiator p = a.getNegotiator();
			boolean other = p.getNameKo() != null;
			return new Chief(msg("party." + p.getParty()), "party-" + p.getParty().name().toLowerCase(Locale.ROOT),
					person(p, base), other ? (korean ? p.getName() : p.getNameKo()) : null, korean ? "en" : "ko",
					a.getTitle(), fmt.date(a.getFromDate()), fmt.date(a.getToDate()), sources(a.getSources()));
		}).toList();
	}

	private List<Person> highLevel(List<Appointment> highLevel, String base) {
		return highLevel.stream().map(a -> new Person(person(a.getNegotiator(), base), a.getTitle())).toList();
	}

	private Link person(Negotiator p, String base) {
		return new Link(base + "/negotiators/" + p.getId(), fmt.person(p.getName(), p.getNameKo()));
	}

	private List<RoundRow> rounds(List<Round> rounds, String base) {
		return rounds.stream().map(r -> {
			RoundOutcome outcome = r.getOutcome();
			boolean key = outcome == RoundOutcome.WALKED_OUT || outcome == RoundOutcome.AGREEMENT_IN_PRINCIPLE
					|| outcome == RoundOutcome.CONCLUDED;
			List<Lead> leads = new ArrayList<>(2);
			if (r.getRokLead() != null) {
				leads.add(new Lead(person(r.getRokLead(), base), msg("party.ROK")));
			}
			if (r.getUsLead() != null) {
				leads.add(new Lead(person(r.getUsLead(), base), msg("party.US")));
			}
			String venue = r.isVirtual() ? msg("round.virtual")
					: r.getCity() != null ? r.getCity() + ", " + r.getCountry() : msg("round.venueUnknown");
			return new RoundRow(r.getId(), String.valueOf(r.getEndDate() != null ? r.getEndDate() : r.getStartDate()),
					key ? msg("outcome." + outcome) : null, talk.roundTitle(r), String.valueOf(r.getStartDate()),
					fmt.span(r.getStartDate(), r.getEndDate()), venue, leads,
					outcome == null ? null : msg("outcome." + outcome),
					outcome == null ? null : "outcome-" + outcome.name().toLowerCase(Locale.ROOT), r.getSummary(),
					sources(r.getSources()));
		}).toList();
	}

	private List<PositionRow> positions(List<Offer> offers, GapReport report, Negotiation n) {
		if (offers.isEmpty()) {
			return List.of();
		}
		Map<Long, ChangesService.Revision> revised = changes.revisedAmounts(offers.stream().map(Offer::getId).toList());
		Map<Long, NormalisedOffer> normalised = new HashMap<>();
		report.analysis().offers().forEach(no -> normalised.put(no.offer().id(), no));
		boolean noBaseline = report.analysis().baseline() == null;
		String previous = fmt.sma(n.getSmaNumber() - 1);
		return offers.stream().map(o -> {
			ChangesService.Revision rv = revised.get(o.getId());
			String revisedText = rv == null ? null
					: msg("changes.revisedDetail", talk.stated(o, rv.before()), talk.stated(o, rv.after()),
							fmt.date(rv.revisedAt().atZone(ZoneOffset.UTC).toLocalDate()));
			boolean relative = o.getForm() != StatedAs.ABSOLUTE;
			NormalisedOffer no = relative ? normalised.get(o.getId()) : null;
			String amount = no != null && no.isComputable() ? "= " + fmt.money(no.amountKrw(), Currency.KRW) : null;
			String awaiting = no != null && !no.isComputable() && noBaseline
					? report.baselineDueYear() != null
							? msg("offer.awaitingBaseline", previous, String.valueOf(report.baselineDueYear()))
							: msg("offer.awaitingAgreement", previous)
					: null;
			OfferStatus status = o.getStatus();
			String statusClass = status == OfferStatus.DISPUTED ? "text-bg-danger"
					: status == OfferStatus.RESTATED ? "text-bg-secondary" : "text-bg-success";
			Round round = o.getRound();
			return new PositionRow(o.getId(), status == OfferStatus.CURRENT, o.getReportedDate().toString(),
					fmt.date(o.getReportedDate()),
					round == null ? null : new Link("#round-" + round.getId(), talk.roundTitle(round)),
					msg("party." + o.getParty()), "party-" + o.getParty().name().toLowerCase(Locale.ROOT),
					msg("offer.kind." + o.getKind()), msg("offer.form." + o.getForm()), talk.stated(o), revisedText,
					relative, amount, awaiting, o.getAppliesToYear(), msg("reliability." + o.getReliability()),
					msg("offer.status." + status), statusClass, o.getNote(), o.getQuote(), sources(o.getSources()));
		}).toList();
	}

	private String sources(Collection<Source> sources) {
		return sourceLinks.html(sources);
	}

	/** A decimal as the templates' {@code #numbers.formatDecimal(x, 1, places)} wrote it (also the compare page's). */
	static String decimal(BigDecimal value, int places) {
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMinimumIntegerDigits(1);
		format.setMinimumFractionDigits(places);
		format.setMaximumFractionDigits(places);
		format.setRoundingMode(RoundingMode.HALF_EVEN);
		return format.format(value);
	}

	/** A chart's data attribute: the exact decimal, as the page always wrote it. */
	private static String plain(BigDecimal value) {
		return value == null ? "" : value.toString();
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
