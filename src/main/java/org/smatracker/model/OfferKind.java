package org.smatracker.model;

/** What a reported position is. A tentative deal is a joint result, not one side's position. */
public enum OfferKind {

	DEMAND, OFFER, COUNTER_OFFER, TENTATIVE_DEAL

}
