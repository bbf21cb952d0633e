package org.smatracker.money;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.smatracker.edit.Edited;
import org.smatracker.edit.RecordEditor;
import org.smatracker.edit.RecordEdits;
import org.smatracker.model.NotFoundException;
import org.smatracker.source.Source;
import org.smatracker.source.SourceRepository;

/** Adds, corrects and deletes the yearly rates every conversion in the app uses. */
@Service
public class ExchangeRateEditService implements RecordEditor<ExchangeRateForm, ExchangeRate, Long> {

	private final ExchangeRateRepository rates;

	private final SourceRepository sources;

	private final RecordEdits edits;

	private final JdbcTemplate jdbc;

	ExchangeRateEditService(ExchangeRateRepository rates, SourceRepository sources, RecordEdits edits,
			JdbcTemplate jdbc) {
		this.rates = rates;
		this.sources = sources;
		this.edits = edits;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<Source> sourceChoices() {
		return sources.findAllByOrderByCode();
	}

	@Transactional(readOnly = true)
	public ExchangeRate rate(long id) {
		return rates.findById(id).filter(r -> !r.isDeleted()).orElseThrow(() -> new NotFoundException("Exchange rate " + id));
	}

	private Set<Source> check(ExchangeRateForm form, Long exceptId, Errors errors) {
		// Deleted rates keep their year until restored, so they count too.
		if (form.getYear() != null && !errors.hasFieldErrors("year") && jdbc.queryForObject(
				"select count(*) from exchange_rates where rate_year = ? and id <> ?", Long.class,
				form.getYear(), exceptId == null ? -1L : exceptId) > 0) {
			errors.rejectValue("year", "exchangeRate.taken");
		}
		Set<Source> cited = new LinkedHashSet<>(sources.findByIdIn(form.getSourceIds()));
		if (cited.size() != new HashSet<>(form.getSourceIds()).size()) {
			errors.rejectValue("sourceIds", "source.unknown");
		}
		return cited;
	}

	@Transactional
	public Edited<ExchangeRate> create(ExchangeRateForm form, Errors errors) {
		Set<Source> cited = check(form, null, errors);
		if (errors.hasErrors()) {
			return Edited.invalid();
		}
		ExchangeRate rate = new ExchangeRate(form.getYear(), form.getKrwPerUsd());
		rate.update(form.getYear(), form.getKrwPerUsd(), cited);
		rate = rates.save(rate);
		return edits.created(ExchangeRate.AUDIT_TYPE, rate, String.valueOf(rate.getYear()));
	}

	@Transactional
	public Edited<ExchangeRate> update(Long id, ExchangeRateForm form, Errors errors) {
		ExchangeRate rate = rate(id);
		edits.checkVersion(rate, form.getVersion());
		Set<Source> cited = check(form, id, errors);
		if (errors.hasErrors()) {
			return Edited.invalid();
		}
		Map<String, String> before = rate.snapshot();
		rate.update(form.getYear(), form.getKrwPerUsd(), cited);
		rates.saveAndFlush(rate);
		return edits.updated(ExchangeRate.AUDIT_TYPE, rate, String.valueOf(rate.getYear()), before);
	}

	/** Hides the rate; conversions for its year fall back to the latest earlier rate, with a note. */
	@Transactional
	public ExchangeRate delete(Long id) {
		ExchangeRate rate = rate(id);
		return edits.delete(ExchangeRate.AUDIT_TYPE, rate, String.valueOf(rate.getYear()), rates::saveAndFlush);
	}

}
