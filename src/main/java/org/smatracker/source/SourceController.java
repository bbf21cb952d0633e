package org.smatracker.source;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.smatracker.edit.Edited;
import org.smatracker.edit.Flash;
import org.smatracker.edit.FormEdits;

/** The citations behind every figure: browsable by anyone, added and corrected by analysts. */

@Controller
class SourceController {

	private final SourceService sources;

	private final Flash flash;

	SourceController(SourceService sources, Flash flash) {
		this.sources = sources;
		this.flash = flash;
	}

	@InitBinder("sourceForm")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping("/sources")
	String list(@RequestParam(defaultValue = "1") String page, Model model) {
		int number;
		try {
			number = Math.max(1, Integer.parseInt(page));
		}
		catch (NumberFormatException ex) {
			number = 1;
		}
		model.addAttribute("page", sources.listPage(number - 1));
		return "sources/list";
	}

	@GetMapping("/sources/{id:\\d{1,18}}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("page", sources.page(id));
		return "sources/detail";
	}

	@GetMapping("/manage/sources/new")
	String newSource(Model model) {
		model.addAttribute("sourceForm", new SourceForm());
		return "sources/form";
	}

	@PostMapping("/manage/sources")
	String create(@Valid @ModelAttribute("sourceForm") SourceForm form, BindingResult result,
			RedirectAttributes redirect) {
		Edited<Source> s = sources.create(form, result);
		if (s.isInvalid()) {
			return "sources/form";
		}
		return flash.redirect("/sources/" + s.record().getId(), redirect, "source.saved");
	}

	@GetMapping("/manage/sources/{id:\\d{1,18}}/edit")
	String edit(@PathVariable long id, Model model) {
		Source s = sources.source(id);
		model.addAttribute("source", s);
		model.addAttribute("sourceForm", SourceForm.of(s));
		return "sources/form";
	}

	@PostMapping("/manage/sources/{id:\\d{1,18}}")
	String update(@PathVariable long id, @Valid @ModelAttribute("sourceForm") SourceForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Edited<Source> saved = FormEdits.update(() -> sources.update(id, form, result), () -> sources.source(id),
				form::setVersion, model);
		if (saved.isInvalid()) {
			model.addAttribute("source", sources.source(id));
			return "sources/form";
		}
		return flash.redirect("/sources/" + id, redirect, "source.saved");
	}

	@PostMapping("/manage/sources/{id:\\d{1,18}}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		sources.delete(id);
		return flash.redirect("/sources", redirect, "source.deleted");
	}

}
