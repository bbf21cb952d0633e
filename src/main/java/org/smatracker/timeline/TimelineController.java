package org.smatracker.timeline;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.smatracker.model.Party;

@Controller
class TimelineController {

	private static final String VIEW = "timeline";

	private final TimelineService timeline;

	TimelineController(TimelineService timeline) {
		this.timeline = timeline;
	}

	@GetMapping("/")
	String timeline(@RequestParam(required = false) String sma, @RequestParam(required = false) String party,
			@RequestParam(required = false) String order, Model model) {
		TimelineFilter filter = TimelineFilter.parse(sma, party, order);
		model.addAttribute("filter", filter);
		model.addAttribute("years", timeline.timeline(filter));
		model.addAttribute("smaNumbers", timeline.smaNumbers());
		model.addAttribute("parties", Party.values());
		return VIEW;
	}

}
