package org.smatracker.money;

import java.math.BigDecimal;

/**
 * The rate a conversion used: the requested year's own, or the latest earlier year's when the
 * requested year has none yet (which the page must then say).
 */
public record AppliedRate(int requestedYear, int rateYear, BigDecimal krwPerUsd) {

	public boolean isFallback() {
		return rateYear != requestedYear;
	}

}
