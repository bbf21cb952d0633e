package org.smatracker.model;

/** Whether a reported position counts as a party's position on its date. Only CURRENT ones enter a gap. */
public enum OfferStatus {

	CURRENT, RESTATED, DISPUTED

}
