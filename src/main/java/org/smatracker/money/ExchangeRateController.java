package org.smatracker.money;

import java.util.List;

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
import org.smatracker.source.Source;

/** The table of yearly rates, and the forms that maintain it. */
@Controller
class ExchangeRateController {

	private static final String VIEW_LIST = "exchange-rates/list";

	private static final String VIEW_FORM = "exchange-rates/form";

	private final ExchangeRateService rates;

	private final ExchangeRateEditService editor;

	private final Flash flash;

	ExchangeRateController(ExchangeRateService rates, ExchangeRateEditService editor, Flash flash) {
		this.rates = rates;
		this.editor = editor;
		this.flash = flash;
	}

	@GetMapping("/exchange-rates")
	String list(Model model) {
		model.addAttribute("page", rates.page());
		return VIEW_LIST;
	}

	@GetMapping("/manage/exchange-rates/new")
	String newRate(Model model) {
		model.addAttribute("exchangeRateForm", new ExchangeRateForm());
		return form(model, null);
	}

	@PostMapping("/manage/exchange-rates")
	String create(@Valid @ModelAttribute("exchangeRateForm") ExchangeRateForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Edited<ExchangeRate> rate = editor.create(form, result);
		if (rate.isInvalid()) {
			return form(model, null);
		}
		return flash.redirect("/exchange-rates", redirect, "exchangeRate.saved");
	}

	@GetMapping("/manage/exchange-rates/{id:\\d{1,18}}/edit")
	String edit(@PathVariable long id, Model model) {
		ExchangeRate rate = editor.rate(id);
		model.addAttribute("exchangeRateForm", ExchangeRateForm.of(rate));
		return form(model, rate);
	}

	@PostMapping("/manage/exchange-rates/{id:\\d{1,18}}")
	String update(@PathVariable long id, @Valid @ModelAttribute("exchangeRateForm") ExchangeRateForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Edited<ExchangeRate> saved = FormEdits.update(() -> editor.update(id, form, result), () -> editor.rate(id),
				form::setVersion, model);
		if (saved.isInvalid()) {
			return form(model, editor.rate(id));
		}
		return flash.redirect("/exchange-rates", redirect, "exchangeRate.saved");
	}

	@PostMapping("/manage/exchange-rates/{id:\\d{1,18}}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		editor.delete(id);
		return flash.redirect("/exchange-rates", redirect, "exchangeRate.deleted");
	}

	private String form(Model model, ExchangeRate rate) {
		List<Source> choices = editor.sourceChoices();
		model.addAttribute("rate", rate);
		model.addAttribute("sourceChoices", choices);
		return VIEW_FORM;
	}

}
