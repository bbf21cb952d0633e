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
import org.smatracker.model.Party;


@Controller
@TrimmedText
class NegotiatorFormController {

	private static final String VIEW_FORM = "negotiators/form";

	private final NegotiatorEditService editor;

	private final Flash flash;

	NegotiatorFormController(NegotiatorEditService editor, Flash flash) {
		this.editor = editor;
		this.flash = flash;
	}

	@ModelAttribute("parties")
	Party[] parties() {
		return Party.values();
	}

	@GetMapping("/manage/negotiators/new")
	String newNegotiator(Model model) {
		model.addAttribute("negotiatorForm", new NegotiatorForm());
		return VIEW_FORM;
	}

	@PostMapping("/manage/negotiators")
	String create(@Valid @ModelAttribute("negotiatorForm") NegotiatorForm form, BindingResult result,
			RedirectAttributes redirect) {
		Edited<Negotiator> n = editor.create(form, result);
		if (n.isInvalid()) {
			return VIEW_FORM;
		}
		return flash.redirect("/negotiators/" + n.record().getId(), redirect, "negotiator.saved");
	}

	@GetMapping("/manage/negotiators/{id:\\d{1,18}}/edit")
	String edit(@PathVariable long id, Model model) {
		Negotiator n = editor.negotiator(id);
		model.addAttribute("negotiator", n);
		model.addAttribute("negotiatorForm", NegotiatorForm.of(n));
		return VIEW_FORM;
	}

	@PostMapping("/manage/negotiators/{id:\\d{1,18}}")
	String update(@PathVariable long id, @Valid @ModelAttribute("negotiatorForm") NegotiatorForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Edited<Negotiator> saved = FormEdits.update(() -> editor.update(id, form, result),
				() -> editor.negotiator(id), form::setVersion, model);
		if (saved.isInvalid()) {
			model.addAttribute("negotiator", editor.negotiator(id));
			return VIEW_FORM;
		}
		return flash.redirect("/negotiators/" + id, redirect, "negotiator.saved");
	}

	@PostMapping("/manage/negotiators/{id:\\d{1,18}}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		editor.delete(id);
		return flash.redirect("/negotiators", redirect, "negotiator.deleted");
	}

}
