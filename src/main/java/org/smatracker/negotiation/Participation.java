package org.smatracker.negotiation;

import java.util.Objects;

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

	/**
	 * By negotiator and role: a round loaded with its participants and its sources in one query
	 * gets each participation once per source; without value equality the set kept the copies and
	 * a flush wrote them all again (a primary-key violation on round_participants).
	 */
	@Override
	public boolean equals(Object other) {
		return other instanceof Participation p && role == p.role && negotiator != null && p.negotiator != null
				&& Objects.equals(negotiator.getId(), p.negotiator.getId());
	}

	@Override
	public int hashCode() {
		return Objects.hash(negotiator == null ? null : negotiator.getId(), role);
	}

}
