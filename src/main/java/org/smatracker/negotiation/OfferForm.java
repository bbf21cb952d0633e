package org.smatracker.negotiation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.smatracker.edit.VersionedForm;
import org.smatracker.model.OfferKind;
import org.smatracker.model.OfferStatus;
import org.smatracker.model.Party;
import org.smatracker.model.Reliability;
import org.smatracker.model.StatedAs;
import org.smatracker.money.Currency;
import org.smatracker.money.MoneyFormat;

/**
 * A position as an analyst types it: on its own form, or as a row of the new-round form (where a
 * row left blank is skipped and the date defaults to the round's last day). Rules that depend on
 * other fields or on the negotiation are checked by {@link OfferRules}.
 */
public class OfferForm extends VersionedForm {

	private Long id;

	private LocalDate reportedDate;

	private Long roundId;

	private Party party;

	private OfferKind kind;

	private StatedAs form;

	/** As typed: "1.6 trillion", "US$1.3 billion", "1조 6천억 원", "13%"; read by {@link OfferRules}. */
	@Size(max = 200)
	private String amount;

	private Currency currency;

	@Min(1945)
	@Max(2100)
	private Integer appliesToYear;

	private Reliability reliability = Reliability.REPORTED;

	private OfferStatus status = OfferStatus.CURRENT;

	@Size(max = 2000)
	private String quote;

	@Size(max = 2000)
	private String note;

	@Size(max = 20)
	private List<Long> sourceIds = new ArrayList<>();

	/**
	 * No amount, form or quote given: on the round form such a row is ignored (its party and kind
	 * come pre-chosen, so they say nothing about whether the analyst meant to fill it).
	 */
	public boolean isBlank() {
		return form == null && (amount == null || amount.isBlank()) && (quote == null || quote.isBlank());
	}

	public static OfferForm of(Offer o) {
		OfferForm f = new OfferForm();
		f.id = o.getId();
		f.setVersion(o.getVersion());
		f.reportedDate = o.getReportedDate();
		f.roundId = o.getRound() == null ? null : o.getRound().getId();
		f.party = o.getParty();
		f.kind = o.getKind();
		f.form = o.getForm();
		f.amount = o.getAmount() == null ? null : MoneyFormat.plain(o.getAmount());
		f.currency = o.getCurrency();
		f.appliesToYear = o.getAppliesToYear();
		f.reliability = o.getReliability();
		f.status = o.getStatus();
		f.quote = o.getQuote();
		f.note = o.getNote();
		f.sourceIds = new ArrayList<>(o.getSources().stream().map(s -> s.getId()).toList());
		return f;
	}

	public Long getId() {
		return id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public LocalDate getReportedDate() {
		return reportedDate;
	}

	public void setReportedDate(LocalDate reportedDate) {
		this.reportedDate = reportedDate;
	}

	public Long getRoundId() {
		return roundId;
	}

	public void setRoundId(Long roundId) {
		this.roundId = roundId;
	}

	public Party getParty() {
		return party;
	}

	public void setParty(Party party) {
		this.party = party;
	}

	public OfferKind getKind() {
		return kind;
	}

	public void setKind(OfferKind kind) {
		this.kind = kind;
	}

	public StatedAs getForm() {
		return form;
	}

	public void setForm(StatedAs form) {
		this.form = form;
	}

	public String getAmount() {
		return amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public Currency getCurrency() {
		return currency;
	}

	public void setCurrency(Currency currency) {
		this.currency = currency;
	}

	public Integer getAppliesToYear() {
		return appliesToYear;
	}

	public void setAppliesToYear(Integer appliesToYear) {
		this.appliesToYear = appliesToYear;
	}

	public Reliability getReliability() {
		return reliability;
	}

	public void setReliability(Reliability reliability) {
		this.reliability = reliability;
	}

	public OfferStatus getStatus() {
		return status;
	}

	public void setStatus(OfferStatus status) {
		this.status = status;
	}

	public String getQuote() {
		return quote;
	}

	public void setQuote(String quote) {
		this.quote = quote;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public List<Long> getSourceIds() {
		return sourceIds;
	}

	public void setSourceIds(List<Long> sourceIds) {
		this.sourceIds = sourceIds;
	}

	/** "I confirm this date": ticked after the form warned that a date looks odd. */
	private boolean dateConfirmed;

	public boolean isDateConfirmed() {
		return dateConfirmed;
	}

	public void setDateConfirmed(boolean dateConfirmed) {
		this.dateConfirmed = dateConfirmed;
	}

}
