package org.smatracker.negotiation;

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
 * The negotiator form for scripts (HTTP Basic, role ANALYST): the same rules, history and conflict checks as the
 * pages. Errors are problem details: 400 with the fields, 404, 409 on a stale version or a delete of
 * a record others still cite.
 */
@RestController
@RequestMapping("/api/v1")
class NegotiatorWriteApiController {

	private final NegotiatorEditService editor;

	private final ApiErrors errors;

	NegotiatorWriteApiController(NegotiatorEditService editor, ApiErrors errors) {
		this.editor = editor;
		this.errors = errors;
	}

	record Saved(long id, long version, String page) {
	}

	@PostMapping("/negotiators")
	ResponseEntity<?> create(@Valid @RequestBody NegotiatorForm form) {
		var result = new BeanPropertyBindingResult(form, "negotiatorForm");
		Negotiator saved = editor.create(form, result);
		if (saved == null) {
			return ResponseEntity.badRequest().body(errors.invalid(result));
		}
		String page = "/negotiators/" + saved.getId();
		return ResponseEntity.created(URI.create(page)).body(new Saved(saved.getId(), saved.getVersion(), page));
	}

	@PutMapping("/negotiators/{id:\\d{1,18}}")
	ResponseEntity<?> update(@PathVariable long id, @Valid @RequestBody NegotiatorForm form) {
		var result = new BeanPropertyBindingResult(form, "negotiatorForm");
		Negotiator saved = editor.update(id, form, result);
		if (saved == null) {
			return ResponseEntity.badRequest().body(errors.invalid(result));
		}
		return ResponseEntity.ok(new Saved(saved.getId(), saved.getVersion(), "/negotiators/" + saved.getId()));
	}

	@DeleteMapping("/negotiators/{id:\\d{1,18}}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		editor.delete(id);
		return ResponseEntity.noContent().build();
	}

}
