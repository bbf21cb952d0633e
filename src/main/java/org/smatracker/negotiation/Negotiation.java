package org.smatracker.negotiation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.SQLRestriction;

import org.smatracker.agreement.Agreement;
import org.smatracker.model.DeletableEntity;
import org.smatracker.model.Recorded;

/** The talks toward one agreement; it ends with the agreement or is still open. */
@Entity
@SQLRestriction("deleted = false")
@Table(name = "negotiations")
public class Negotiation extends DeletableEntity implements Recorded {

	/** The name of this kind of record in the change history. */
	public static final String AUDIT_TYPE = "negotiation";

	private int smaNumber;

	@OneToOne(fetch = FetchType.LAZY)
	private Agreement agreement;

	private LocalDate startDate;

	private LocalDate endDate;

	protected Negotiation() {
	}

	public Negotiation(int smaNumber) {
		this.smaNumber = smaNumber;
	}

	public void update(LocalDate startDate, LocalDate endDate, Agreement agreement) {
		this.startDate = startDate;
		this.endDate = endDate;
		this.agreement = agreement;
	}

	public Map<String, String> snapshot() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("smaNumber", String.valueOf(smaNumber));
		values.put("startDate", String.valueOf(startDate));
		values.put("endDate", endDate == null ? "" : endDate.toString());
		values.put("agreement", agreement == null ? "" : String.valueOf(agreement.getSmaNumber()));
		return values;
	}

	public int getSmaNumber() {
		return smaNumber;
	}

	public Agreement getAgreement() {
		return agreement;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalDate getEndDate() {
		return endDate;
	}

	public boolean isOpen() {
		return endDate == null;
	}

}
