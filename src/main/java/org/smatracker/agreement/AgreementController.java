package org.smatracker.agreement;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.smatracker.datahealth.DataHealthService;

@Controller
class AgreementController {

	private static final String VIEW_LIST = "agreements/list";

	private static final String VIEW_DETAIL = "agreements/detail";

	private final AgreementService agreements;

	private final AgreementRepository repository;

	private final TermService terms;

	private final DataHealthService health;

	AgreementController(AgreementService agreements, AgreementRepository repository, TermService terms,
			DataHealthService health) {
		this.agreements = agreements;
		this.repository = repository;
		this.terms = terms;
		this.health = health;
	}

	@GetMapping("/agreements")
	String list(Model model) {
		model.addAttribute("agreements", agreements.list());
		return VIEW_LIST;
	}

	@GetMapping("/agreements/{smaNumber:\\d{1,9}}")
	String detail(@PathVariable int smaNumber, Model model, HttpServletRequest request) {
		model.addAttribute("detail", agreements.detail(smaNumber));
		model.addAttribute("hasNegotiation", repository.hasNegotiation(smaNumber));
		model.addAttribute("statements", terms.statements(smaNumber));
		// Analysts see what the consistency checker finds here, e.g. right after saving the form.
		if (request.isUserInRole("ANALYST")) {
			model.addAttribute("healthFindings", health.findingsOn("/agreements/" + smaNumber));
		}
		return VIEW_DETAIL;
	}

}
