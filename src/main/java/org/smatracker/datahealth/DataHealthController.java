package org.smatracker.datahealth;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The checker's findings over the live record, for analysts (under /manage, so signed in only). */
@Controller
class DataHealthController {

	static final String VIEW = "data-health";

	private final DataHealthService health;

	DataHealthController(DataHealthService health) {
		this.health = health;
	}

	@GetMapping("/manage/data-health")
	String show(Model model) {
		List<Finding> findings = health.findings();
		model.addAttribute("findings", findings);
		model.addAttribute("errors", findings.stream().filter(f -> f.severity() == Severity.ERROR).count());
		model.addAttribute("warnings", findings.stream().filter(f -> f.severity() == Severity.WARNING).count());
		model.addAttribute("notes", findings.stream().filter(f -> f.severity() == Severity.INFO).count());
		return VIEW;
	}

}
