package org.smatracker.edit;

import java.util.Objects;

/**
 * What an edit service answers: the saved record, or "invalid" when the rules refused the input (the
 * reasons are in the {@code Errors} the caller passed; nothing was written).
 */
public final class Edited<T> {

	private static final Edited<?> INVALID = new Edited<>(null);

	private final T record;

	private Edited(T record) {
		this.record = record;
	}

	public static <T> Edited<T> saved(T record) {
		return new Edited<>(Objects.requireNonNull(record));
	}

	@SuppressWarnings("unchecked")
	public static <T> Edited<T> invalid() {
		return (Edited<T>) INVALID;
	}

	public boolean isInvalid() {
		return record == null;
	}

	/** The saved record; asking an invalid result for one is a programming error. */
	public T record() {
		if (record == null) {
			throw new IllegalStateException("The edit was refused; there is no saved record");
		}
		return record;
	}

}
