package org.smatracker.source;

import java.net.URI;

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

import org.smatracker.edit.ApiErrors;

/**
 * The source form for scripts (HTTP Basic, role ANALYST): the same rules, history and conflict checks as the
 * pages. Errors are problem details: 400 with the fields, 404, 409 on a stale version or a delete of
 * a record others still cite.
 */
@RestController
@RequestMapping("/api/v1")
class SourceWriteApiController {

	private final SourceService editor;

	private final ApiErrors errors;

	SourceWriteApiController(SourceService editor, ApiErrors errors) {
		this.editor = editor;
		this.errors = errors;
	}

	record Saved(long id, long version, String page) {
	}

	@PostMapping("/sources")
	ResponseEntity<?> create(@Valid @RequestBody SourceForm form) {
		var result = new BeanPropertyBindingResult(form, "sourceForm");
		Source saved = editor.create(form, result);
		if (saved == null) {
			return ResponseEntity.badRequest().body(errors.invalid(result));
		}
		String page = "/sources/" + saved.getId();
		return ResponseEntity.created(URI.create(page)).body(new Saved(saved.getId(), saved.getVersion(), page));
	}

	@PutMapping("/sources/{id:\\d{1,18}}")
	ResponseEntity<?> update(@PathVariable long id, @Valid @RequestBody SourceForm form) {
		var result = new BeanPropertyBindingResult(form, "sourceForm");
		Source saved = editor.update(id, form, result);
		if (saved == null) {
			return ResponseEntity.badRequest().body(errors.invalid(result));
		}
		return ResponseEntity.ok(new Saved(saved.getId(), saved.getVersion(), "/sources/" + saved.getId()));
	}

	@DeleteMapping("/sources/{id:\\d{1,18}}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		editor.delete(id);
		return ResponseEntity.noContent().build();
	}

}
