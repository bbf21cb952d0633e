package org.smatracker.gap;

import java.math.BigDecimal;
import java.util.List;

/** The demand-versus-offer analysis of one negotiation. */
public record GapAnalysis(int smaNumber, Baseline baseline, List<NormalisedOffer> offers,
		List<GapPoint> points, Standing openingUsDemand, Standing openingRokOffer, GapPoint firstGap, AgreedAmount agreed,
		BigDecimal settlementPoint, BigDecimal increaseOverBaseline) {

	/** The last point with a gap: where the talks stood at the end of the record. */
	public GapPoint latestGap() {
		GapPoint latest = null;
		for (GapPoint p : points) {
			if (p.hasGap()) {
				latest = p;
			}
		}
		return latest;
	}

}
