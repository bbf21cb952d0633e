package org.smatracker.negotiation;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.smatracker.edit.VersionedForm;

/** Talks toward an agreement: its number, when they began and ended, and the agreement they produced. */
public class NegotiationForm extends VersionedForm {

	@NotNull
	@Min(1)
	@Max(99)
	private Integer smaNumber;

	@NotNull
	private LocalDate startDate;

	private LocalDate endDate;

	/** The SMA number of the agreement the talks produced, once there is one. */
	private Integer agreementSmaNumber;

	static NegotiationForm of(Negotiation n) {
		NegotiationForm f = new NegotiationForm();
		f.setVersion(n.getVersion());
		f.smaNumber = n.getSmaNumber();
		f.startDate = n.getStartDate();
		f.endDate = n.getEndDate();
		f.agreementSmaNumber = n.getAgreement() == null ? null : n.getAgreement().getSmaNumber();
		return f;
	}

	public Integer getSmaNumber() {
		return smaNumber;
	}

	public void setSmaNumber(Integer smaNumber) {
		this.smaNumber = smaNumber;
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

	public Integer getAgreementSmaNumber() {
		return agreementSmaNumber;
	}

	public void setAgreementSmaNumber(Integer agreementSmaNumber) {
		this.agreementSmaNumber = agreementSmaNumber;
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
