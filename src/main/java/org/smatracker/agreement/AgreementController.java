package org.smatracker.agreement;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class AgreementController {

	private static final String VIEW_LIST = "agreements/list";

	private static final String VIEW_DETAIL = "agreements/detail";

	private final AgreementService agreements;

	private final AgreementRepository repository;

	AgreementController(AgreementService agreements, AgreementRepository repository) {
		this.agreements = agreements;
		this.repository = repository;
	}

	@GetMapping("/agreements")
	String list(Model model) {
		model.addAttribute("agreements", agreements.list());
		return VIEW_LIST;
	}

	@GetMapping("/agreements/{smaNumber:\\d{1,9}}")
	String detail(@PathVariable int smaNumber, Model model) {
		model.addAttribute("detail", agreements.detail(smaNumber));
		model.addAttribute("hasNegotiation", repository.hasNegotiation(smaNumber));
		return VIEW_DETAIL;
	}

}
