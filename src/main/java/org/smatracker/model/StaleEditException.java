package org.smatracker.model;

import java.util.Map;

/**
 * An edit based on a version that is no longer the stored one: someone saved in between. Carries
 * the stored values so the user can compare them with theirs and re-apply.
 */
public class StaleEditException extends RuntimeException {

	private final Map<String, String> current;

	private final long currentVersion;

	public StaleEditException(Map<String, String> current, long currentVersion) {
		super("The record was changed by someone else");
		this.current = current;
		this.currentVersion = currentVersion;
	}

	public Map<String, String> getCurrent() {
		return current;
	}

	public long getCurrentVersion() {
		return currentVersion;
	}

}
