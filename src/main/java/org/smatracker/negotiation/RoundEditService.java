package org.smatracker.negotiation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.smatracker.agreement.Agreement;
import org.smatracker.audit.AuditAction;
import org.smatracker.audit.AuditService;
import org.smatracker.model.DatePlausibility;
import org.smatracker.model.NotFoundException;
import org.smatracker.model.Party;
import org.smatracker.model.StaleEditException;
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

	private final AuditService audit;

	RoundEditService(NegotiationRepository negotiations, RoundRepository rounds, OfferRepository offers,
			NegotiatorRepository negotiators, SourceRepository sources,
			AuditService audit) {
		this.negotiations = negotiations;
		this.rounds = rounds;
		this.offers = offers;
		this.negotiators = negotiators;
		this.sources = sources;
		this.audit = audit;
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
		round.getParticipants().forEach(p -> p.getNegotiator().getName());
		round.getNegotiation().getSmaNumber();
		return round;
	}

	/** The positions reported at a round: they are deleted with it. */
	@Transactional(readOnly = true)
	public List<Offer> positionsAt(long roundId) {
		return offers.findByRoundId(roundId);
	}

	/** Creates the round and its positions, or leaves everything untouched and reports why. */
	@Transactional
	public Round create(int smaNumber, RoundForm form, Errors errors) {
		Negotiation negotiation = negotiation(smaNumber);
		Checked checked = check(negotiation, null, form, errors, true);
		if (errors.hasErrors()) {
			return null;
		}
		Round round = new Round(negotiation);
		round.update(form.getRoundNumber(), form.getKind(), form.getStartDate(), form.getEndDate(), form.getCity(),
				form.getCountry(), form.getOutcome(), form.getSummary(), checked.leads(), checked.roundSources());
		round = rounds.save(round);
		audit.record(Round.AUDIT_TYPE, round.getId(), AuditAction.CREATED, summary(round), null, round.snapshot());
		for (OfferForm row : form.getPositions()) {
			if (row.isBlank()) {
				continue;
			}
			Set<Source> cited = row.getSourceIds().isEmpty() ? checked.roundSources()
					: new LinkedHashSet<>(sources.findByIdIn(row.getSourceIds()));
			Offer offer = new Offer(negotiation);
			OfferRules.Stated stated = OfferRules.stated(row);
			offer.update(round, row.getReportedDate() != null ? row.getReportedDate() : round.getLastDay(),
					row.getParty(), row.getKind(), stated.form(), stated.amount(), stated.currency(),
					row.getAppliesToYear(), row.getReliability(), row.getStatus(), row.getQuote(), row.getNote(), cited);
			offer = offers.save(offer);
			audit.record(Offer.AUDIT_TYPE, offer.getId(), AuditAction.CREATED, summary(round), null, offer.snapshot());
		}
		return round;
	}

	/** Updates the round; refuses an edit based on a version that is no longer the stored one. */
	@Transactional
	public Round update(long id, RoundForm form, Errors errors) {
		Round round = round(id);
		if (round.getVersion() != form.getVersion()) {
			throw new StaleEditException(round.snapshot(), round.getVersion());
		}
		Checked checked = check(round.getNegotiation(), round, form, errors, false);
		if (errors.hasErrors()) {
			return null;
		}
		Map<String, String> before = round.snapshot();
		round.update(form.getRoundNumber(), form.getKind(), form.getStartDate(), form.getEndDate(), form.getCity(),
				form.getCountry(), form.getOutcome(), form.getSummary(), checked.leads(), checked.roundSources());
		rounds.saveAndFlush(round);
		audit.record(Round.AUDIT_TYPE, round.getId(), AuditAction.UPDATED, summary(round), before, round.snapshot());
		return round;
	}

	/** Marks the round and the positions reported at it deleted; an admin can restore them. */
	@Transactional
	public Round delete(long id) {
		Round round = round(id);
		for (Offer offer : offers.findByRoundId(id)) {
			offer.markDeleted();
			audit.record(Offer.AUDIT_TYPE, offer.getId(), AuditAction.DELETED, summary(round), offer.snapshot(), null);
		}
		round.markDeleted();
		audit.record(Round.AUDIT_TYPE, round.getId(), AuditAction.DELETED, summary(round), round.snapshot(), null);
		return round;
	}

	private record Checked(List<Negotiator> leads, Set<Source> roundSources) {
	}

	private Checked check(Negotiation negotiation, Round existing, RoundForm form, Errors errors, boolean isNew) {
		LocalDate start = form.getStartDate();
		LocalDate end = form.getEndDate();
		if (start != null && end != null && end.isBefore(start)) {
			errors.rejectValue("endDate", "round.endBeforeStart");
		}
		boolean datesChanged = existing == null || !Objects.equals(start, existing.getStartDate())
				|| !Objects.equals(end, existing.getEndDate());
		if (start != null && datesChanged) {
			if (start.isBefore(negotiation.getStartDate())) {
				errors.rejectValue("startDate", "round.beforeNegotiation", new Object[] { negotiation.getStartDate() },
						null);
			}
			LocalDate latest = latestDate(negotiation);
			LocalDate last = end != null ? end : start;
			if (latest != null && last.isAfter(latest)) {
				errors.rejectValue(end != null ? "endDate" : "startDate", "round.afterNegotiation",
						new Object[] { latest }, null);
			}
		}
		if (!form.isDateConfirmed() && datesChanged) {
			LocalDate today = LocalDate.now();
			if (DatePlausibility.needsConfirmation(start, today)) {
				errors.rejectValue("startDate", "date.confirm");
			}
			else if (DatePlausibility.needsConfirmation(end, today)) {
				errors.rejectValue("endDate", "date.confirm");
			}
		}
		if (form.getRoundNumber() != null && form.getRoundNumber() > 0 && rounds.countNumberUse(negotiation.getId(),
				form.getRoundNumber(), existing == null ? null : existing.getId()) > 0) {
			errors.rejectValue("roundNumber", "round.numberTaken");
		}
		List<Negotiator> leads = new ArrayList<>();
		lead(form.getRokLeadId(), Party.ROK, "rokLeadId", errors, leads);
		lead(form.getUsLeadId(), Party.US, "usLeadId", errors, leads);

		Set<Source> cited = new LinkedHashSet<>(sources.findByIdIn(form.getSourceIds()));
		if (cited.size() != new HashSet<>(form.getSourceIds()).size()) {
			errors.rejectValue("sourceIds", "source.unknown");
		}
		boolean newSourceTyped = form.hasNewSource() || notBlank(form.getNewSourcePublisher())
				|| notBlank(form.getNewSourceUrl()) || notBlank(form.getNewSourceQuote());
		if (newSourceTyped && !form.hasNewSource()) {
			errors.rejectValue("newSourceTitle", "source.titleRequired");
		}
		if (cited.isEmpty() && !form.hasNewSource()) {
			errors.rejectValue("sourceIds", "round.sourceRequired");
		}
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
		if (errors.hasErrors()) {
			return null;
		}
		if (form.hasNewSource()) {
			Source source = sources.save(new Source(newSourceCode(), form.getNewSourceTitle().trim(),
					form.getNewSourcePublisher(), form.getNewSourceDate(), form.getNewSourceUrl(),
					form.getNewSourceQuote(), true));
			cited.add(source);
		}
		return new Checked(leads, cited);
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

	/** A concluded negotiation's meetings end by its last day or its agreement's signing, whichever is later. */
	private static LocalDate latestDate(Negotiation negotiation) {
		if (negotiation.getEndDate() == null) {
			return null;
		}
		Agreement agreement = negotiation.getAgreement();
		LocalDate signed = agreement == null ? null : agreement.getSignedDate();
		return signed != null && signed.isAfter(negotiation.getEndDate()) ? signed : negotiation.getEndDate();
	}

	static String newSourceCode() {
		return "USR-" + LocalDate.now().toString().replace("-", "") + "-"
				+ UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	}

	private static boolean notBlank(String value) {
		return value != null && !value.isBlank();
	}

	static String summary(Round round) {
		return "SMA " + round.getNegotiation().getSmaNumber() + " "
				+ (round.getRoundNumber() != null ? "round " + round.getRoundNumber() : round.getKind()) + " "
				+ round.getStartDate();
	}

}
