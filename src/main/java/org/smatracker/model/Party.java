package org.smatracker.model;

/** The two sides of every SMA: Korea pays, the United States asks. */
public enum Party {

	ROK, US

}
