package org.smatracker.negotiation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class NegotiatorController {

	private static final String VIEW_LIST = "negotiators/list";

	private static final String VIEW_DETAIL = "negotiators/detail";

	private final NegotiatorService negotiators;

	NegotiatorController(NegotiatorService negotiators) {
		this.negotiators = negotiators;
	}

	@GetMapping("/negotiators")
	String list(Model model) {
		model.addAttribute("page", negotiators.listPage());
		return VIEW_LIST;
	}

	@GetMapping("/negotiators/{id:\\d{1,18}}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("page", negotiators.page(id));
		return VIEW_DETAIL;
	}

}
