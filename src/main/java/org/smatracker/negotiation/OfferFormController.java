package org.smatracker.negotiation;

import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.smatracker.edit.Edited;
import org.smatracker.edit.Flash;
import org.smatracker.edit.FormEdits;
import org.smatracker.edit.TrimmedText;
import org.smatracker.model.StaleEditException;
import org.smatracker.model.StatedAs;
import org.smatracker.money.Currency;

/** Analysts add, correct and delete single positions. */
@Controller
@TrimmedText
class OfferFormController {

	private static final String VIEW_FORM = "positions/form";

	private final OfferEditService editor;

	private final Flash flash;

	private final TalkFormats talk;

	OfferFormController(OfferEditService editor, Flash flash, TalkFormats talk) {
		this.editor = editor;
		this.flash = flash;
		this.talk = talk;
	}

	@ModelAttribute
	void choices(Model model) {
		OfferChoices.addTo(model);
		model.addAttribute("sources", editor.sources());
	}

	@GetMapping("/manage/negotiations/{smaNumber:\\d{1,9}}/positions/new")
	String newPosition(@PathVariable int smaNumber, Model model) {
		OfferChoices.addNegotiation(model, editor, smaNumber);
		model.addAttribute("positionForm", new OfferForm());
		return VIEW_FORM;
	}

	@PostMapping("/manage/negotiations/{smaNumber:\\d{1,9}}/positions")
	String create(@PathVariable int smaNumber, @Valid @ModelAttribute("positionForm") OfferForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Edited<Offer> offer = editor.create(smaNumber, form, result);
		if (offer.isInvalid()) {
			OfferChoices.addNegotiation(model, editor, smaNumber);
			return VIEW_FORM;
		}
		return flash.redirect("/negotiations/" + smaNumber + "#positions", redirect, "offer.saved");
	}

	@GetMapping("/manage/positions/{id:\\d{1,18}}/edit")
	String edit(@PathVariable long id, Model model) {
		Offer offer = editor.offer(id);
		model.addAttribute("offer", offer);
		OfferChoices.addNegotiation(model, editor, offer.getNegotiation().getSmaNumber());
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
			OfferChoices.addNegotiation(model, editor, offer.getNegotiation().getSmaNumber());
			return VIEW_FORM;
		}
		return flash.redirect("/negotiations/" + saved.record().getNegotiation().getSmaNumber() + "#positions", redirect, "offer.saved");
	}

	@GetMapping("/manage/positions/{id:\\d{1,18}}/delete")
	String confirmDelete(@PathVariable long id, Model model) {
		Offer offer = editor.offer(id);
		model.addAttribute("offer", offer);
		model.addAttribute("alsoDeleted", java.util.List.of());
		model.addAttribute("action", "/manage/positions/" + id + "/delete");
		model.addAttribute("cancel", "/negotiations/" + offer.getNegotiation().getSmaNumber() + "#positions");
		return "confirm-delete";
	}

	@PostMapping("/manage/positions/{id:\\d{1,18}}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		Offer offer = editor.delete(id);
		return flash.redirect("/negotiations/" + offer.getNegotiation().getSmaNumber() + "#positions", redirect, "offer.deleted");
	}

	/**
	 * What the amount field will be saved as, for the preview beside it ("= ₩1,600,000,000,000"):
	 * the same rules as saving, so the preview never promises what the save refuses.
	 */
	@GetMapping(value = "/manage/amount", produces = "application/json")
	@ResponseBody
	Map<String, String> amountPreview(@RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) StatedAs form, @RequestParam(required = false) Currency currency) {
		OfferForm probe = new OfferForm();
		probe.setAmount(text.length() > 200 ? text.substring(0, 200) : text);
		probe.setForm(form);
		probe.setCurrency(currency);
		var amountError = OfferRules.check(probe, false)
			.stream()
			.filter(v -> v.field().equals("amount"))
			.findFirst();
		if (text.isBlank()) {
			return Map.of();
		}
		if (amountError.isPresent()) {
			return Map.of("error", flash.message(amountError.get().code()));
		}
		return Map.of("value", "= " + talk.statedPreview(probe));
	}

}
