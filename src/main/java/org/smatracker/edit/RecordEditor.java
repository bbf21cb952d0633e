package org.smatracker.edit;

import org.springframework.validation.Errors;

import org.smatracker.model.Recorded;

/** The edit service of a record kept by its id: what {@link RecordWriteApiController} asks of it. */
public interface RecordEditor<F, T extends Recorded> {

	Edited<T> create(F form, Errors errors);

	Edited<T> update(long id, F form, Errors errors);

	T delete(long id);

}
