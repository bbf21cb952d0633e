package org.smatracker.source;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.smatracker.audit.AuditAction;
import org.smatracker.audit.AuditService;
import org.smatracker.model.NotFoundException;
import org.smatracker.model.StaleEditException;

@Service
public class SourceService {

	static final int PAGE_SIZE = 50;

	private final SourceRepository sources;

	private final AuditService audit;

	SourceService(SourceRepository sources, AuditService audit) {
		this.sources = sources;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Page<Source> page(int page) {
		return sources.findAllByOrderByCode(PageRequest.of(Math.max(0, page), PAGE_SIZE));
	}

	@Transactional(readOnly = true)
	public Source source(long id) {
		return sources.findById(id).orElseThrow(() -> new NotFoundException("Source " + id));
	}

	@Transactional
	public Source create(SourceForm form, Errors errors) {
		String code = form.getCode() == null || form.getCode().isBlank() ? generatedCode() : form.getCode();
		if (!errors.hasFieldErrors("code") && sources.findByCode(code).isPresent()) {
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

}
