package org.smatracker.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Each record's change history: who changed what, when, with the values before and after. */
@Controller
class HistoryController {

	private final AuditService audit;

	HistoryController(AuditService audit) {
		this.audit = audit;
	}

	@GetMapping("/manage/history/{type:[a-z-]{1,30}}/{id:\\d{1,18}}")
	String history(@PathVariable String type, @PathVariable long id, Model model) {
		var changes = audit.history(type, id);
		model.addAttribute("type", type);
		model.addAttribute("id", id);
		model.addAttribute("changes", changes);
		return "history";
	}

}
