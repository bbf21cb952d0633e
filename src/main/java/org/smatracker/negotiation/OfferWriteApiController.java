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

/** The position form for scripts: same rules, history and conflict checks as the pages. */
@RestController
@RequestMapping("/api/v1")
class OfferWriteApiController {

	private final OfferEditService editor;

	private final ApiErrors errors;

	OfferWriteApiController(OfferEditService editor, ApiErrors errors) {
		this.editor = editor;
		this.errors = errors;
	}

	record Saved(long id, long version, String page) {
	}

	@PostMapping("/negotiations/{smaNumber:\\d{1,9}}/positions")
	ResponseEntity<?> create(@PathVariable int smaNumber, @Valid @RequestBody OfferForm form) {
		var result = new BeanPropertyBindingResult(form, "positionForm");
		Offer offer = editor.create(smaNumber, form, result);
		if (offer == null) {
			return ResponseEntity.badRequest().body(errors.invalid(result));
		}
		String page = "/negotiations/" + smaNumber + "#positions";
		return ResponseEntity.created(URI.create(page)).body(new Saved(offer.getId(), offer.getVersion(), page));
	}

	@PutMapping("/positions/{id:\\d{1,18}}")
	ResponseEntity<?> update(@PathVariable long id, @Valid @RequestBody OfferForm form) {
		var result = new BeanPropertyBindingResult(form, "positionForm");
		Offer offer = editor.update(id, form, result);
		if (offer == null) {
			return ResponseEntity.badRequest().body(errors.invalid(result));
		}
		return ResponseEntity.ok(new Saved(offer.getId(), offer.getVersion(),
				"/negotiations/" + offer.getNegotiation().getSmaNumber() + "#positions"));
	}

	@DeleteMapping("/positions/{id:\\d{1,18}}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		editor.delete(id);
		return ResponseEntity.noContent().build();
	}

}
