package org.smatracker.agreement;

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
 * The agreement form for scripts (HTTP Basic, role ANALYST): the same rules, history and conflict checks as the
 * pages. Errors are problem details: 400 with the fields, 404, 409 on a stale version or a delete of
 * a record others still cite.
 */
@RestController
@RequestMapping("/api/v1")
class AgreementWriteApiController {

	private final AgreementEditService editor;

	private final ApiErrors errors;

	AgreementWriteApiController(AgreementEditService editor, ApiErrors errors) {
		this.editor = editor;
		this.errors = errors;
	}

	record Saved(long id, long version, String page) {
	}

	@PostMapping("/agreements")
	ResponseEntity<?> create(@Valid @RequestBody AgreementForm form) {
		var result = new BeanPropertyBindingResult(form, "agreementForm");
		Agreement saved = editor.create(form, result);
		if (saved == null) {
			return ResponseEntity.badRequest().body(errors.invalid(result));
		}
		String page = "/agreements/" + saved.getSmaNumber();
		return ResponseEntity.created(URI.create(page)).body(new Saved(saved.getId(), saved.getVersion(), page));
	}

	@PutMapping("/agreements/{smaNumber:\\d{1,9}}")
	ResponseEntity<?> update(@PathVariable int smaNumber, @Valid @RequestBody AgreementForm form) {
		var result = new BeanPropertyBindingResult(form, "agreementForm");
		Agreement saved = editor.update(smaNumber, form, result);
		if (saved == null) {
			return ResponseEntity.badRequest().body(errors.invalid(result));
		}
		return ResponseEntity.ok(new Saved(saved.getId(), saved.getVersion(), "/agreements/" + saved.getSmaNumber()));
	}

	@DeleteMapping("/agreements/{smaNumber:\\d{1,9}}")
	ResponseEntity<Void> delete(@PathVariable int smaNumber) {
		editor.delete(smaNumber);
		return ResponseEntity.noContent().build();
	}

}
