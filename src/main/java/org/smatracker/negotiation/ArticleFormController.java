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

import org.smatracker.edit.Flash;
import org.smatracker.edit.TrimmedText;


/** "Record from an article": a news article and the position it reports, on one form. */
@Controller
@TrimmedText
class ArticleFormController {

	private static final String VIEW_FORM = "positions/article";

	private final ArticleService articles;

	private final OfferEditService offers;

	private final Flash flash;

	ArticleFormController(ArticleService articles, OfferEditService offers, Flash flash) {
		this.articles = articles;
		this.offers = offers;
		this.flash = flash;
	}

	@ModelAttribute
	void choices(Model model) {
		OfferChoices.addTo(model);
	}

	@GetMapping("/manage/negotiations/{smaNumber:\\d{1,9}}/articles/new")
	String newArticle(@PathVariable int smaNumber, Model model) {
		OfferChoices.addNegotiation(model, offers, smaNumber);
		ArticleForm form = new ArticleForm();
		// The meeting most articles report: the latest one of these talks.
		var rounds = offers.rounds(smaNumber);
		if (!rounds.isEmpty()) {
			form.getPosition().setRoundId(rounds.get(rounds.size() - 1).getId());
		}
		model.addAttribute("articleForm", form);
		return VIEW_FORM;
	}

	@PostMapping("/manage/negotiations/{smaNumber:\\d{1,9}}/articles")
	String create(@PathVariable int smaNumber, @Valid @ModelAttribute("articleForm") ArticleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (articles.record(smaNumber, form, result).isInvalid()) {
			OfferChoices.addNegotiation(model, offers, smaNumber);
			return VIEW_FORM;
		}
		return flash.redirect("/negotiations/" + smaNumber + "#positions", redirect, "article.saved");
	}

}
