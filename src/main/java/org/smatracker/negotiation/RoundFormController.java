package org.smatracker.negotiation;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.smatracker.edit.Edited;
import org.smatracker.edit.Flash;
import org.smatracker.edit.FormEdits;
import org.smatracker.edit.TrimmedText;
import org.smatracker.model.StaleEditException;

/** Analysts add, edit and delete rounds. POST → redirect → GET; a form with errors keeps the input. */
@Controller
@TrimmedText
class RoundFormController {

	private static final String VIEW_FORM = "rounds/form";

	private final RoundEditService editor;

	private final Flash flash;

	RoundFormController(RoundEditService editor, Flash flash) {
		this.editor = editor;
		this.flash = flash;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("choices", editor.choices());
		model.addAttribute("kinds", RoundKind.values());
		model.addAttribute("outcomes", RoundOutcome.values());
		OfferChoices.addTo(model);
	}

	@GetMapping("/manage/negotiations/{smaNumber:\\d{1,9}}/rounds/new")
	String newRound(@PathVariable int smaNumber, Model model) {
		model.addAttribute("negotiation", editor.negotiation(smaNumber));
		model.addAttribute("roundForm", RoundForm.blank());
		return VIEW_FORM;
	}

	@PostMapping("/manage/negotiations/{smaNumber:\\d{1,9}}/rounds")
	String create(@PathVariable int smaNumber, @Valid @ModelAttribute("roundForm") RoundForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Edited<Round> round = editor.create(smaNumber, form, result);
		if (round.isInvalid()) {
			model.addAttribute("negotiation", editor.negotiation(smaNumber));
			form.fillPositionRows();
			return VIEW_FORM;
		}
		return flash.redirect("/negotiations/" + smaNumber + "#round-" + round.record().getId(), redirect, "round.saved");
	}

	@GetMapping("/manage/rounds/{id:\\d{1,18}}/edit")
	String edit(@PathVariable long id, Model model) {
		Round round = editor.round(id);
		model.addAttribute("round", round);
		model.addAttribute("negotiation", round.getNegotiation());
		model.addAttribute("roundForm", RoundForm.of(round));
		return VIEW_FORM;
	}

	@PostMapping("/manage/rounds/{id:\\d{1,18}}")
	String update(@PathVariable long id, @Valid @ModelAttribute("roundForm") RoundForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Edited<Round> saved = FormEdits.update(() -> editor.update(id, form, result), () -> editor.round(id),
				form::setVersion, model);
		if (saved.isInvalid()) {
			Round round = editor.round(id);
			model.addAttribute("round", round);
			model.addAttribute("negotiation", round.getNegotiation());
			return VIEW_FORM;
		}
		return flash.redirect("/negotiations/" + saved.record().getNegotiation().getSmaNumber() + "#round-" + id, redirect, "round.saved");
	}

	/** Asks first, and says which positions go with the round. */
	@GetMapping("/manage/rounds/{id:\\d{1,18}}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		Round round = editor.round(id);
		model.addAttribute("round", round);
		model.addAttribute("alsoDeleted", editor.positionsAt(id));
		model.addAttribute("action", "/manage/rounds/" + id + "/delete");
		model.addAttribute("cancel", "/negotiations/" + round.getNegotiation().getSmaNumber() + "#round-" + id);
		return "confirm-delete";
	}

	@PostMapping("/manage/rounds/{id:\\d{1,18}}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		Round round = editor.delete(id);
		return flash.redirect("/negotiations/" + round.getNegotiation().getSmaNumber(), redirect, "round.deleted");
	}

}
