package org.smatracker.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** /search?q=…, with optional facets party, sma and reliability. */
@Controller
class SearchController {

	static final String VIEW = "search";

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String party,
			@RequestParam(required = false) String sma, @RequestParam(required = false) String reliability,
			Model model) {
		String query = q.strip();
		model.addAttribute("searchQuery", query);
		if (query.length() > 100) {
			query = query.substring(0, 100);
		}
		if (query.length() < 2) {
			model.addAttribute("tooShort", !query.isEmpty());
			return VIEW;
		}
		Integer smaNumber = sma != null && sma.matches("\\d{1,3}") ? Integer.valueOf(sma) : null;
		String p = party != null && party.matches("ROK|US") ? party : null;
		String r = reliability != null && reliability.matches("OFFICIAL|REPORTED|ESTIMATE") ? reliability : null;
		model.addAttribute("result", search.search(query, p, smaNumber, r));
		model.addAttribute("party", p);
		model.addAttribute("sma", smaNumber);
		model.addAttribute("reliability", r);
		return VIEW;
	}

}
