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
 * The round form for scripts (HTTP Basic, role ANALYST): the same rules, history and conflict
 * checks as the pages. Errors are problem details: 400 with the fields, 404, 409 on a stale version.
 */
@RestController
@RequestMapping("/api/v1")
class RoundWriteApiController {

	private final RoundEditService editor;

	private final ApiErrors errors;

	RoundWriteApiController(RoundEditService editor, ApiErrors errors) {
		this.editor = editor;
		this.errors = errors;
	}

	record Saved(long id, long version, String page) {
	}

	@PostMapping("/negotiations/{smaNumber:\\d{1,9}}/rounds")
	ResponseEntity<?> create(@PathVariable int smaNumber, @Valid @RequestBody RoundForm form) {
		var result = new BeanPropertyBindingResult(form, "roundForm");
		Round round = editor.create(smaNumber, form, result);
		if (round == null) {
			return ResponseEntity.badRequest().body(errors.invalid(result));
		}
		String page = "/negotiations/" + smaNumber + "#round-" + round.getId();
		return ResponseEntity.created(URI.create(page)).body(new Saved(round.getId(), round.getVersion(), page));
	}

	@PutMapping("/rounds/{id:\\d{1,18}}")
	ResponseEntity<?> update(@PathVariable long id, @Valid @RequestBody RoundForm form) {
		var result = new BeanPropertyBindingResult(form, "roundForm");
		Round round = editor.update(id, form, result);
		if (round == null) {
			return ResponseEntity.badRequest().body(errors.invalid(result));
		}
		return ResponseEntity.ok(new Saved(round.getId(), round.getVersion(),
				"/negotiations/" + round.getNegotiation().getSmaNumber() + "#round-" + id));
	}

	@DeleteMapping("/rounds/{id:\\d{1,18}}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		editor.delete(id);
		return ResponseEntity.noContent().build();
	}

}
