package org.smatracker.negotiation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.Hibernate;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.agreement.Agreement;
import org.smatracker.agreement.AgreementRepository;
import org.smatracker.agreement.AgreementYear;
import org.smatracker.gap.AgreedAmount;
import org.smatracker.gap.Baseline;
import org.smatracker.gap.Meeting;
import org.smatracker.gap.Normaliser;
import org.smatracker.model.Weighed;
import org.smatracker.money.Currency;
import org.smatracker.money.ExchangeRateService;
import org.smatracker.money.ExchangeRateTable;

/**
 * What a negotiation's gap analysis stands on besides its positions: its rounds, the baseline from the
 * previous agreement and the amount agreed. Cached per instance by
 * {@link org.smatracker.system.DataVersion#ofAllButPositions()}: an edited position (the commonest
 * write while talks go on) leaves it as it was, so the analysis after it reads only the positions.
 */
@Component
class GapFrames {

	/**
	 * A negotiation's analysis less its positions. Its entities are detached: the rounds and the
	 * agreements' years as read; the years' sources only in the frame of one negotiation.
	 */
	record Frame(long negotiationId, int smaNumber, Baseline baseline, AgreedAmount agreed, List<Meeting> meetings,
			Map<Long, Round> rounds, AgreementYear baselineYear, AgreementYear agreedYear, Integer baselineDueYear)
			implements Weighed {

		@Override
		public int weight() {
			return 1 + rounds.size() + meetings.size();
		}

	}

	private final RecordParts parts;

	private final AgreementRepository agreements;

	private final RoundRepository rounds;

	private final ExchangeRateService rates;

	GapFrames(RecordParts parts, AgreementRepository agreements, RoundRepository rounds, ExchangeRateService rates) {
		this.parts = parts;
		this.agreements = agreements;
		this.rounds = rounds;
		this.rates = rates;
	}

	/**
	 * The frame of the negotiation for an SMA: the negotiation and its rounds from {@link RecordParts},
	 * two agreements read, and the sources of the baseline's and the agreed amount's years, which the
	 * negotiation page cites.
	 */
	@Cacheable(cacheNames = "gapFrames", key = "{#smaNumber, @dataVersion.ofAllButPositions()}",
			condition = "!@warmup.bypassesCaches()")
	@Transactional(readOnly = true)
	public Frame frame(int smaNumber) {
		// The negotiation and its rounds as the negotiation page reads them, kept under the same version.
		RecordParts.Parts record = parts.parts(smaNumber);
		Frame frame = frame(record.negotiation(), record.rounds(), agreementsFor(record.negotiation()));
		if (frame.baselineYear() != null) {
			Hibernate.initialize(frame.baselineYear().getSources());
		}
		if (frame.agreedYear() != null) {
			Hibernate.initialize(frame.agreedYear().getSources());
		}
		return frame;
	}

	/**
	 * The frames of several negotiations its caller has read, with the agreements on record and their
	 * years (the compare page), by negotiation id: their rounds read in one statement. Cached by the
	 * SMA numbers chosen, as the compare page's analyses are.
	 */
	@Cacheable(cacheNames = "gapFrames", key = "{'each', #chosen.![smaNumber], @dataVersion.ofAllButPositions()}",
			condition = "!@warmup.bypassesCaches()")
	@Transactional(readOnly = true)
	public Map<Long, Frame> frames(Collection<Negotiation> chosen, Map<Integer, Agreement> agreementsBySma) {
		Map<Long, List<Round>> roundsOf = new HashMap<>();
		chosen.forEach(n -> roundsOf.put(n.getId(), new ArrayList<>()));
		rounds.findByNegotiationIdIn(roundsOf.keySet()).forEach(r -> roundsOf.get(r.getNegotiationId()).add(r));
		Map<Long, Frame> frames = new HashMap<>();
		chosen.forEach(n -> frames.put(n.getId(), frame(n, roundsOf.get(n.getId()), agreementsBySma)));
		return Map.copyOf(frames);
	}

	/** The previous agreement and the negotiation's own, with their years, by SMA number: one statement. */
	private Map<Integer, Agreement> agreementsFor(Negotiation negotiation) {
		int previous = negotiation.getSmaNumber() - 1;
		int own = negotiation.getAgreement() != null ? negotiation.getAgreement().getSmaNumber() : previous;
		Map<Integer, Agreement> bySma = new HashMap<>();
		agreements.findWithYears(previous, own).forEach(a -> bySma.put(a.getSmaNumber(), a));
		return bySma;
	}

	/**
	 * The frame of a negotiation from its rounds and {@code agreements}: at least the previous agreement
	 * and the negotiation's own, with their years, by SMA number.
	 */
	private Frame frame(Negotiation negotiation, List<Round> roundList, Map<Integer, Agreement> agreements) {
		int smaNumber = negotiation.getSmaNumber();
		ExchangeRateTable table = rates.table();

		// The previous agreement gives the baseline (its last year's amount) and the year it is due for.
		Optional<Agreement> previous = Optional.ofNullable(agreements.get(smaNumber - 1));
		AgreementYear baselineYear = previous.flatMap(Agreement::lastYearAmount).orElse(null);
		Integer baselineDueYear = previous.map(Agreement::getLastYear).orElse(null);
		Baseline baseline = baselineYear == null ? null : Normaliser.baseline(smaNumber - 1, baselineYear.getYear(),
				baselineYear.getAmount(), baselineYear.getCurrency(), table);

		Agreement agreement = negotiation.getAgreement();
		AgreementYear agreedYear = null;
		AgreedAmount agreed = null;
		if (agreement != null) {
			agreedYear = Optional.ofNullable(agreements.get(agreement.getSmaNumber()))
				.flatMap(a -> a.year(a.getHeadlineYear()))
				.orElse(null);
			if (agreedYear != null) {
				int year = agreedYear.getYear();
				var rate = table.rateFor(year).orElse(null);
				var krw = table.convert(agreedYear.getAmount(), agreedYear.getCurrency(), Currency.KRW, year)
					.orElse(null);
				var usd = table.convert(agreedYear.getAmount(), agreedYear.getCurrency(), Currency.USD, year)
					.orElse(null);
				LocalDate knownFrom = negotiation.getEndDate() != null ? negotiation.getEndDate()
						: agreement.getSignedDate();
				agreed = new AgreedAmount(year, krw, usd, rate, knownFrom);
			}
		}

		List<Meeting> meetings = roundList.stream()
			.sorted(Comparator.comparing(Round::getStartDate))
			.map(r -> new Meeting(r.getId(), r.getRoundNumber(), r.getKind().name(), r.getStartDate(), r.getLastDay()))
			.toList();
		return new Frame(negotiation.getId(), smaNumber, baseline, agreed, meetings,
				roundList.stream().collect(Collectors.toUnmodifiableMap(Round::getId, Function.identity())),
				baselineYear, agreedYear, baselineDueYear);
	}

}
