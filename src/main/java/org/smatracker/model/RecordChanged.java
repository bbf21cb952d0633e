package org.smatracker.model;

/**
 * Published whenever the record changes (every write records a history entry, and the history
 * service publishes this). Caches listen to it: one event to hook, whatever the writer.
 * {@code created}: the record is new, so nothing written before cites it.
 */
public record RecordChanged(String entityType, long entityId, boolean created) {

	/** A change of a record that was there before (or of an unknown kind): anything cached may show it. */
	public RecordChanged(String entityType, long entityId) {
		this(entityType, entityId, false);
	}

	/** For bulk changes that touch many records at once (the synthetic generator, imports). */
	public static RecordChanged bulk(String what) {
		return new RecordChanged(what, 0);
	}

}
