package org.smatracker.audit;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Each record's change history: who changed what, when, with the values before and after. */
@Controller
class HistoryController {

	private final AuditService audit;

	private final RecordLinks links;

	HistoryController(AuditService audit, RecordLinks links) {
		this.audit = audit;
		this.links = links;
	}

	@GetMapping("/manage/history/{type:[a-z-]{1,30}}/{id:\\d{1,18}}")
	String history(@PathVariable String type, @PathVariable long id, Model model) {
		var changes = audit.history(type, id);
		model.addAttribute("type", type);
		model.addAttribute("id", id);
		model.addAttribute("changes", changes);
		model.addAttribute("labels", links.labels(type));
		model.addAttribute("recordPage", links.page(type, id));
		// The record as it last stood (after the newest change, or before it if that was a delete).
		Map<String, String> latest = new HashMap<>();
		if (!changes.isEmpty()) {
			changes.get(0).fields().forEach(f -> latest.put(f.field(), f.after() != null ? f.after() : f.before()));
		}
		model.addAttribute("latest", latest);
		return "history";
	}

}
