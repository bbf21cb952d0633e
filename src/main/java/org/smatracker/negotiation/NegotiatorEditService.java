package org.smatracker.negotiation;

import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.smatracker.audit.AuditAction;
import org.smatracker.audit.AuditService;
import org.smatracker.model.InUseException;
import org.smatracker.model.NotFoundException;
import org.smatracker.model.StaleEditException;

@Service
public class NegotiatorEditService {

	private final NegotiatorRepository negotiators;

	private final AuditService audit;

	private final JdbcTemplate jdbc;

	NegotiatorEditService(NegotiatorRepository negotiators, AuditService audit, JdbcTemplate jdbc) {
		this.negotiators = negotiators;
		this.audit = audit;
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
	public Negotiator create(NegotiatorForm form, Errors errors) {
		if (!errors.hasFieldErrors("name") && form.getParty() != null && nameTaken(form, null)) {
			errors.rejectValue("name", "negotiator.taken");
		}
		if (errors.hasErrors()) {
			return null;
		}
		Negotiator n = negotiators.save(new Negotiator(form.getName(), form.getNameKo(), form.getParty()));
		audit.record(Negotiator.AUDIT_TYPE, n.getId(), AuditAction.CREATED, n.getName(), null, n.snapshot());
		return n;
	}

	@Transactional
	public Negotiator update(long id, NegotiatorForm form, Errors errors) {
		Negotiator n = negotiator(id);
		if (n.getVersion() != form.getVersion()) {
			throw new StaleEditException(n.snapshot(), n.getVersion());
		}
		if (!errors.hasFieldErrors("name") && form.getParty() != null && nameTaken(form, id)) {
			errors.rejectValue("name", "negotiator.taken");
		}
		if (errors.hasErrors()) {
			return null;
		}
		Map<String, String> before = n.snapshot();
		n.update(form.getName(), form.getNameKo(), form.getParty());
		negotiators.saveAndFlush(n);
		audit.record(Negotiator.AUDIT_TYPE, n.getId(), AuditAction.UPDATED, n.getName(), before, n.snapshot());
		return n;
	}

	/** Marks a person entered by mistake deleted; one who took part in rounds or holds appointments stays. */
	@Transactional
	public Negotiator delete(long id) {
		Negotiator n = negotiator(id);
		long rounds = jdbc.queryForObject("select count(*) from round_participants where negotiator_id = ?", Long.class, id);
		long appointments = jdbc.queryForObject("select count(*) from appointments where negotiator_id = ?", Long.class, id);
		if (rounds + appointments > 0) {
			throw new InUseException("negotiator.inUse", rounds, appointments);
		}
		Map<String, String> before = n.snapshot();
		n.markDeleted();
		negotiators.saveAndFlush(n);
		audit.record(Negotiator.AUDIT_TYPE, id, AuditAction.DELETED, n.getName(), before, null);
		return n;
	}

}
