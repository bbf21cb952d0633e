package org.smatracker.timeline;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class TimelineController {

	private final TimelineService timeline;

	TimelineController(TimelineService timeline) {
		this.timeline = timeline;
	}

	@GetMapping("/")
	String timeline(@RequestParam(required = false) String sma, @RequestParam(required = false) String party,
			@RequestParam(required = false) String order, @RequestParam(required = false) String page, Model model) {
		model.addAttribute("page", timeline.page(TimelineFilter.parse(sma, party, order), TimelineFilter.parsePage(page)));
		return "timeline";
	}

}
