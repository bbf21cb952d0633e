package org.smatracker.agreement;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class AgreementController {

	private static final String VIEW_LIST = "agreements/list";

	private static final String VIEW_DETAIL = "agreements/detail";

	private final AgreementService agreements;

	AgreementController(AgreementService agreements) {
		this.agreements = agreements;
	}

	@GetMapping("/agreements")
	String list(Model model) {
		model.addAttribute("page", agreements.listPage());
		return VIEW_LIST;
	}

	@GetMapping("/agreements/{smaNumber:\\d{1,9}}")
	String detail(@PathVariable int smaNumber, Model model, HttpServletRequest request) {
		model.addAttribute("page", agreements.page(smaNumber, request.isUserInRole("ANALYST")));
		return VIEW_DETAIL;
	}

}
