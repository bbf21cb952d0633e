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
 * The write API of a record kept by its id, for scripts (HTTP Basic, role ANALYST): POST to the feature's path
 * creates, PUT and DELETE on {@code /{id}} edit and delete, with the same rules, history and conflict checks
 * as the pages. Errors are problem details: 400 with the fields, 404, 409 on a stale version or a delete of a
 * record others still cite. A feature's controller names its path, its editor and its record's page.
 */
public abstract class RecordWriteApiController<F, T extends Recorded> {

	private final RecordEditor<F, T> editor;

	private final WriteApi api;

	private final String formName;

	private final Function<T, String> page;

	protected RecordWriteApiController(RecordEditor<F, T> editor, WriteApi api, String formName,
			Function<T, String> page) {
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

	@PutMapping("/{id:\\d{1,18}}")
	public ResponseEntity<?> update(@PathVariable long id, @Valid @RequestBody F form) {
		var result = new BeanPropertyBindingResult(form, formName);
		return api.updated(editor.update(id, form, result), result, page);
	}

	@DeleteMapping("/{id:\\d{1,18}}")
	public ResponseEntity<Void> delete(@PathVariable long id) {
		editor.delete(id);
		return ResponseEntity.noContent().build();
	}

}
