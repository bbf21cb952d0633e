package org.smatracker.negotiation;

import java.time.LocalDate;
import java.util.LinkedHashSet;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.smatracker.model.BaseEntity;
import org.smatracker.source.Source;

/** One person in one role in one negotiation, for a span of dates (chief negotiators change). */
@Entity
@Table(name = "appointments")
public class Appointment extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Negotiator negotiator;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Negotiation negotiation;

	/** The key of {@link #negotiation}, read-only, for queries: see {@code Offer.negotiationId}. */
	@Column(name = "negotiation_id", insertable = false, updatable = false)
	private Long negotiationId;

	private String title;

	@Enumerated(EnumType.STRING)
	private AppointmentRole role;

	private LocalDate fromDate;

	private LocalDate toDate;

	@ManyToMany
	@JoinTable(name = "appointment_sources", joinColumns = @JoinColumn(name = "appointment_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	@OrderBy("code")
	private Set<Source> sources = new LinkedHashSet<>();

	protected Appointment() {
	}

	public Negotiator getNegotiator() {
		return negotiator;
	}

	public Negotiation getNegotiation() {
		return negotiation;
	}

	public String getTitle() {
		return title;
	}

	public AppointmentRole getRole() {
		return role;
	}

	public LocalDate getFromDate() {
		return fromDate;
	}

	public LocalDate getToDate() {
		return toDate;
	}

	public Set<Source> getSources() {
		return sources;
	}

}
