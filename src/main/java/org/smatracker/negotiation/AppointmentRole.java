package org.smatracker.negotiation;

public enum AppointmentRole {

	CHIEF, DEPUTY, HIGH_LEVEL

}
