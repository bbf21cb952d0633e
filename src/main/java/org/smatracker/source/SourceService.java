package org.smatracker.source;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
public class SourceService {

	static final int PAGE_SIZE = 50;

	private final SourceRepository sources;

	private final AuditService audit;

	private final JdbcTemplate jdbc;

	SourceService(SourceRepository sources, AuditService audit, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.sources = sources;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Page<Source> page(int page) {
		return sources.findAllByOrderByCode(PageRequest.of(Math.max(0, page), PAGE_SIZE));
	}

	@Transactional(readOnly = true)
	public Source source(long id) {
		return sources.findById(id).filter(s -> !s.isDeleted()).orElseThrow(() -> new NotFoundException("Source " + id));
	}

	@Transactional
	public Source create(SourceForm form, Errors errors) {
		String code = form.getCode() == null || form.getCode().isBlank() ? generatedCode() : form.getCode();
		if (!errors.hasFieldErrors("code") && jdbc.queryForObject("select count(*) from sources where code = ?", Long.class, code) > 0) {
			errors.rejectValue("code", "source.codeTaken");
		}
		if (errors.hasErrors()) {
			return null;
		}
		Source s = sources.save(new Source(code, form.getTitle(), form.getPublisher(), form.getPublishedDate(),
				form.getUrl(), form.getQuoteOrNote(), form.isConfirmed()));
		audit.record(Source.AUDIT_TYPE, s.getId(), AuditAction.CREATED, s.getCode(), null, s.snapshot());
		return s;
	}

	@Transactional
	public Source update(long id, SourceForm form, Errors errors) {
		Source s = source(id);
		if (s.getVersion() != form.getVersion()) {
			throw new StaleEditException(s.snapshot(), s.getVersion());
		}
		if (errors.hasFieldErrors("title") || errors.hasFieldErrors("url") || errors.hasFieldErrors("publisher")
				|| errors.hasFieldErrors("quoteOrNote") || errors.hasFieldErrors("publishedDate")) {
			return null;
		}
		Map<String, String> before = s.snapshot();
		s.update(form.getTitle(), form.getPublisher(), form.getPublishedDate(), form.getUrl(), form.getQuoteOrNote(),
				form.isConfirmed());
		sources.saveAndFlush(s);
		audit.record(Source.AUDIT_TYPE, s.getId(), AuditAction.UPDATED, s.getCode(), before, s.snapshot());
		return s;
	}

	static String generatedCode() {
		return "USR-" + LocalDate.now().toString().replace("-", "") + "-"
				+ UUID.randomUUID().toString().substring(0, 6).toUpperCase();
	}

	/** Every table that cites a source; a source still cited anywhere cannot be deleted. */
	private static final String CITATIONS = """
			select (select count(*) from offer_sources where source_id = ?)
			     + (select count(*) from round_sources where source_id = ?)
			     + (select count(*) from agreement_sources where source_id = ?)
			     + (select count(*) from agreement_year_sources where source_id = ?)
			     + (select count(*) from appointment_sources where source_id = ?)
			     + (select count(*) from exchange_rate_sources where source_id = ?)
			     + (select count(*) from quoted_amounts where source_id = ?)""";

	@Transactional
	public Source delete(long id) {
		Source s = source(id);
		long citations = jdbc.queryForObject(CITATIONS, Long.class, id, id, id, id, id, id, id);
		if (citations > 0) {
			throw new InUseException("source.inUse", citations);
		}
		Map<String, String> before = s.snapshot();
		s.markDeleted();
		sources.saveAndFlush(s);
		audit.record(Source.AUDIT_TYPE, id, AuditAction.DELETED, s.getCode(), before, null);
		return s;
	}

}
