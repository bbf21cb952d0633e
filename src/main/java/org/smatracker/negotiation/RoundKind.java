package org.smatracker.negotiation;

public enum RoundKind {

	FORMAL, VIDEO, HIGH_LEVEL, WORKING_LEVEL

}
