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
 * The negotiation form for scripts (HTTP Basic, role ANALYST): the same rules, history and conflict checks as the
 * pages. Errors are problem details: 400 with the fields, 404, 409 on a stale version or a delete of
 * a record others still cite.
 */
@RestController
@RequestMapping("/api/v1")
class NegotiationWriteApiController {

	private final NegotiationEditService editor;

	private final ApiErrors errors;

	NegotiationWriteApiController(NegotiationEditService editor, ApiErrors errors) {
		this.editor = editor;
		this.errors = errors;
	}

	record Saved(long id, long version, String page) {
	}

	@PostMapping("/negotiations")
	ResponseEntity<?> create(@Valid @RequestBody NegotiationForm form) {
		var result = new BeanPropertyBindingResult(form, "negotiationForm");
		Negotiation saved = editor.create(form, result);
		if (saved == null) {
			return ResponseEntity.badRequest().body(errors.invalid(result));
		}
		String page = "/negotiations/" + saved.getSmaNumber();
		return ResponseEntity.created(URI.create(page)).body(new Saved(saved.getId(), saved.getVersion(), page));
	}

	@PutMapping("/negotiations/{smaNumber:\\d{1,9}}")
	ResponseEntity<?> update(@PathVariable int smaNumber, @Valid @RequestBody NegotiationForm form) {
		var result = new BeanPropertyBindingResult(form, "negotiationForm");
		Negotiation saved = editor.update(smaNumber, form, result);
		if (saved == null) {
			return ResponseEntity.badRequest().body(errors.invalid(result));
		}
		return ResponseEntity.ok(new Saved(saved.getId(), saved.getVersion(), "/negotiations/" + saved.getSmaNumber()));
	}

	@DeleteMapping("/negotiations/{smaNumber:\\d{1,9}}")
	ResponseEntity<Void> delete(@PathVariable int smaNumber) {
		editor.delete(smaNumber);
		return ResponseEntity.noContent().build();
	}

}
