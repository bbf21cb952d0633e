package org.smatracker.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.smatracker.edit.VersionedForm;
import org.smatracker.money.Currency;
import org.smatracker.money.PlausibleAmounts;

/**
 * An agreement as an analyst enters it: its span, status, escalation rule with its parameters, the
 * headline figures, the sources, and one row per year with Korea's contribution.
 */
public class AgreementForm extends VersionedForm {

	/** Blank year rows offered beyond the recorded ones. */
	static final int SPARE_YEAR_ROWS = 2;

	@NotNull
	@Min(1)
	@Max(99)
	private Integer smaNumber;

	@NotNull
	@Min(1991)
	@Max(2100)
	private Integer firstYear;

	@NotNull
	@Min(1991)
	@Max(2100)
	private Integer lastYear;

	/** The first year whose amount the deal actually sets. */
	@NotNull
	@Min(1991)
	@Max(2100)
	private Integer headlineYear;

	private LocalDate signedDate;

	private LocalDate ratifiedDate;

	@NotNull
	private AgreementStatus status;

	@NotNull
	private EscalationRule escalationRule;

	@Size(max = 1000)
	private String escalationDetail;

	@DecimalMin("-50")
	@DecimalMax("100")
	@Digits(integer = 4, fraction = 3)
	private BigDecimal escalationRatePct;

	@DecimalMin("-50")
	@DecimalMax("100")
	@Digits(integer = 4, fraction = 3)
	private BigDecimal escalationFloorPct;

	@DecimalMin("-50")
	@DecimalMax("100")
	@Digits(integer = 4, fraction = 3)
	private BigDecimal escalationCapPct;

	/** Won; the largest ever is about 1.5 trillion, so 100 trillion is a typing error. */
	@DecimalMin(value = "0", inclusive = false)
	@DecimalMax(value = PlausibleAmounts.MAX_KRW_TEXT)
	@Digits(integer = 20, fraction = 0)
	private BigDecimal firstYearAmountKrw;

	@DecimalMin(value = "0", inclusive = false)
	@DecimalMax(value = PlausibleAmounts.MAX_USD_TEXT)
	@Digits(integer = 20, fraction = 0)
	private BigDecimal usdEquivalentQuoted;

	@Size(max = 20)
	private List<Long> sourceIds = new ArrayList<>();

	@Valid
	@Size(max = 20)
	private List<YearRow> years = new ArrayList<>();

	/** One year's contribution; a row left wholly blank is ignored. */
	public static class YearRow {

		@Min(1991)
		@Max(2100)
		private Integer year;

		@DecimalMin(value = "0", inclusive = false)
		@Digits(integer = 20, fraction = 2)
		private BigDecimal amount;

		private Currency currency;

		private YearBasis basis;

		public YearRow() {
		}

		YearRow(Integer year, BigDecimal amount, Currency currency, YearBasis basis) {
			this.year = year;
			this.amount = amount;
			this.currency = currency;
			this.basis = basis;
		}

		boolean isBlank() {
			return year == null && amount == null && currency == null && basis == null;
		}

		public Integer getYear() {
			return year;
		}

		public void setYear(Integer year) {
			this.year = year;
		}

		public BigDecimal getAmount() {
			return amount;
		}

		public void setAmount(BigDecimal amount) {
			this.amount = amount;
		}

		public Currency getCurrency() {
			return currency;
		}

		public void setCurrency(Currency currency) {
			this.currency = currency;
		}

		public YearBasis getBasis() {
			return basis;
		}

		public void setBasis(YearBasis basis) {
			this.basis = basis;
		}

	}

	static AgreementForm of(Agreement a) {
		AgreementForm f = new AgreementForm();
		f.setVersion(a.getVersion());
		f.smaNumber = a.getSmaNumber();
		f.firstYear = a.getFirstYear();
		f.lastYear = a.getLastYear();
		f.headlineYear = a.getHeadlineYear();
		f.signedDate = a.getSignedDate();
		f.ratifiedDate = a.getRatifiedDate();
		f.status = a.getStatus();
		f.escalationRule = a.getEscalationRule();
		f.escalationDetail = a.getEscalationDetail();
		f.escalationRatePct = a.getEscalationRatePct();
		f.escalationFloorPct = a.getEscalationFloorPct();
		f.escalationCapPct = a.getEscalationCapPct();
		f.firstYearAmountKrw = a.getFirstYearAmountKrw();
		f.usdEquivalentQuoted = a.getUsdEquivalentQuoted();
		f.sourceIds = new ArrayList<>(a.getSources().stream().map(s -> s.getId()).toList());
		f.years = new ArrayList<>(a.getYears()
			.stream()
			.map(y -> new YearRow(y.getYear(), y.getAmount(), y.getCurrency(), y.getBasis()))
			.toList());
		return f;
	}

	/** Pads the year rows so the form always offers a few blank ones. */
	void addSpareYearRows() {
		long blank = years.stream().filter(YearRow::isBlank).count();
		for (long i = blank; i < SPARE_YEAR_ROWS; i++) {
			years.add(new YearRow());
		}
	}

	Agreement.Terms terms() {
		return new Agreement.Terms(firstYear, lastYear, headlineYear, signedDate, ratifiedDate, status, escalationRule,
				escalationDetail, escalationRatePct, escalationFloorPct, escalationCapPct, firstYearAmountKrw,
				usdEquivalentQuoted);
	}

	public Integer getSmaNumber() {
		return smaNumber;
	}

	public void setSmaNumber(Integer smaNumber) {
		this.smaNumber = smaNumber;
	}

	public Integer getFirstYear() {
		return firstYear;
	}

	public void setFirstYear(Integer firstYear) {
		this.firstYear = firstYear;
	}

	public Integer getLastYear() {
		return lastYear;
	}

	public void setLastYear(Integer lastYear) {
		this.lastYear = lastYear;
	}

	public Integer getHeadlineYear() {
		return headlineYear;
	}

	public void setHeadlineYear(Integer headlineYear) {
		this.headlineYear = headlineYear;
	}

	public LocalDate getSignedDate() {
		return signedDate;
	}

	public void setSignedDate(LocalDate signedDate) {
		this.signedDate = signedDate;
	}

	public LocalDate getRatifiedDate() {
		return ratifiedDate;
	}

	public void setRatifiedDate(LocalDate ratifiedDate) {
		this.ratifiedDate = ratifiedDate;
	}

	public AgreementStatus getStatus() {
		return status;
	}

	public void setStatus(AgreementStatus status) {
		this.status = status;
	}

	public EscalationRule getEscalationRule() {
		return escalationRule;
	}

	public void setEscalationRule(EscalationRule escalationRule) {
		this.escalationRule = escalationRule;
	}

	public String getEscalationDetail() {
		return escalationDetail;
	}

	public void setEscalationDetail(String escalationDetail) {
		this.escalationDetail = escalationDetail;
	}

	public BigDecimal getEscalationRatePct() {
		return escalationRatePct;
	}

	public void setEscalationRatePct(BigDecimal escalationRatePct) {
		this.escalationRatePct = escalationRatePct;
	}

	public BigDecimal getEscalationFloorPct() {
		return escalationFloorPct;
	}

	public void setEscalationFloorPct(BigDecimal escalationFloorPct) {
		this.escalationFloorPct = escalationFloorPct;
	}

	public BigDecimal getEscalationCapPct() {
		return escalationCapPct;
	}

	public void setEscalationCapPct(BigDecimal escalationCapPct) {
		this.escalationCapPct = escalationCapPct;
	}

	public BigDecimal getFirstYearAmountKrw() {
		return firstYearAmountKrw;
	}

	public void setFirstYearAmountKrw(BigDecimal firstYearAmountKrw) {
		this.firstYearAmountKrw = firstYearAmountKrw;
	}

	public BigDecimal getUsdEquivalentQuoted() {
		return usdEquivalentQuoted;
	}

	public void setUsdEquivalentQuoted(BigDecimal usdEquivalentQuoted) {
		this.usdEquivalentQuoted = usdEquivalentQuoted;
	}

	public List<Long> getSourceIds() {
		return sourceIds;
	}

	public void setSourceIds(List<Long> sourceIds) {
		this.sourceIds = sourceIds == null ? new ArrayList<>() : sourceIds;
	}

	public List<YearRow> getYears() {
		return years;
	}

	public void setYears(List<YearRow> years) {
		this.years = years == null ? new ArrayList<>() : years;
	}

	/** Ticked when the analyst confirms a date that drew a warning (see DatePlausibility). */
	private boolean dateConfirmed;

	public boolean isDateConfirmed() {
		return dateConfirmed;
	}

	public void setDateConfirmed(boolean dateConfirmed) {
		this.dateConfirmed = dateConfirmed;
	}

}
