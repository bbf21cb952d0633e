package org.smatracker.edit;

import java.net.URI;
import java.util.function.Function;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import org.smatracker.model.Recorded;

/** The write API's answers, the same for every record: 201 or 200 with {@link Saved}, or 400 with the fields. */
@Component
public class WriteApi {

	private final ApiErrors errors;

	WriteApi(ApiErrors errors) {
		this.errors = errors;
	}

	public <T extends Recorded> ResponseEntity<?> created(Edited<T> edited, Errors binding, Function<T, String> page) {
		if (edited.isInvalid()) {
			return ResponseEntity.badRequest().body(errors.invalid(binding));
		}
		T record = edited.record();
		String at = page.apply(record);
		return ResponseEntity.created(URI.create(at)).body(new Saved(record.getId(), record.getVersion(), at));
	}

	public <T extends Recorded> ResponseEntity<?> updated(Edited<T> edited, Errors binding, Function<T, String> page) {
		if (edited.isInvalid()) {
			return ResponseEntity.badRequest().body(errors.invalid(binding));
		}
		T record = edited.record();
		return ResponseEntity.ok(new Saved(record.getId(), record.getVersion(), page.apply(record)));
	}

}
