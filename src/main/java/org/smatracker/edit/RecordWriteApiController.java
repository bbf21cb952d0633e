package org.smatracker.edit;

import java.util.function.Function;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import org.smatracker.model.Recorded;

/**
 * The write API of a record, for scripts (HTTP Basic, role ANALYST): POST to the feature's path creates, PUT
 * and DELETE on the record's address edit and delete, with the same rules, history and conflict checks as the
 * pages. Errors are problem details: 400 with the fields, 404, 409 on a stale version or a delete of a record
 * others still cite. A feature's controller names its path, its editor and its record's page, and extends
 * {@link ById} or {@link BySmaNumber} for the address.
 */
public abstract class RecordWriteApiController<F, T extends Recorded, K> {

	private final RecordEditor<F, T, K> editor;

	private final WriteApi api;

	private final String formName;

	private final Function<T, String> page;

	RecordWriteApiController(RecordEditor<F, T, K> editor, WriteApi api, String formName, Function<T, String> page) {
		this.editor = editor;
		this.api = api;
		this.formName = formName;
		this.page = page;
	}

	@PostMapping
	public ResponseEntity<?> create(@Valid @RequestBody F form) {
		var result = new BeanPropertyBindingResult(form, formName);
		return api.created(editor.create(form, result), result, page);
	}

	ResponseEntity<?> save(K key, F form) {
		var result = new BeanPropertyBindingResult(form, formName);
		return api.updated(editor.update(key, form, result), result, page);
	}

	ResponseEntity<Void> remove(K key) {
		editor.delete(key);
		return ResponseEntity.noContent().build();
	}

	/** A record addressed by its id: {@code /{id}}. */
	public abstract static class ById<F, T extends Recorded> extends RecordWriteApiController<F, T, Long> {

		protected ById(RecordEditor<F, T, Long> editor, WriteApi api, String formName, Function<T, String> page) {
			super(editor, api, formName, page);
		}

		@PutMapping("/{id:\\d{1,18}}")
		public ResponseEntity<?> update(@PathVariable long id, @Valid @RequestBody F form) {
			return save(id, form);
		}

		@DeleteMapping("/{id:\\d{1,18}}")
		public ResponseEntity<Void> delete(@PathVariable long id) {
			return remove(id);
		}

	}

	/** A record addressed by its SMA number (an agreement, the talks for it): {@code /{smaNumber}}. */
	public abstract static class BySmaNumber<F, T extends Recorded> extends RecordWriteApiController<F, T, Integer> {

		protected BySmaNumber(RecordEditor<F, T, Integer> editor, WriteApi api, String formName,
				Function<T, String> page) {
			super(editor, api, formName, page);
		}

		@PutMapping("/{smaNumber:\\d{1,9}}")
		public ResponseEntity<?> update(@PathVariable int smaNumber, @Valid @RequestBody F form) {
			return save(smaNumber, form);
		}

		@DeleteMapping("/{smaNumber:\\d{1,9}}")
		public ResponseEntity<Void> delete(@PathVariable int smaNumber) {
			return remove(smaNumber);
		}

	}

}
