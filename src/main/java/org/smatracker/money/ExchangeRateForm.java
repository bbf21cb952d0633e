package org.smatracker.money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.smatracker.edit.VersionedForm;

/** A year's average won-per-dollar rate as an analyst enters it, with the sources that give it. */
public class ExchangeRateForm extends VersionedForm {

	@NotNull
	@Min(1945)
	@Max(2100)
	private Integer year;

	/** Won per dollar; the won has traded between roughly 400 and 2,000 since the first SMA. */
	@NotNull
	@DecimalMin("1")
	@DecimalMax("10000")
	@Digits(integer = 8, fraction = 4)
	private BigDecimal krwPerUsd;

	@Size(max = 20)
	private List<Long> sourceIds = new ArrayList<>();

	static ExchangeRateForm of(ExchangeRate rate) {
		ExchangeRateForm f = new ExchangeRateForm();
		f.setVersion(rate.getVersion());
		f.year = rate.getYear();
		f.krwPerUsd = rate.getKrwPerUsd();
		f.sourceIds = new ArrayList<>(rate.getSources().stream().map(s -> s.getId()).toList());
		return f;
	}

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public BigDecimal getKrwPerUsd() {
		return krwPerUsd;
	}

	public void setKrwPerUsd(BigDecimal krwPerUsd) {
		this.krwPerUsd = krwPerUsd;
	}

	public List<Long> getSourceIds() {
		return sourceIds;
	}

	public void setSourceIds(List<Long> sourceIds) {
		this.sourceIds = sourceIds == null ? new ArrayList<>() : sourceIds;
	}

}
