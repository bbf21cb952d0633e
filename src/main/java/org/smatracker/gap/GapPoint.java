package org.smatracker.gap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The two sides' standing positions at a date (a meeting's last day or the day a position was
 * reported) and the gap between them. Every derived value is absent while a side has no position.
 */
public record GapPoint(LocalDate date, List<Meeting> meetings, Standing usDemand, Standing rokOffer, BigDecimal gapKrw,
		BigDecimal gapUsd, BigDecimal gapOfBaseline, BigDecimal ratio, BigDecimal gapClosed, Movement movement,
		List<NormalisedOffer> disputed) {

	public boolean hasGap() {
		return gapKrw != null;
	}

	public boolean isConflicting() {
		return (usDemand != null && usDemand.isConflicting()) || (rokOffer != null && rokOffer.isConflicting());
	}

}
