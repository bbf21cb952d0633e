package org.smatracker.agreement;

import java.util.LinkedHashMap;

import java.time.LocalDate;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.hibernate.Hibernate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.smatracker.model.DatePlausibility;
import org.smatracker.edit.Edited;
import org.smatracker.edit.RecordEditor;
import org.smatracker.edit.RecordEdits;
import org.smatracker.model.InUseException;
import org.smatracker.model.NotFoundException;
import org.smatracker.money.PlausibleAmounts;
import org.smatracker.source.Source;
import org.smatracker.source.SourceRepository;

/** Records agreements and corrects their terms and yearly amounts, with history. */
@Service
public class AgreementEditService implements RecordEditor<AgreementForm, Agreement, Integer> {

	/** No SMA has run longer than six years; ten leaves room without admitting typing errors. */
	private static final int MAX_YEARS = 10;

	private final AgreementRepository agreements;

	private final SourceRepository sources;

	private final RecordEdits edits;

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	AgreementEditService(AgreementRepository agreements, SourceRepository sources, RecordEdits edits,
			JdbcTemplate jdbc, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.agreements = agreements;
		this.sources = sources;
		this.edits = edits;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Agreement agreement(int smaNumber) {
		Agreement a = agreements.findBySmaNumber(smaNumber)
			.orElseThrow(() -> new NotFoundException("Agreement " + smaNumber));
		Hibernate.initialize(a.getSources());
		return a;
	}

	@Transactional(readOnly = true)
	public List<Source> sourceChoices() {
		return sources.findAllByOrderByCode();
	}

	private Set<Source> check(AgreementForm form, boolean creating, Errors errors) {
		if (!form.isDateConfirmed()) {
			Map<String, LocalDate> dates = new LinkedHashMap<>();
			dates.put("signedDate", form.getSignedDate());
			dates.put("ratifiedDate", form.getRatifiedDate());
			DatePlausibility.fieldToConfirm(dates, LocalDate.now())
				.ifPresent(field -> errors.rejectValue(field, "date.confirm"));
		}
		if (creating && form.getSmaNumber() != null && !errors.hasFieldErrors("smaNumber")
				&& jdbc.queryForObject("select count(*) from agreements where sma_number = ?", Long.class,
						form.getSmaNumber()) > 0) {
			errors.rejectValue("smaNumber", "agreement.taken");
		}
		Integer first = form.getFirstYear();
		Integer last = form.getLastYear();
		boolean span = first != null && last != null && !errors.hasFieldErrors("firstYear")
				&& !errors.hasFieldErrors("lastYear");
		if (span && last < first) {
			errors.rejectValue("lastYear", "agreement.lastBeforeFirst");
			span = false;
		}
		else if (span && last - first + 1 > MAX_YEARS) {
			errors.rejectValue("lastYear", "agreement.tooLong", new Object[] { MAX_YEARS }, null);
			span = false;
		}
		if (span && form.getHeadlineYear() != null && !errors.hasFieldErrors("headlineYear")
				&& (form.getHeadlineYear() < first || form.getHeadlineYear() > last)) {
			errors.rejectValue("headlineYear", "agreement.headlineOutside");
		}
		if (form.getSignedDate() != null && form.getRatifiedDate() != null
				&& form.getRatifiedDate().isBefore(form.getSignedDate())) {
			errors.rejectValue("ratifiedDate", "agreement.ratifiedBeforeSigned");
		}
		checkRule(form, errors);
		checkYears(form, span, errors);
		Set<Source> cited = new LinkedHashSet<>(sources.findByIdIn(form.getSourceIds()));
		if (cited.size() != new HashSet<>(form.getSourceIds()).size()) {
			errors.rejectValue("sourceIds", "source.unknown");
		}
		else if (cited.isEmpty()) {
			errors.rejectValue("sourceIds", "agreement.sourceRequired");
		}
		return cited;
	}

	/** Each rule takes the parameters it uses and no others, so a stray figure is never silently ignored. */
	private void checkRule(AgreementForm form, Errors errors) {
		EscalationRule rule = form.getEscalationRule();
		if (rule == null) {
			return;
		}
		boolean rate = form.getEscalationRatePct() != null;
		boolean floor = form.getEscalationFloorPct() != null;
		boolean cap = form.getEscalationCapPct() != null;
		switch (rule) {
			case FIXED_PERCENT -> {
				if (!rate) {
					errors.rejectValue("escalationRatePct", "agreement.rateRequired");
				}
				rejectBounds(floor, cap, errors);
			}
			// Index-linked rules grow by the year's index, clamped to the floor and cap (EscalationSchedule).
			case CPI_LINKED, DEFENCE_BUDGET_LINKED -> {
				if (rate) {
					errors.rejectValue("escalationRatePct", "agreement.rateNotForRule");
				}
				if (floor && cap && form.getEscalationCapPct().compareTo(form.getEscalationFloorPct()) < 0) {
					errors.rejectValue("escalationCapPct", "agreement.capBelowFloor");
				}
			}
			case NONE, FROZEN -> {
				if (rate) {
					errors.rejectValue("escalationRatePct", "agreement.rateNotForRule");
				}
				rejectBounds(floor, cap, errors);
			}
		}
	}

	private static void rejectBounds(boolean floor, boolean cap, Errors errors) {
		if (floor) {
			errors.rejectValue("escalationFloorPct", "agreement.onlyIndexed");
		}
		if (cap) {
			errors.rejectValue("escalationCapPct", "agreement.onlyIndexed");
		}
	}

	private void checkYears(AgreementForm form, boolean span, Errors errors) {
		Set<Integer> seen = new HashSet<>();
		for (int i = 0; i < form.getYears().size(); i++) {
			AgreementForm.YearRow row = form.getYears().get(i);
			if (row == null || row.isBlank()) {
				continue;
			}
			String at = "years[" + i + "].";
			if (row.getYear() == null) {
				reject(errors, at + "year", "NotNull");
			}
			else if (!errors.hasFieldErrors(at + "year")) {
				if (span && (row.getYear() < form.getFirstYear() || row.getYear() > form.getLastYear())) {
					errors.rejectValue(at + "year", "agreement.yearOutside");
				}
				else if (!seen.add(row.getYear())) {
					errors.rejectValue(at + "year", "agreement.yearTwice");
				}
			}
			if (row.getAmount() == null) {
				reject(errors, at + "amount", "NotNull");
			}
			else if (row.getCurrency() != null && !errors.hasFieldErrors(at + "amount")
					&& PlausibleAmounts.exceedsCeiling(row.getAmount(), row.getCurrency())) {
				errors.rejectValue(at + "amount", "offer.amount.ceiling");
			}
			if (row.getCurrency() == null) {
				reject(errors, at + "currency", "NotNull");
			}
			if (row.getBasis() == null) {
				reject(errors, at + "basis", "NotNull");
			}
		}
	}

	private static void reject(Errors errors, String field, String code) {
		if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, code);
		}
	}

	@Transactional
	public Edited<Agreement> create(AgreementForm form, Errors errors) {
		Set<Source> cited = check(form, true, errors);
		if (errors.hasErrors()) {
			return Edited.invalid();
		}
		Agreement a = new Agreement(form.getSmaNumber());
		apply(a, form, cited);
		a = agreements.save(a);
		return edits.created(Agreement.AUDIT_TYPE, a, "SMA " + a.getSmaNumber());
	}

	@Transactional
	public Edited<Agreement> update(Integer smaNumber, AgreementForm form, Errors errors) {
		Agreement a = agreement(smaNumber);
		edits.checkVersion(a, form.getVersion());
		form.setSmaNumber(smaNumber);
		Set<Source> cited = check(form, false, errors);
		if (errors.hasErrors()) {
			return Edited.invalid();
		}
		Map<String, String> before = a.snapshot();
		apply(a, form, cited);
		// A change to the years alone must still bump the agreement's version, so a stale form is refused.
		entityManager.lock(a, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		agreements.saveAndFlush(a);
		return edits.updated(Agreement.AUDIT_TYPE, a, "SMA " + smaNumber, before);
	}

	private static void apply(Agreement a, AgreementForm form, Set<Source> cited) {
		a.update(form.terms(), cited);
		Set<Integer> kept = new HashSet<>();
		for (AgreementForm.YearRow row : form.getYears()) {
			if (row != null && !row.isBlank()) {
				a.setYearAmount(row.getYear(), row.getAmount(), row.getCurrency(), row.getBasis(), cited);
				kept.add(row.getYear());
			}
		}
		a.keepYears(kept);
	}

	/** Marks an agreement entered by mistake deleted; one that talks produced stays. */
	@Transactional
	public Agreement delete(Integer smaNumber) {
		Agreement a = agreement(smaNumber);
		long talks = jdbc.queryForObject("select count(*) from negotiations where agreement_id = ?", Long.class,
				a.getId());
		if (talks > 0) {
			throw new InUseException("agreement.inUse", smaNumber);
		}
		return edits.delete(Agreement.AUDIT_TYPE, a, "SMA " + smaNumber, agreements::saveAndFlush);
	}

}
