package org.smatracker.model;

import java.util.Collection;
import java.util.Map;

/**
 * A cached value that says how large it is, in the rows it holds (positions, rounds, points of a gap
 * analysis): the caches of analyses and records are bounded by the sum of these, not by how many
 * entries they have, since one negotiation of 500 positions weighs as much as a dozen real ones, and a
 * visitor choosing dates ({@code ?asOf=}) can make as many entries as they like.
 */
public interface Weighed {

	/** About how many rows this value holds; at least 1. */
	int weight();

	/** What a cached value weighs: its own weight, or its elements' for a map or collection of them. */
	static int of(Object value) {
		if (value instanceof Weighed w) {
			return Math.max(1, w.weight());
		}
		if (value instanceof Map<?, ?> map) {
			return of(map.values());
		}
		if (value instanceof Collection<?> values) {
			long sum = 1;
			for (Object v : values) {
				sum += of(v);
			}
			return (int) Math.min(Integer.MAX_VALUE, sum);
		}
		return 1;
	}

}
