package org.smatracker.gap;

import java.math.BigDecimal;

/**
 * What moved since the previous point: each side's change as a fraction of its previous position,
 * and the gap's change in won and as a fraction of the baseline. Absent where either end is absent.
 */
public record Movement(BigDecimal usDemandChange, BigDecimal rokOfferChange, BigDecimal gapChangeKrw,
		BigDecimal gapChangeOfBaseline, boolean usDemandNew, boolean rokOfferNew) {

}
