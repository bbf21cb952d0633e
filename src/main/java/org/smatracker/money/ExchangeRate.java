package org.smatracker.money;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

import org.hibernate.annotations.SQLRestriction;

import org.smatracker.model.DeletableEntity;
import org.smatracker.model.Recorded;
import org.smatracker.source.Source;

/** Annual average won per dollar; an amount for year Y converts at Y's rate. */
@Entity
@SQLRestriction("deleted = false")
@Table(name = "exchange_rates")
public class ExchangeRate extends DeletableEntity implements Recorded {

	/** The name of this kind of record in the change history. */
	public static final String AUDIT_TYPE = "exchange-rate";

	@Column(name = "rate_year")
	private int year;

	private BigDecimal krwPerUsd;

	@ManyToMany
	@JoinTable(name = "exchange_rate_sources", joinColumns = @JoinColumn(name = "exchange_rate_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	private Set<Source> sources = new LinkedHashSet<>();

	protected ExchangeRate() {
	}

	public ExchangeRate(int year, BigDecimal krwPerUsd) {
		this.year = year;
		this.krwPerUsd = krwPerUsd;
	}

	public void update(int year, BigDecimal krwPerUsd, Set<Source> sources) {
		this.year = year;
		this.krwPerUsd = krwPerUsd;
		this.sources.clear();
		this.sources.addAll(sources);
	}

	public Map<String, String> snapshot() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("year", String.valueOf(year));
		values.put("krwPerUsd", krwPerUsd.toPlainString());
		values.put("sources", String.join(", ", sources.stream().map(Source::getCode).sorted().toList()));
		return values;
	}

	public int getYear() {
		return year;
	}

	public BigDecimal getKrwPerUsd() {
		return krwPerUsd;
	}

	public Set<Source> getSources() {
		return sources;
	}

}
