package org.smatracker.negotiator;

public enum AppointmentRole {

	CHIEF, DEPUTY, HIGH_LEVEL

}
