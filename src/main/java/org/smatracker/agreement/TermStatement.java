package org.smatracker.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.SQLRestriction;

import org.smatracker.model.BaseEntity;
import org.smatracker.money.Currency;
import org.smatracker.source.Source;

/**
 * A position taken outside formal talks while an agreement is in force or awaiting entry into force:
 * a president's public demand, a ministry's reply, a joint fact sheet. It belongs to the agreement,
 * not to a negotiation, so it never enters a negotiation's gap.
 */
@Entity
@SQLRestriction("deleted = false")
@Table(name = "term_statements")
public class TermStatement extends BaseEntity {

	/** Who stated it: one side, or both in a joint document. */
	public enum Speaker {

		ROK, US, BOTH

	}

	public enum Kind {

		/** What one side says the other should pay. */
		DEMAND,
		/** A side's stated position, e.g. to implement the agreement as concluded. */
		POSITION,
		/** A joint document of both governments. */
		JOINT

	}

	private boolean deleted;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Agreement agreement;

	private LocalDate statementDate;

	@Enumerated(EnumType.STRING)
	private Speaker party;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	/** Absent where the statement names no amount. */
	private BigDecimal amount;

	@Enumerated(EnumType.STRING)
	private Currency currency;

	/** An annual figure (comparable with a year's contribution), or a total over several years. */
	private boolean perYear;

	private Integer appliesToYear;

	private String summary;

	private String quote;

	@ManyToMany
	@JoinTable(name = "term_statement_sources", joinColumns = @JoinColumn(name = "term_statement_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	@OrderBy("code")
	private Set<Source> sources = new LinkedHashSet<>();

	protected TermStatement() {
	}

	public Agreement getAgreement() {
		return agreement;
	}

	public LocalDate getStatementDate() {
		return statementDate;
	}

	public Speaker getParty() {
		return party;
	}

	public Kind getKind() {
		return kind;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public Currency getCurrency() {
		return currency;
	}

	public boolean isPerYear() {
		return perYear;
	}

	public Integer getAppliesToYear() {
		return appliesToYear;
	}

	public String getSummary() {
		return summary;
	}

	public String getQuote() {
		return quote;
	}

	public Set<Source> getSources() {
		return sources;
	}

}
