package org.smatracker.agreement;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.smatracker.model.BaseEntity;
import org.smatracker.money.Currency;
import org.smatracker.source.Source;

/** A year's contribution as one source quoted it, often in the other currency. */
@Entity
@Table(name = "quoted_amounts")
public class QuotedAmount extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private AgreementYear agreementYear;

	private BigDecimal amount;

	@Enumerated(EnumType.STRING)
	private Currency currency;

	/** "about $890 million" rather than an exact figure. */
	private boolean approximate;

	private String quote;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Source source;

	protected QuotedAmount() {
	}

	public AgreementYear getAgreementYear() {
		return agreementYear;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public Currency getCurrency() {
		return currency;
	}

	public boolean isApproximate() {
		return approximate;
	}

	public String getQuote() {
		return quote;
	}

	public Source getSource() {
		return source;
	}

}
