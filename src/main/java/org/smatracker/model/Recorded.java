package org.smatracker.model;

import java.util.Map;

/**
 * An editable record as the one write path ({@code edit.RecordEdits}) sees it: identity, version, the
 * fields its history shows, and the soft-delete flag.
 */
public interface Recorded {

	Long getId();

	long getVersion();

	/** The fields as the history shows them, before and after a change. */
	Map<String, String> snapshot();

	/** Hides the record from every query; an admin can restore it. */
	void markDeleted();

}
