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

/** The position form for scripts: same rules, history and conflict checks as the pages. */
@RestController
@RequestMapping("/api/v1")
class OfferWriteApiController {

	private final OfferEditService editor;

	private final WriteApi api;

	OfferWriteApiController(OfferEditService editor, WriteApi api) {
		this.editor = editor;
		this.api = api;
	}

	@PostMapping("/negotiations/{smaNumber:\\d{1,9}}/positions")
	ResponseEntity<?> create(@PathVariable int smaNumber, @Valid @RequestBody OfferForm form) {
		var result = new BeanPropertyBindingResult(form, "positionForm");
		return api.created(editor.create(smaNumber, form, result), result,
				offer -> "/negotiations/" + smaNumber + "#positions");
	}

	@PutMapping("/positions/{id:\\d{1,18}}")
	ResponseEntity<?> update(@PathVariable long id, @Valid @RequestBody OfferForm form) {
		var result = new BeanPropertyBindingResult(form, "positionForm");
		return api.updated(editor.update(id, form, result), result,
				offer -> "/negotiations/" + offer.getNegotiation().getSmaNumber() + "#positions");
	}

	@DeleteMapping("/positions/{id:\\d{1,18}}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		editor.delete(id);
		return ResponseEntity.noContent().build();
	}

}
