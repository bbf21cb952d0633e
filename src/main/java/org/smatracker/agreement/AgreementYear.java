package org.smatracker.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.smatracker.model.BaseEntity;
import org.smatracker.money.Currency;
import org.smatracker.source.Source;

/** Korea's contribution in one year of an agreement. */
@Entity
@Table(name = "agreement_years")
public class AgreementYear extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Agreement agreement;

	@Column(name = "contribution_year")
	private int year;

	private BigDecimal amount;

	@Enumerated(EnumType.STRING)
	private Currency currency;

	@Enumerated(EnumType.STRING)
	private YearBasis basis;

	@ManyToMany
	@JoinTable(name = "agreement_year_sources", joinColumns = @JoinColumn(name = "agreement_year_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	@OrderBy("code")
	private Set<Source> sources = new LinkedHashSet<>();

	@OneToMany(mappedBy = "agreementYear")
	@OrderBy("amount")
	private List<QuotedAmount> quotedAmounts = new ArrayList<>();

	protected AgreementYear() {
	}

	AgreementYear(Agreement agreement, int year, BigDecimal amount, Currency currency, YearBasis basis,
			Set<Source> sources) {
		this.agreement = agreement;
		this.year = year;
		this.amount = amount;
		this.currency = currency;
		this.basis = basis;
		this.sources.addAll(sources);
	}

	void update(BigDecimal amount, Currency currency, YearBasis basis) {
		this.amount = amount;
		this.currency = currency;
		this.basis = basis;
	}

	public Agreement getAgreement() {
		return agreement;
	}

	public int getYear() {
		return year;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public Currency getCurrency() {
		return currency;
	}

	public YearBasis getBasis() {
		return basis;
	}

	public Set<Source> getSources() {
		return sources;
	}

	public List<QuotedAmount> getQuotedAmounts() {
		return quotedAmounts;
	}

}
