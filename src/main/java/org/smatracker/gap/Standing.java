package org.smatracker.gap;

import java.util.List;

/**
 * A party's standing position at a date: the chosen position and, when several were reported on
 * its date with different amounts, the others (the point is then "conflicting").
 */
public record Standing(NormalisedOffer chosen, List<NormalisedOffer> rivals) {

	public boolean isConflicting() {
		return !rivals.isEmpty();
	}

}
