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


@Controller
class NegotiationFormController {

	private static final String VIEW_FORM = "negotiations/form";

	private final NegotiationEditService editor;

	private final NegotiationService negotiations;

	private final Flash flash;

	NegotiationFormController(NegotiationEditService editor, NegotiationService negotiations,
			Flash flash) {
		this.editor = editor;
		this.negotiations = negotiations;
		this.flash = flash;
	}

	@GetMapping("/manage/negotiations/new")
	String newNegotiation(Model model) {
		model.addAttribute("negotiationForm", new NegotiationForm());
		return VIEW_FORM;
	}

	@PostMapping("/manage/negotiations")
	String create(@Valid @ModelAttribute("negotiationForm") NegotiationForm form, BindingResult result,
			RedirectAttributes redirect) {
		Edited<Negotiation> n = editor.create(form, result);
		if (n.isInvalid()) {
			return VIEW_FORM;
		}
		return flash.redirect("/negotiations/" + n.record().getSmaNumber(), redirect, "negotiation.saved");
	}

	@GetMapping("/manage/negotiations/{smaNumber:\\d{1,9}}/edit")
	String edit(@PathVariable int smaNumber, Model model) {
		Negotiation n = negotiations.load(smaNumber).negotiation();
		model.addAttribute("negotiation", n);
		model.addAttribute("negotiationForm", NegotiationForm.of(n));
		return VIEW_FORM;
	}

	@PostMapping("/manage/negotiations/{smaNumber:\\d{1,9}}")
	String update(@PathVariable int smaNumber, @Valid @ModelAttribute("negotiationForm") NegotiationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Edited<Negotiation> saved = FormEdits.update(() -> editor.update(smaNumber, form, result),
				() -> negotiations.load(smaNumber).negotiation(), form::setVersion, model);
		if (saved.isInvalid()) {
			model.addAttribute("negotiation", negotiations.load(smaNumber).negotiation());
			return VIEW_FORM;
		}
		return flash.redirect("/negotiations/" + smaNumber, redirect, "negotiation.saved");
	}

	@PostMapping("/manage/negotiations/{smaNumber:\\d{1,9}}/delete")
	String delete(@PathVariable int smaNumber, RedirectAttributes redirect) {
		editor.delete(smaNumber);
		return flash.redirect("/negotiations", redirect, "negotiation.deleted");
	}

}
