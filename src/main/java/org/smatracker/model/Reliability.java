package org.smatracker.model;

/** How far a figure can be trusted: a government's own statement, press citing officials, or an analyst's reconstruction. */
public enum Reliability {

	OFFICIAL, REPORTED, ESTIMATE

}
