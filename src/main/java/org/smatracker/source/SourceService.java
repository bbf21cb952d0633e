package org.smatracker.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.smatracker.audit.AuditService;
import org.smatracker.edit.Edited;
import org.smatracker.edit.RecordEditor;
import org.smatracker.edit.RecordEdits;
import org.smatracker.model.InUseException;
import org.smatracker.model.NotFoundException;

@Service
public class SourceService implements RecordEditor<SourceForm, Source, Long> {

	static final int PAGE_SIZE = 50;

	private final SourceRepository sources;

	private final RecordEdits edits;

	private final JdbcTemplate jdbc;

	private final AuditService audit;

	SourceService(SourceRepository sources, RecordEdits edits, JdbcTemplate jdbc, AuditService audit) {
		this.jdbc = jdbc;
		this.sources = sources;
		this.edits = edits;
		this.audit = audit;
	}

	/** {@code /sources}: one page of sources by code (page 0 first). */
	public record SourcesPage(Page<Source> sources) {
	}

	/** {@code /sources/{id}}: the source and when it last changed. */
	public record SourcePage(Source source, Instant lastUpdated) {
	}

	@Transactional(readOnly = true)
	public SourcesPage listPage(int page) {
		return new SourcesPage(sources.findForSourcesPage(PageRequest.of(Math.max(0, page), PAGE_SIZE)));
	}

	@Transactional(readOnly = true)
	public SourcePage page(long id) {
		Source source = source(id);
		return new SourcePage(source, audit.lastChange(Source.AUDIT_TYPE, id));
	}

	@Transactional(readOnly = true)
	public Source source(long id) {
		return sources.findById(id).filter(s -> !s.isDeleted()).orElseThrow(() -> new NotFoundException("Source " + id));
	}

	@Transactional
	public Edited<Source> create(SourceForm form, Errors errors) {
		String code = form.getCode() == null || form.getCode().isBlank() ? generatedCode() : form.getCode();
		if (!errors.hasFieldErrors("code") && jdbc.queryForObject("select count(*) from sources where code = ?", Long.class, code) > 0) {
			errors.rejectValue("code", "source.codeTaken");
		}
		if (errors.hasErrors()) {
			return Edited.invalid();
		}
		Source s = sources.save(new Source(code, form.getTitle(), form.getPublisher(), form.getPublishedDate(),
				form.getUrl(), form.getQuoteOrNote(), form.isConfirmed()));
		return edits.created(Source.AUDIT_TYPE, s, s.getCode());
	}

	@Transactional
	public Edited<Source> update(Long id, SourceForm form, Errors errors) {
		Source s = source(id);
		edits.checkVersion(s, form.getVersion());
		if (errors.hasFieldErrors("title") || errors.hasFieldErrors("url") || errors.hasFieldErrors("publisher")
				|| errors.hasFieldErrors("quoteOrNote") || errors.hasFieldErrors("publishedDate")) {
			return Edited.invalid();
		}
		Map<String, String> before = s.snapshot();
		s.update(form.getTitle(), form.getPublisher(), form.getPublishedDate(), form.getUrl(), form.getQuoteOrNote(),
				form.isConfirmed());
		sources.saveAndFlush(s);
		return edits.updated(Source.AUDIT_TYPE, s, s.getCode(), before);
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
	public Source delete(Long id) {
		Source s = source(id);
		long citations = jdbc.queryForObject(CITATIONS, Long.class, id, id, id, id, id, id, id);
		if (citations > 0) {
			throw new InUseException("source.inUse", citations);
		}
		return edits.delete(Source.AUDIT_TYPE, s, s.getCode(), sources::saveAndFlush);
	}

}
