package org.smatracker.negotiation;

public enum ParticipantRole {

	LEAD, MEMBER

}
