package org.smatracker.negotiation;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class NegotiationService {

	private final RecordParts parts;

	private final OfferRepository offers;

	NegotiationService(RecordParts parts, OfferRepository offers) {
		this.parts = parts;
		this.offers = offers;
	}

	/** Everything one negotiation's page shows, loaded in a fixed number of queries. */
	public record NegotiationRecord(Negotiation negotiation, List<Round> rounds, List<Offer> offers,
			List<Appointment> chiefs, List<Appointment> highLevel) {

		/** The record as known on a date (absent: everything): later rounds, positions and leads left out. */
		public NegotiationRecord asOf(LocalDate date) {
			if (date == null) {
				return this;
			}
			return new NegotiationRecord(negotiation, rounds.stream().filter(r -> !r.getStartDate().isAfter(date)).toList(),
					offers.stream().filter(o -> !o.getReportedDate().isAfter(date)).toList(),
					chiefs.stream().filter(a -> !a.getFromDate().isAfter(date)).toList(),
					highLevel.stream().filter(a -> !a.getFromDate().isAfter(date)).toList());
		}

	}

	/**
	 * The record: its positions read afresh, the rest kept across position edits ({@link RecordParts}),
	 * so its entities but the positions may be shared with other requests: read them, never change them.
	 */
	@Transactional(readOnly = true)
	public NegotiationRecord load(int smaNumber) {
		RecordParts.Parts kept = parts.parts(smaNumber);
		Negotiation negotiation = kept.negotiation();
		List<Offer> offerList = offers.findForNegotiation(negotiation.getId());
		List<Appointment> all = kept.appointments();
		return new NegotiationRecord(negotiation, kept.rounds(), offerList,
				all.stream().filter(a -> a.getRole() != AppointmentRole.HIGH_LEVEL).toList(),
				all.stream().filter(a -> a.getRole() == AppointmentRole.HIGH_LEVEL).toList());
	}

	/**
	 * Every negotiation with its agreement, in SMA order, kept across position edits ({@link RecordParts}):
	 * shared with other requests, so read them, never change them.
	 */
	@Transactional(readOnly = true)
	public List<Negotiation> list() {
		return parts.negotiations();
	}

	/**
	 * The rounds starting in [from, to), of one negotiation's SMA or (null) every one, in date order, with
	 * their negotiation and people: kept across position edits ({@link RecordParts}), so read them, never
	 * change them.
	 */
	@Transactional(readOnly = true)
	public List<Round> roundsStarting(Integer sma, LocalDate from, LocalDate to) {
		return parts.roundsStarting(sma, from, to);
	}

}
