package org.smatracker.negotiation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The list of negotiations; one negotiation's page is {@code analysis.NegotiationPageController}. */
@Controller
class NegotiationController {

	private static final String VIEW_LIST = "negotiations/list";

	private final NegotiationService negotiations;

	NegotiationController(NegotiationService negotiations) {
		this.negotiations = negotiations;
	}

	@GetMapping("/negotiations")
	String list(Model model) {
		model.addAttribute("negotiations", negotiations.list());
		return VIEW_LIST;
	}

}
