package org.smatracker.agreement;

/** Where a year's amount comes from: paid, set by the deal for a year not yet over, or frozen. */
public enum YearBasis {

	ACTUAL, SCHEDULED, FROZEN

}
