package org.smatracker.model;

/**
 * Published whenever the record changes (every write records a history entry, and the history
 * service publishes this). Caches listen to it: one event to hook, whatever the writer.
 */
public record RecordChanged(String entityType, long entityId) {

	/** For bulk changes that touch many records at once (the synthetic generator, imports). */
	public static RecordChanged bulk(String what) {
		return new RecordChanged(what, 0);
	}

}
