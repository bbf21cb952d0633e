package org.smatracker.timeline;

import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.smatracker.analysis.CompareService;
import org.smatracker.model.Party;
import org.smatracker.agreement.TermService;

@Controller
class TimelineController {

	private static final String VIEW = "timeline";

	private final TimelineService timeline;

	private final CompareService compare;

	private final TermService terms;

	TimelineController(TimelineService timeline, CompareService compare, TermService terms) {
		this.timeline = timeline;
		this.compare = compare;
		this.terms = terms;
	}

	@GetMapping("/")
	String timeline(@RequestParam(required = false) String sma, @RequestParam(required = false) String party,
			@RequestParam(required = false) String order, @RequestParam(required = false) String page, Model model) {
		TimelineFilter filter = TimelineFilter.parse(sma, party, order);
		TimelineService.TimelinePage shown = timeline.timeline(filter, TimelineFilter.parsePage(page));
		model.addAttribute("filter", filter);
		model.addAttribute("page", shown);
		model.addAttribute("years", shown.years());
		model.addAttribute("smaNumbers", shown.smaNumbers());
		model.addAttribute("parties", Party.values());
		model.addAttribute("contributions", compare.contributionsUntil(LocalDate.now().getYear()));
		model.addAttribute("standing", terms.standing().orElse(null));
		return VIEW;
	}

}
