package org.smatracker.negotiation;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;


/** A negotiator at a round, as its lead or a member of a delegation. */
@Embeddable
public class Participation {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "negotiator_id")
	private Negotiator negotiator;

	@Enumerated(EnumType.STRING)
	private ParticipantRole role;

	protected Participation() {
	}

	public Participation(Negotiator negotiator, ParticipantRole role) {
		this.negotiator = negotiator;
		this.role = role;
	}

	public Negotiator getNegotiator() {
		return negotiator;
	}

	public ParticipantRole getRole() {
		return role;
	}

}
