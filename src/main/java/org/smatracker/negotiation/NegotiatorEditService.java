package org.smatracker.negotiation;

import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.smatracker.edit.Edited;
import org.smatracker.edit.RecordEditor;
import org.smatracker.edit.RecordEdits;
import org.smatracker.model.InUseException;
import org.smatracker.model.NotFoundException;

@Service
public class NegotiatorEditService implements RecordEditor<NegotiatorForm, Negotiator, Long> {

	private final NegotiatorRepository negotiators;

	private final RecordEdits edits;

	private final JdbcTemplate jdbc;

	NegotiatorEditService(NegotiatorRepository negotiators, RecordEdits edits, JdbcTemplate jdbc) {
		this.negotiators = negotiators;
		this.edits = edits;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Negotiator negotiator(long id) {
		return negotiators.findById(id).filter(n -> !n.isDeleted()).orElseThrow(() -> new NotFoundException("Negotiator " + id));
	}

	private boolean nameTaken(NegotiatorForm form, Long exceptId) {
		return jdbc.queryForObject("select count(*) from negotiators where name = ? and party = ? and id <> ?",
				Long.class, form.getName(), form.getParty().name(), exceptId == null ? -1L : exceptId) > 0;
	}

	@Transactional
	public Edited<Negotiator> create(NegotiatorForm form, Errors errors) {
		if (!errors.hasFieldErrors("name") && form.getParty() != null && nameTaken(form, null)) {
			errors.rejectValue("name", "negotiator.taken");
		}
		if (errors.hasErrors()) {
			return Edited.invalid();
		}
		Negotiator n = negotiators.save(new Negotiator(form.getName(), form.getNameKo(), form.getParty()));
		return edits.created(Negotiator.AUDIT_TYPE, n, n.getName());
	}

	@Transactional
	public Edited<Negotiator> update(Long id, NegotiatorForm form, Errors errors) {
		Negotiator n = negotiator(id);
		edits.checkVersion(n, form.getVersion());
		if (!errors.hasFieldErrors("name") && form.getParty() != null && nameTaken(form, id)) {
			errors.rejectValue("name", "negotiator.taken");
		}
		if (errors.hasErrors()) {
			return Edited.invalid();
		}
		Map<String, String> before = n.snapshot();
		n.update(form.getName(), form.getNameKo(), form.getParty());
		negotiators.saveAndFlush(n);
		return edits.updated(Negotiator.AUDIT_TYPE, n, n.getName(), before);
	}

	/** Marks a person entered by mistake deleted; one who took part in rounds or holds appointments stays. */
	@Transactional
	public Negotiator delete(Long id) {
		Negotiator n = negotiator(id);
		long rounds = jdbc.queryForObject("select count(*) from round_participants where negotiator_id = ?", Long.class, id);
		long appointments = jdbc.queryForObject("select count(*) from appointments where negotiator_id = ?", Long.class, id);
		if (rounds + appointments > 0) {
			throw new InUseException("negotiator.inUse", rounds, appointments);
		}
		return edits.delete(Negotiator.AUDIT_TYPE, n, n.getName(), negotiators::saveAndFlush);
	}

}
