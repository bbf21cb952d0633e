package org.smatracker.negotiation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class NegotiationController {

	private static final String VIEW_LIST = "negotiations/list";

	private static final String VIEW_DETAIL = "negotiations/detail";

	private final NegotiationService negotiations;

	NegotiationController(NegotiationService negotiations) {
		this.negotiations = negotiations;
	}

	@GetMapping("/negotiations")
	String list(Model model) {
		model.addAttribute("negotiations", negotiations.list());
		return VIEW_LIST;
	}

	@GetMapping("/negotiations/{smaNumber:\\d{1,9}}")
	String detail(@PathVariable int smaNumber, Model model) {
		model.addAttribute("record", negotiations.load(smaNumber));
		return VIEW_DETAIL;
	}

}
