package org.smatracker.negotiation;

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
 * The negotiation form for scripts (HTTP Basic, role ANALYST): the same rules, history and conflict checks as the
 * pages. Errors are problem details: 400 with the fields, 404, 409 on a stale version or a delete of
 * a record others still cite.
 */
@RestController
@RequestMapping("/api/v1")
class NegotiationWriteApiController {

	private final NegotiationEditService editor;

	private final WriteApi api;

	NegotiationWriteApiController(NegotiationEditService editor, WriteApi api) {
		this.editor = editor;
		this.api = api;
	}

	@PostMapping("/negotiations")
	ResponseEntity<?> create(@Valid @RequestBody NegotiationForm form) {
		var result = new BeanPropertyBindingResult(form, "negotiationForm");
		return api.created(editor.create(form, result), result, saved -> "/negotiations/" + saved.getSmaNumber());
	}

	@PutMapping("/negotiations/{smaNumber:\\d{1,9}}")
	ResponseEntity<?> update(@PathVariable int smaNumber, @Valid @RequestBody NegotiationForm form) {
		var result = new BeanPropertyBindingResult(form, "negotiationForm");
		return api.updated(editor.update(smaNumber, form, result), result,
				saved -> "/negotiations/" + saved.getSmaNumber());
	}

	@DeleteMapping("/negotiations/{smaNumber:\\d{1,9}}")
	ResponseEntity<Void> delete(@PathVariable int smaNumber) {
		editor.delete(smaNumber);
		return ResponseEntity.noContent().build();
	}

}
