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
 * The round form for scripts (HTTP Basic, role ANALYST): the same rules, history and conflict
 * checks as the pages. Errors are problem details: 400 with the fields, 404, 409 on a stale version.
 */
@RestController
@RequestMapping("/api/v1")
class RoundWriteApiController {

	private final RoundEditService editor;

	private final WriteApi api;

	RoundWriteApiController(RoundEditService editor, WriteApi api) {
		this.editor = editor;
		this.api = api;
	}

	@PostMapping("/negotiations/{smaNumber:\\d{1,9}}/rounds")
	ResponseEntity<?> create(@PathVariable int smaNumber, @Valid @RequestBody RoundForm form) {
		var result = new BeanPropertyBindingResult(form, "roundForm");
		return api.created(editor.create(smaNumber, form, result), result,
				round -> "/negotiations/" + smaNumber + "#round-" + round.getId());
	}

	@PutMapping("/rounds/{id:\\d{1,18}}")
	ResponseEntity<?> update(@PathVariable long id, @Valid @RequestBody RoundForm form) {
		var result = new BeanPropertyBindingResult(form, "roundForm");
		return api.updated(editor.update(id, form, result), result,
				round -> "/negotiations/" + round.getNegotiation().getSmaNumber() + "#round-" + id);
	}

	@DeleteMapping("/rounds/{id:\\d{1,18}}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		editor.delete(id);
		return ResponseEntity.noContent().build();
	}

}
