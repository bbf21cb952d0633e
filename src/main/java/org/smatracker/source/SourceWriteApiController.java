package org.smatracker.source;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.smatracker.edit.WriteApi;

/**
 * The source form for scripts (HTTP Basic, role ANALYST): the same rules, history and conflict checks as the
 * pages. Errors are problem details: 400 with the fields, 404, 409 on a stale version or a delete of
 * a record others still cite.
 */
@RestController
@RequestMapping("/api/v1")
class SourceWriteApiController {

	private final SourceService editor;

	private final WriteApi api;

	SourceWriteApiController(SourceService editor, WriteApi api) {
		this.editor = editor;
		this.api = api;
	}

	@PostMapping("/sources")
	ResponseEntity<?> create(@Valid @RequestBody SourceForm form) {
		var result = new BeanPropertyBindingResult(form, "sourceForm");
		return api.created(editor.create(form, result), result, saved -> "/sources/" + saved.getId());
	}

	@PutMapping("/sources/{id:\\d{1,18}}")
	ResponseEntity<?> update(@PathVariable long id, @Valid @RequestBody SourceForm form) {
		var result = new BeanPropertyBindingResult(form, "sourceForm");
		return api.updated(editor.update(id, form, result), result, saved -> "/sources/" + saved.getId());
	}

	@DeleteMapping("/sources/{id:\\d{1,18}}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		editor.delete(id);
		return ResponseEntity.noContent().build();
	}

}
