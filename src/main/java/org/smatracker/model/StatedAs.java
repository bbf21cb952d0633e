package org.smatracker.model;

/** How a position was stated: an amount per year, a percent change over the baseline, or a multiple of it. */
public enum StatedAs {

	ABSOLUTE, PERCENT_OF_BASELINE, MULTIPLE_OF_BASELINE

}
