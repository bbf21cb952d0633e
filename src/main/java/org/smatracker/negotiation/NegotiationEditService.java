package org.smatracker.negotiation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.smatracker.model.DatePlausibility;
import org.smatracker.agreement.Agreement;
import org.smatracker.agreement.AgreementRepository;
import org.smatracker.edit.Edited;
import org.smatracker.edit.RecordEditor;
import org.smatracker.edit.RecordEdits;
import org.smatracker.model.InUseException;
import org.smatracker.model.NotFoundException;

/** Opens new talks (the 13th SMA's, say) and records when they end and what they produced. */
@Service
public class NegotiationEditService implements RecordEditor<NegotiationForm, Negotiation, Integer> {

	private final NegotiationRepository negotiations;

	private final AgreementRepository agreements;

	private final RoundRepository rounds;

	private final RecordEdits edits;

	private final JdbcTemplate jdbc;

	NegotiationEditService(NegotiationRepository negotiations, AgreementRepository agreements, RoundRepository rounds,
			RecordEdits edits, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.negotiations = negotiations;
		this.agreements = agreements;
		this.rounds = rounds;
		this.edits = edits;
	}

	private Agreement check(NegotiationForm form, Negotiation existing, Errors errors) {
		boolean datesChanged = existing == null || !Objects.equals(form.getStartDate(), existing.getStartDate())
				|| !Objects.equals(form.getEndDate(), existing.getEndDate());
		if (datesChanged && !form.isDateConfirmed()) {
			Map<String, LocalDate> dates = new LinkedHashMap<>();
			dates.put("startDate", form.getStartDate());
			dates.put("endDate", form.getEndDate());
			DatePlausibility.fieldToConfirm(dates, LocalDate.now())
				.ifPresent(field -> errors.rejectValue(field, "date.confirm"));
		}
		if (form.getStartDate() != null && form.getEndDate() != null
				&& form.getEndDate().isBefore(form.getStartDate())) {
			errors.rejectValue("endDate", "round.endBeforeStart");
		}
		// Deleted negotiations keep their number until restored, so count them too.
		if (existing == null && form.getSmaNumber() != null && jdbc.queryForObject(
				"select count(*) from negotiations where sma_number = ?", Long.class, form.getSmaNumber()) > 0) {
			errors.rejectValue("smaNumber", "negotiation.taken");
		}
		Agreement agreement = null;
		if (form.getAgreementSmaNumber() != null) {
			agreement = agreements.findBySmaNumber(form.getAgreementSmaNumber()).orElse(null);
			if (agreement == null) {
				errors.rejectValue("agreementSmaNumber", "negotiation.agreementUnknown");
			}
		}
		if (existing != null && form.getStartDate() != null) {
			boolean earlier = rounds.findByNegotiationId(existing.getId())
				.stream()
				.anyMatch(r -> r.getStartDate().isBefore(form.getStartDate().minusYears(1)));
			if (earlier) {
				errors.rejectValue("startDate", "negotiation.roundsBefore");
			}
		}
		return agreement;
	}

	@Transactional
	public Edited<Negotiation> create(NegotiationForm form, Errors errors) {
		Agreement agreement = check(form, null, errors);
		if (errors.hasErrors()) {
			return Edited.invalid();
		}
		Negotiation n = new Negotiation(form.getSmaNumber());
		n.update(form.getStartDate(), form.getEndDate(), agreement);
		n = negotiations.save(n);
		return edits.created(Negotiation.AUDIT_TYPE, n, "SMA " + n.getSmaNumber());
	}

	@Transactional
	public Edited<Negotiation> update(Integer smaNumber, NegotiationForm form, Errors errors) {
		Negotiation n = negotiations.findBySmaNumber(smaNumber)
			.orElseThrow(() -> new NotFoundException("Negotiation " + smaNumber));
		edits.checkVersion(n, form.getVersion());
		form.setSmaNumber(smaNumber);
		Agreement agreement = check(form, n, errors);
		if (errors.hasErrors()) {
			return Edited.invalid();
		}
		Map<String, String> before = n.snapshot();
		n.update(form.getStartDate(), form.getEndDate(), agreement);
		negotiations.saveAndFlush(n);
		return edits.updated(Negotiation.AUDIT_TYPE, n, "SMA " + n.getSmaNumber(), before);
	}

	/**
	 * Marks talks entered by mistake deleted. Talks that still have rounds, positions or appointed
	 * negotiators are refused: those records would be left hanging.
	 */
	@Transactional
	public Negotiation delete(Integer smaNumber) {
		Negotiation n = negotiations.findBySmaNumber(smaNumber)
			.orElseThrow(() -> new NotFoundException("Negotiation " + smaNumber));
		long rounds = count("select count(*) from rounds where negotiation_id = ? and deleted = false", n.getId());
		long positions = count("select count(*) from offers where negotiation_id = ? and deleted = false", n.getId());
		long appointments = count("select count(*) from appointments where negotiation_id = ?", n.getId());
		if (rounds + positions + appointments > 0) {
			throw new InUseException("negotiation.inUse", rounds, positions, appointments);
		}
		return edits.delete(Negotiation.AUDIT_TYPE, n, "SMA " + smaNumber, negotiations::saveAndFlush);
	}

	private long count(String sql, long id) {
		return jdbc.queryForObject(sql, Long.class, id);
	}

}
