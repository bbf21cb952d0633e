package org.smatracker.offer;

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

import org.smatracker.model.BaseEntity;
import org.smatracker.model.Party;
import org.smatracker.money.Currency;
import org.smatracker.negotiation.Negotiation;
import org.smatracker.negotiation.Round;
import org.smatracker.source.Source;

/** A party's position as reported on a date, optionally tied to a round. */
@Entity
@Table(name = "offers")
public class Offer extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Negotiation negotiation;

	@ManyToOne(fetch = FetchType.LAZY)
	private Round round;

	private LocalDate reportedDate;

	@Enumerated(EnumType.STRING)
	private Party party;

	@Enumerated(EnumType.STRING)
	private OfferKind kind;

	@Enumerated(EnumType.STRING)
	private OfferForm form;

	/** An amount in {@link #currency}, a percent increase (13 = +13%), or a factor (5 = fivefold). */
	private BigDecimal amount;

	@Enumerated(EnumType.STRING)
	private Currency currency;

	private int appliesToYear;

	@Enumerated(EnumType.STRING)
	private Reliability reliability;

	@Enumerated(EnumType.STRING)
	private OfferStatus status;

	private String quote;

	private String note;

	@ManyToMany
	@JoinTable(name = "offer_sources", joinColumns = @JoinColumn(name = "offer_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	@OrderBy("code")
	private Set<Source> sources = new LinkedHashSet<>();

	protected Offer() {
	}

	public Negotiation getNegotiation() {
		return negotiation;
	}

	public Round getRound() {
		return round;
	}

	public LocalDate getReportedDate() {
		return reportedDate;
	}

	public Party getParty() {
		return party;
	}

	public OfferKind getKind() {
		return kind;
	}

	public OfferForm getForm() {
		return form;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public Currency getCurrency() {
		return currency;
	}

	public int getAppliesToYear() {
		return appliesToYear;
	}

	public Reliability getReliability() {
		return reliability;
	}

	public OfferStatus getStatus() {
		return status;
	}

	public String getQuote() {
		return quote;
	}

	public String getNote() {
		return note;
	}

	public Set<Source> getSources() {
		return sources;
	}

}
