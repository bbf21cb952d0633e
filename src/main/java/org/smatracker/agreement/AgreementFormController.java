package org.smatracker.agreement;

import jakarta.validation.Valid;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
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
import org.smatracker.edit.Flash;
import org.smatracker.edit.FormEdits;
import org.smatracker.money.Currency;

/** Analysts record a new agreement, correct one's terms and yearly amounts, or delete a mistaken one. */
@Controller
class AgreementFormController {

	private static final String VIEW_FORM = "agreements/form";

	private final AgreementEditService editor;

	private final Flash flash;

	AgreementFormController(AgreementEditService editor, Flash flash) {
		this.editor = editor;
		this.flash = flash;
	}

	@InitBinder("agreementForm")
	void initBinder(WebDataBinder binder) {
		// Twenty year rows at most: a forged index like years[100000] must not allocate a huge list.
		binder.setAutoGrowCollectionLimit(20);
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("rules", EscalationRule.values());
		model.addAttribute("currencies", Currency.values());
		model.addAttribute("bases", YearBasis.values());
	}

	@GetMapping("/manage/agreements/new")
	String newAgreement(Model model) {
		AgreementForm form = new AgreementForm();
		form.setStatus(AgreementStatus.NEGOTIATING);
		form.setEscalationRule(EscalationRule.NONE);
		model.addAttribute("agreementForm", form);
		return form(model, form, null);
	}

	@PostMapping("/manage/agreements")
	String create(@Valid @ModelAttribute("agreementForm") AgreementForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Edited<Agreement> a = editor.create(form, result);
		if (a.isInvalid()) {
			return form(model, form, null);
		}
		return flash.redirect("/agreements/" + a.record().getSmaNumber(), redirect, "agreement.saved");
	}

	@GetMapping("/manage/agreements/{smaNumber:\\d{1,9}}/edit")
	String edit(@PathVariable int smaNumber, Model model) {
		Agreement a = editor.agreement(smaNumber);
		AgreementForm form = AgreementForm.of(a);
		model.addAttribute("agreementForm", form);
		return form(model, form, a);
	}

	@PostMapping("/manage/agreements/{smaNumber:\\d{1,9}}")
	String update(@PathVariable int smaNumber, @Valid @ModelAttribute("agreementForm") AgreementForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Edited<Agreement> saved = FormEdits.update(() -> editor.update(smaNumber, form, result),
				() -> editor.agreement(smaNumber), form::setVersion, model);
		if (saved.isInvalid()) {
			return form(model, form, editor.agreement(smaNumber));
		}
		return flash.redirect("/agreements/" + smaNumber, redirect, "agreement.saved");
	}

	@PostMapping("/manage/agreements/{smaNumber:\\d{1,9}}/delete")
	String delete(@PathVariable int smaNumber, RedirectAttributes redirect) {
		editor.delete(smaNumber);
		return flash.redirect("/agreements", redirect, "agreement.deleted");
	}

	private String form(Model model, AgreementForm form, Agreement agreement) {
		form.addSpareYearRows();
		model.addAttribute("agreement", agreement);
		model.addAttribute("sourceChoices", editor.sourceChoices());
		return VIEW_FORM;
	}

}
