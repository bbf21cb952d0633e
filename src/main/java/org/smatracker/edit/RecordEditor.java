package org.smatracker.edit;

import org.springframework.validation.Errors;

import org.smatracker.model.Recorded;

/**
 * The edit service of a record, as {@link RecordWriteApiController} asks of it; {@code K} is the key the
 * record's address uses (its id, or an SMA number).
 */
public interface RecordEditor<F, T extends Recorded, K> {

	Edited<T> create(F form, Errors errors);

	Edited<T> update(K key, F form, Errors errors);

	T delete(K key);

}
