package org.smatracker.negotiation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.smatracker.edit.VersionedForm;
import org.smatracker.model.OfferKind;
import org.smatracker.model.Party;

/**
 * "A new round happened today": the meeting, its leads and sources, and the positions reported at
 * it, saved together or not at all. Also the form to edit a round (without new positions).
 */
public class RoundForm extends VersionedForm {

	/** Rows offered for positions on a new round. */
	static final int POSITION_ROWS = 4;

	@Min(1)
	@Max(999)
	private Integer roundNumber;

	@NotNull
	private RoundKind kind;

	@NotNull
	private LocalDate startDate;

	private LocalDate endDate;

	@Size(max = 100)
	private String city;

	@Size(max = 100)
	private String country;

	@NotNull
	private RoundOutcome outcome;

	@Size(max = 4000)
	private String summary;

	private Long rokLeadId;

	private Long usLeadId;

	@Size(max = 20)
	private List<Long> sourceIds = new ArrayList<>();

	/** A source not yet in the record, cited by the round (and its positions without one of their own). */
	@Size(max = 500)
	private String newSourceTitle;

	@Size(max = 200)
	private String newSourcePublisher;

	private LocalDate newSourceDate;

	@Size(max = 2000)
	@Pattern(regexp = "^$|^https?://[^\\s<>\"]+$", message = "{source.url.invalid}")
	private String newSourceUrl;

	@Size(max = 4000)
	private String newSourceQuote;

	@Valid
	@Size(max = 10)
	private List<OfferForm> positions = new ArrayList<>();

	public static RoundForm blank() {
		RoundForm form = new RoundForm();
		form.kind = RoundKind.FORMAL;
		form.outcome = RoundOutcome.CONTINUED;
		form.startDate = LocalDate.now();
		form.fillPositionRows();
		// Most meetings are reported as a US demand and a Korean offer: two fewer choices each time.
		form.positions.get(0).setParty(Party.US);
		form.positions.get(0).setKind(OfferKind.DEMAND);
		form.positions.get(1).setParty(Party.ROK);
		form.positions.get(1).setKind(OfferKind.OFFER);
		return form;
	}

	public static RoundForm of(Round r) {
		RoundForm form = new RoundForm();
		form.setVersion(r.getVersion());
		form.roundNumber = r.getRoundNumber();
		form.kind = r.getKind();
		form.startDate = r.getStartDate();
		form.endDate = r.getEndDate();
		form.city = r.getCity();
		form.country = r.getCountry();
		form.outcome = r.getOutcome();
		form.summary = r.getSummary();
		form.rokLeadId = r.getRokLead() == null ? null : r.getRokLead().getId();
		form.usLeadId = r.getUsLead() == null ? null : r.getUsLead().getId();
		form.sourceIds = new ArrayList<>(r.getSources().stream().map(s -> s.getId()).toList());
		return form;
	}

	void fillPositionRows() {
		while (positions.size() < POSITION_ROWS) {
			positions.add(new OfferForm());
		}
	}

	public boolean hasNewSource() {
		return newSourceTitle != null && !newSourceTitle.isBlank();
	}

	public Integer getRoundNumber() {
		return roundNumber;
	}

	public void setRoundNumber(Integer roundNumber) {
		this.roundNumber = roundNumber;
	}

	public RoundKind getKind() {
		return kind;
	}

	public void setKind(RoundKind kind) {
		this.kind = kind;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public RoundOutcome getOutcome() {
		return outcome;
	}

	public void setOutcome(RoundOutcome outcome) {
		this.outcome = outcome;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public Long getRokLeadId() {
		return rokLeadId;
	}

	public void setRokLeadId(Long rokLeadId) {
		this.rokLeadId = rokLeadId;
	}

	public Long getUsLeadId() {
		return usLeadId;
	}

	public void setUsLeadId(Long usLeadId) {
		this.usLeadId = usLeadId;
	}

	public List<Long> getSourceIds() {
		return sourceIds;
	}

	public void setSourceIds(List<Long> sourceIds) {
		this.sourceIds = sourceIds;
	}

	public String getNewSourceTitle() {
		return newSourceTitle;
	}

	public void setNewSourceTitle(String newSourceTitle) {
		this.newSourceTitle = newSourceTitle;
	}

	public String getNewSourcePublisher() {
		return newSourcePublisher;
	}

	public void setNewSourcePublisher(String newSourcePublisher) {
		this.newSourcePublisher = newSourcePublisher;
	}

	public LocalDate getNewSourceDate() {
		return newSourceDate;
	}

	public void setNewSourceDate(LocalDate newSourceDate) {
		this.newSourceDate = newSourceDate;
	}

	public String getNewSourceUrl() {
		return newSourceUrl;
	}

	public void setNewSourceUrl(String newSourceUrl) {
		this.newSourceUrl = newSourceUrl;
	}

	public String getNewSourceQuote() {
		return newSourceQuote;
	}

	public void setNewSourceQuote(String newSourceQuote) {
		this.newSourceQuote = newSourceQuote;
	}

	public List<OfferForm> getPositions() {
		return positions;
	}

	public void setPositions(List<OfferForm> positions) {
		this.positions = positions;
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
