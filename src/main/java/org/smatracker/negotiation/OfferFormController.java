package org.smatracker.negotiation;

import jakarta.validation.Valid;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.smatracker.edit.Edited;
import org.smatracker.edit.FormEdits;

/** Analysts add, correct and delete single positions. */
@Controller
class OfferFormController {

	private static final String VIEW_FORM = "positions/form";

	private final OfferEditService editor;

	private final MessageSource messages;

	OfferFormController(OfferEditService editor, MessageSource messages) {
		this.editor = editor;
		this.messages = messages;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@ModelAttribute
	void choices(Model model) {
		OfferChoices.addTo(model);
		model.addAttribute("sources", editor.sources());
	}

	private void negotiationModel(int smaNumber, Model model) {
		model.addAttribute("negotiation", editor.negotiation(smaNumber));
		model.addAttribute("rounds", editor.rounds(smaNumber));
	}

	@GetMapping("/manage/negotiations/{smaNumber:\\d{1,9}}/positions/new")
	String newPosition(@PathVariable int smaNumber, Model model) {
		negotiationModel(smaNumber, model);
		model.addAttribute("positionForm", new OfferForm());
		return VIEW_FORM;
	}

	@PostMapping("/manage/negotiations/{smaNumber:\\d{1,9}}/positions")
	String create(@PathVariable int smaNumber, @Valid @ModelAttribute("positionForm") OfferForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Edited<Offer> offer = editor.create(smaNumber, form, result);
		if (offer.isInvalid()) {
			negotiationModel(smaNumber, model);
			return VIEW_FORM;
		}
		redirect.addFlashAttribute("flash", message("offer.saved"));
		return "redirect:/negotiations/" + smaNumber + "#positions";
	}

	@GetMapping("/manage/positions/{id:\\d{1,18}}/edit")
	String edit(@PathVariable long id, Model model) {
		Offer offer = editor.offer(id);
		model.addAttribute("offer", offer);
		negotiationModel(offer.getNegotiation().getSmaNumber(), model);
		model.addAttribute("positionForm", OfferForm.of(offer));
		return VIEW_FORM;
	}

	@PostMapping("/manage/positions/{id:\\d{1,18}}")
	String update(@PathVariable long id, @Valid @ModelAttribute("positionForm") OfferForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Edited<Offer> saved = FormEdits.update(() -> editor.update(id, form, result), () -> editor.offer(id),
				form::setVersion, model);
		if (saved.isInvalid()) {
			Offer offer = editor.offer(id);
			model.addAttribute("offer", offer);
			negotiationModel(offer.getNegotiation().getSmaNumber(), model);
			return VIEW_FORM;
		}
		redirect.addFlashAttribute("flash", message("offer.saved"));
		return "redirect:/negotiations/" + saved.record().getNegotiation().getSmaNumber() + "#positions";
	}

	@PostMapping("/manage/positions/{id:\\d{1,18}}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		Offer offer = editor.delete(id);
		redirect.addFlashAttribute("flash", message("offer.deleted"));
		return "redirect:/negotiations/" + offer.getNegotiation().getSmaNumber() + "#positions";
	}

	private String message(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
