package org.smatracker.negotiation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.smatracker.edit.Edited;
import org.smatracker.edit.RecordEdits;
import org.smatracker.model.DatePlausibility;
import org.smatracker.model.NotFoundException;
import org.smatracker.source.Source;
import org.smatracker.source.SourceRepository;

/** Writes single positions: checked first, recorded in the history, stale edits refused. */
@Service
public class OfferEditService {

	private final NegotiationRepository negotiations;

	private final RoundRepository rounds;

	private final OfferRepository offers;

	private final SourceRepository sources;

	private final RecordEdits edits;

	OfferEditService(NegotiationRepository negotiations, RoundRepository rounds, OfferRepository offers,
			SourceRepository sources, RecordEdits edits) {
		this.negotiations = negotiations;
		this.rounds = rounds;
		this.offers = offers;
		this.sources = sources;
		this.edits = edits;
	}

	@Transactional(readOnly = true)
	public Negotiation negotiation(int smaNumber) {
		return negotiations.findBySmaNumber(smaNumber)
			.orElseThrow(() -> new NotFoundException("Negotiation " + smaNumber));
	}

	@Transactional(readOnly = true)
	public Offer offer(long id) {
		Offer offer = offers.findById(id).orElseThrow(() -> new NotFoundException("Position " + id));
		offer.getNegotiation().getSmaNumber();
		return offer;
	}

	@Transactional(readOnly = true)
	public List<Round> rounds(int smaNumber) {
		return negotiations.findBySmaNumber(smaNumber).map(n -> rounds.findForNegotiation(n.getId())).orElse(List.of());
	}

	@Transactional(readOnly = true)
	public List<Source> sources() {
		return sources.findAllByOrderByCode();
	}

	@Transactional
	public Edited<Offer> create(int smaNumber, OfferForm form, Errors errors) {
		Negotiation negotiation = negotiation(smaNumber);
		Checked checked = check(negotiation, form, errors);
		if (checked == null) {
			return Edited.invalid();
		}
		Offer offer = new Offer(negotiation);
		apply(offer, form, checked);
		offer = offers.save(offer);
		return edits.created(Offer.AUDIT_TYPE, offer, summary(offer));
	}

	@Transactional
	public Edited<Offer> update(long id, OfferForm form, Errors errors) {
		Offer offer = offer(id);
		edits.checkVersion(offer, form.getVersion());
		Checked checked = check(offer.getNegotiation(), form, errors);
		if (checked == null) {
			return Edited.invalid();
		}
		Map<String, String> before = offer.snapshot();
		apply(offer, form, checked);
		offers.saveAndFlush(offer);
		return edits.updated(Offer.AUDIT_TYPE, offer, summary(offer), before);
	}

	@Transactional
	public Offer delete(long id) {
		Offer offer = offer(id);
		return edits.delete(Offer.AUDIT_TYPE, offer, summary(offer), offers::save);
	}

	private record Checked(Round round, Set<Source> sources) {
	}

	/** Every rule but the cited sources, saving nothing: for a form that adds the source itself. */
	@Transactional(readOnly = true)
	public void validateWithoutSources(int smaNumber, OfferForm form, Errors errors) {
		check(negotiation(smaNumber), form, errors, false);
	}

	private Checked check(Negotiation negotiation, OfferForm form, Errors errors) {
		return check(negotiation, form, errors, true);
	}

	private Checked check(Negotiation negotiation, OfferForm form, Errors errors, boolean withSources) {
		for (OfferRules.Violation v : OfferRules.check(form, true)) {
			errors.rejectValue(v.field(), v.code());
		}
		LocalDate date = form.getReportedDate();
		if (date != null && date.isBefore(LocalDate.of(1990, 1, 1))) {
			errors.rejectValue("reportedDate", "offer.date.early");
		}
		else if (!form.isDateConfirmed() && DatePlausibility.needsConfirmation(date, LocalDate.now())) {
			errors.rejectValue("reportedDate", "date.confirm");
		}
		Round round = null;
		if (form.getRoundId() != null) {
			round = rounds.findById(form.getRoundId())
				.filter(r -> r.getNegotiation().getId().equals(negotiation.getId()))
				.orElse(null);
			if (round == null) {
				errors.rejectValue("roundId", "offer.round.unknown");
			}
		}
		if (!withSources) {
			return null;
		}
		Set<Source> cited = new LinkedHashSet<>(sources.findByIdIn(form.getSourceIds()));
		if (cited.size() != new HashSet<>(form.getSourceIds()).size()) {
			errors.rejectValue("sourceIds", "source.unknown");
		}
		else if (cited.isEmpty()) {
			errors.rejectValue("sourceIds", "offer.sourceRequired");
		}
		return errors.hasErrors() ? null : new Checked(round, cited);
	}

	private static void apply(Offer offer, OfferForm f, Checked checked) {
		OfferRules.Stated stated = OfferRules.stated(f);
		offer.update(checked.round(), f.getReportedDate(), f.getParty(), f.getKind(), stated.form(), stated.amount(),
				stated.currency(), f.getAppliesToYear(), f.getReliability(), f.getStatus(), f.getQuote(), f.getNote(),
				checked.sources());
	}

	static String summary(Offer offer) {
		return "SMA " + offer.getNegotiation().getSmaNumber() + " " + offer.getParty() + " " + offer.getKind() + " "
				+ offer.getReportedDate();
	}

}
