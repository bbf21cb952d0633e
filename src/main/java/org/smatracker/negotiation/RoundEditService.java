package org.smatracker.negotiation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.smatracker.agreement.Agreement;
import org.smatracker.edit.Edited;
import org.smatracker.edit.RecordEdits;
import org.smatracker.model.DatePlausibility;
import org.smatracker.model.NotFoundException;
import org.smatracker.model.Party;
import org.smatracker.source.Source;
import org.smatracker.source.SourceRepository;

/**
 * Writes rounds and the positions reported at them. Every rule is checked before anything is
 * written, every change is recorded in the history in the same transaction, and an edit based
 * on a stale version is refused.
 */
@Service
public class RoundEditService {

	private final NegotiationRepository negotiations;

	private final RoundRepository rounds;

	private final OfferRepository offers;

	private final NegotiatorRepository negotiators;

	private final SourceRepository sources;

	private final RecordEdits edits;

	RoundEditService(NegotiationRepository negotiations, RoundRepository rounds, OfferRepository offers,
			NegotiatorRepository negotiators, SourceRepository sources,
			RecordEdits edits) {
		this.negotiations = negotiations;
		this.rounds = rounds;
		this.offers = offers;
		this.negotiators = negotiators;
		this.sources = sources;
		this.edits = edits;
	}

	/** What the round form offers to choose from. */
	public record Choices(List<Negotiator> rokNegotiators, List<Negotiator> usNegotiators, List<Source> sources) {
	}

	@Transactional(readOnly = true)
	public Choices choices() {
		return new Choices(negotiators.findByPartyOrderByName(Party.ROK), negotiators.findByPartyOrderByName(Party.US),
				sources.findAllByOrderByCode());
	}

	@Transactional(readOnly = true)
	public Negotiation negotiation(int smaNumber) {
		return negotiations.findBySmaNumber(smaNumber)
			.orElseThrow(() -> new NotFoundException("Negotiation " + smaNumber));
	}

	@Transactional(readOnly = true)
	public Round round(long id) {
		Round round = rounds.findById(id).orElseThrow(() -> new NotFoundException("Round " + id));
		// The form and the redirect after a save read these outside the transaction.
		round.getParticipants().forEach(p -> Hibernate.initialize(p.getNegotiator()));
		Hibernate.initialize(round.getNegotiation());
		return round;
	}

	/** The positions reported at a round: they are deleted with it. */
	@Transactional(readOnly = true)
	public List<Offer> positionsAt(long roundId) {
		return offers.findByRoundId(roundId);
	}

	/** Creates the round and its positions, or leaves everything untouched and reports why. */
	@Transactional
	public Edited<Round> create(int smaNumber, RoundForm form, Errors errors) {
		Negotiation negotiation = negotiation(smaNumber);
		Checked checked = check(negotiation, null, form, errors, true);
		if (errors.hasErrors()) {
			return Edited.invalid();
		}
		Set<Source> roundSources = roundSources(checked, form);
		Round round = new Round(negotiation);
		round.update(form.getRoundNumber(), form.getKind(), form.getStartDate(), form.getEndDate(), form.getCity(),
				form.getCountry(), form.getOutcome(), form.getSummary(), checked.leads(), roundSources);
		round = rounds.save(round);
		edits.created(Round.AUDIT_TYPE, round, summary(round));
		for (OfferForm row : form.getPositions()) {
			if (row.isBlank()) {
				continue;
			}
			Set<Source> cited = row.getSourceIds().isEmpty() ? roundSources
					: new LinkedHashSet<>(sources.findByIdIn(row.getSourceIds()));
			Offer offer = new Offer(negotiation);
			OfferRules.Stated stated = OfferRules.stated(row);
			offer.update(round, row.getReportedDate() != null ? row.getReportedDate() : round.getLastDay(),
					row.getParty(), row.getKind(), stated.form(), stated.amount(), stated.currency(),
					row.getAppliesToYear(), row.getReliability(), row.getStatus(), row.getQuote(), row.getNote(), cited);
			offer = offers.save(offer);
			edits.created(Offer.AUDIT_TYPE, offer, summary(round));
		}
		return Edited.saved(round);
	}

	/** Updates the round; refuses an edit based on a version that is no longer the stored one. */
	@Transactional
	public Edited<Round> update(long id, RoundForm form, Errors errors) {
		Round round = round(id);
		edits.checkVersion(round, form.getVersion());
		Checked checked = check(round.getNegotiation(), round, form, errors, false);
		if (errors.hasErrors()) {
			return Edited.invalid();
		}
		Set<Source> roundSources = roundSources(checked, form);
		Map<String, String> before = round.snapshot();
		round.update(form.getRoundNumber(), form.getKind(), form.getStartDate(), form.getEndDate(), form.getCity(),
				form.getCountry(), form.getOutcome(), form.getSummary(), checked.leads(), roundSources);
		rounds.saveAndFlush(round);
		return edits.updated(Round.AUDIT_TYPE, round, summary(round), before);
	}

	/** Marks the round and the positions reported at it deleted; an admin can restore them. */
	@Transactional
	public Round delete(long id) {
		Round round = round(id);
		for (Offer offer : offers.findByRoundId(id)) {
			edits.delete(Offer.AUDIT_TYPE, offer, summary(round), offers::save);
		}
		return edits.delete(Round.AUDIT_TYPE, round, summary(round), rounds::save);
	}

	/** What the checks found: the lead negotiators and the stored sources the form cites. */
	private record Checked(List<Negotiator> leads, Set<Source> cited) {
	}

	/**
	 * Checks everything before anything is written, recording each problem in {@code errors}; writes
	 * nothing (the new source typed into the form is saved by {@link #roundSources}).
	 */
	private Checked check(Negotiation negotiation, Round existing, RoundForm form, Errors errors, boolean isNew) {
		Agreement agreement = negotiation.getAgreement();
		RoundRules.Talks talks = new RoundRules.Talks(negotiation.getStartDate(), negotiation.getEndDate(),
				agreement == null ? null : agreement.getSignedDate());
		Optional<RoundRules.Dates> stored = Optional.ofNullable(existing)
			.map(r -> new RoundRules.Dates(r.getStartDate(), r.getEndDate()));
		boolean numberTaken = form.getRoundNumber() != null && form.getRoundNumber() > 0 && rounds
			.countNumberUse(negotiation.getId(), form.getRoundNumber(), existing == null ? null : existing.getId()) > 0;
		reject(errors, RoundRules.check(new RoundRules.Dates(form.getStartDate(), form.getEndDate()), stored, talks,
				numberTaken));
		LocalDate start = form.getStartDate();
		LocalDate end = form.getEndDate();
		boolean datesChanged = existing == null || !Objects.equals(start, existing.getStartDate())
				|| !Objects.equals(end, existing.getEndDate());
		if (!form.isDateConfirmed() && datesChanged) {
			LocalDate today = LocalDate.now();
			if (DatePlausibility.needsConfirmation(start, today)) {
				errors.rejectValue("startDate", "date.confirm");
			}
			else if (DatePlausibility.needsConfirmation(end, today)) {
				errors.rejectValue("endDate", "date.confirm");
			}
		}
		List<Negotiator> leads = new ArrayList<>();
		lead(form.getRokLeadId(), Party.ROK, "rokLeadId", errors, leads);
		lead(form.getUsLeadId(), Party.US, "usLeadId", errors, leads);

		Set<Source> cited = new LinkedHashSet<>(sources.findByIdIn(form.getSourceIds()));
		if (cited.size() != new HashSet<>(form.getSourceIds()).size()) {
			errors.rejectValue("sourceIds", "source.unknown");
		}
		reject(errors, RoundRules.sources(form, !cited.isEmpty()));
		if (isNew) {
			for (int i = 0; i < form.getPositions().size(); i++) {
				OfferForm row = form.getPositions().get(i);
				if (row.isBlank()) {
					continue;
				}
				for (OfferRules.Violation v : OfferRules.check(row, false)) {
					errors.rejectValue("positions[" + i + "]." + v.field(), v.code());
				}
				if (!row.getSourceIds().isEmpty()
						&& sources.findByIdIn(row.getSourceIds()).size() != new HashSet<>(row.getSourceIds()).size()) {
					errors.rejectValue("positions[" + i + "].sourceIds", "source.unknown");
				}
			}
		}
		return new Checked(leads, cited);
	}

	private static void reject(Errors errors, List<RoundRules.Violation> violations) {
		for (RoundRules.Violation v : violations) {
			errors.rejectValue(v.field(), v.code(), v.arguments().isEmpty() ? null : v.arguments().toArray(), null);
		}
	}

	/** The sources the round cites: the stored ones chosen, and the new one typed into the form, saved here. */
	private Set<Source> roundSources(Checked checked, RoundForm form) {
		Set<Source> cited = new LinkedHashSet<>(checked.cited());
		if (form.hasNewSource()) {
			cited.add(sources.save(new Source(newSourceCode(), form.getNewSourceTitle().trim(),
					form.getNewSourcePublisher(), form.getNewSourceDate(), form.getNewSourceUrl(),
					form.getNewSourceQuote(), true)));
		}
		return cited;
	}

	private void lead(Long id, Party party, String field, Errors errors, List<Negotiator> leads) {
		if (id == null) {
			return;
		}
		negotiators.findById(id).ifPresentOrElse(n -> {
			if (n.getParty() != party) {
				errors.rejectValue(field, "round.leadParty");
			}
			else {
				leads.add(n);
			}
		}, () -> errors.rejectValue(field, "round.leadUnknown"));
	}

	static String newSourceCode() {
		return "USR-" + LocalDate.now().toString().replace("-", "") + "-"
				+ UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	}

	static String summary(Round round) {
		return "SMA " + round.getNegotiation().getSmaNumber() + " "
				+ (round.getRoundNumber() != null ? "round " + round.getRoundNumber() : round.getKind()) + " "
				+ round.getStartDate();
	}

}
