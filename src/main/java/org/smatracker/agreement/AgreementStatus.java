package org.smatracker.agreement;

public enum AgreementStatus {

	NEGOTIATING, SIGNED, IN_FORCE, EXPIRED, LAPSED

}
