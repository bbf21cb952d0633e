package org.smatracker.negotiation;

public enum RoundOutcome {

	CONTINUED, PROGRESS, STALLED, WALKED_OUT, AGREEMENT_IN_PRINCIPLE, CONCLUDED

}
