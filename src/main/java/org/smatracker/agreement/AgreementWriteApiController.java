package org.smatracker.agreement;

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
 * The agreement form for scripts (HTTP Basic, role ANALYST): the same rules, history and conflict checks as the
 * pages. Errors are problem details: 400 with the fields, 404, 409 on a stale version or a delete of
 * a record others still cite.
 */
@RestController
@RequestMapping("/api/v1")
class AgreementWriteApiController {

	private final AgreementEditService editor;

	private final WriteApi api;

	AgreementWriteApiController(AgreementEditService editor, WriteApi api) {
		this.editor = editor;
		this.api = api;
	}

	@PostMapping("/agreements")
	ResponseEntity<?> create(@Valid @RequestBody AgreementForm form) {
		var result = new BeanPropertyBindingResult(form, "agreementForm");
		return api.created(editor.create(form, result), result, saved -> "/agreements/" + saved.getSmaNumber());
	}

	@PutMapping("/agreements/{smaNumber:\\d{1,9}}")
	ResponseEntity<?> update(@PathVariable int smaNumber, @Valid @RequestBody AgreementForm form) {
		var result = new BeanPropertyBindingResult(form, "agreementForm");
		return api.updated(editor.update(smaNumber, form, result), result,
				saved -> "/agreements/" + saved.getSmaNumber());
	}

	@DeleteMapping("/agreements/{smaNumber:\\d{1,9}}")
	ResponseEntity<Void> delete(@PathVariable int smaNumber) {
		editor.delete(smaNumber);
		return ResponseEntity.noContent().build();
	}

}
