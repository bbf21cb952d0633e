package org.smatracker.negotiation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
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

import org.smatracker.model.DeletableEntity;
import org.smatracker.model.OfferKind;
import org.smatracker.model.OfferStatus;
import org.smatracker.model.Party;
import org.smatracker.model.Recorded;
import org.smatracker.model.Reliability;
import org.smatracker.model.StatedAs;
import org.smatracker.money.Currency;
import org.smatracker.source.Source;

/** A party's position as reported on a date, optionally tied to a round. */
@Entity
@SQLRestriction("deleted = false")
@Table(name = "offers")
public class Offer extends DeletableEntity implements Recorded {

	/** The name of this kind of record in the change history. */
	public static final String AUDIT_TYPE = "position";

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Negotiation negotiation;

	/**
	 * The key of {@link #negotiation}, read-only. A query filtering on it reads this row's own column
	 * and index; filtering on {@code negotiation.id} joins negotiations (for its deleted flag) and H2
	 * then read every row of the table first.
	 */
	@Column(name = "negotiation_id", insertable = false, updatable = false)
	private Long negotiationId;

	@ManyToOne(fetch = FetchType.LAZY)
	private Round round;

	/** The key of {@link #round}, read-only, for the same reason as {@link #negotiationId}. */
	@Column(name = "round_id", insertable = false, updatable = false)
	private Long roundId;

	private LocalDate reportedDate;

	@Enumerated(EnumType.STRING)
	private Party party;

	@Enumerated(EnumType.STRING)
	private OfferKind kind;

	@Enumerated(EnumType.STRING)
	private StatedAs form;

	/** An amount in {@link #currency}, a percent increase (13 = +13%), or a factor (5 = fivefold). */
	private BigDecimal amount;

	/** Only for an absolute amount: a percent or multiple takes the baseline's currency. */
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

	public Offer(Negotiation negotiation) {
		this.negotiation = negotiation;
	}

	/** Replaces what an analyst can edit. */
	public void update(Round round, LocalDate reportedDate, Party party, OfferKind kind, StatedAs form,
			BigDecimal amount, Currency currency, int appliesToYear, Reliability reliability, OfferStatus status,
			String quote, String note, Set<Source> sources) {
		this.round = round;
		this.reportedDate = reportedDate;
		this.party = party;
		this.kind = kind;
		this.form = form;
		this.amount = amount;
		this.currency = currency;
		this.appliesToYear = appliesToYear;
		this.reliability = reliability;
		this.status = status;
		this.quote = quote;
		this.note = note;
		this.sources.clear();
		this.sources.addAll(sources);
	}

	/** The values its history records, by field. */
	public Map<String, String> snapshot() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("round", round == null ? "" : String.valueOf(round.getId()));
		values.put("reportedDate", String.valueOf(reportedDate));
		values.put("party", String.valueOf(party));
		values.put("kind", String.valueOf(kind));
		values.put("form", String.valueOf(form));
		values.put("amount", amount == null ? "" : amount.stripTrailingZeros().toPlainString());
		values.put("currency", currency == null ? "" : currency.name());
		values.put("appliesToYear", String.valueOf(appliesToYear));
		values.put("reliability", String.valueOf(reliability));
		values.put("status", String.valueOf(status));
		values.put("quote", quote == null ? "" : quote);
		values.put("note", note == null ? "" : note);
		values.put("sources", sources.stream().map(Source::getCode).sorted().collect(Collectors.joining(", ")));
		return values;
	}

	public Negotiation getNegotiation() {
		return negotiation;
	}

	/** The negotiation's key as loaded (null on a record not yet read back from the database). */
	public Long getNegotiationId() {
		return negotiationId;
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

	public StatedAs getForm() {
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
