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
		SearchService.SearchPage page = search.page(q, party, sma, reliability);
		model.addAttribute("page", page);
		model.addAttribute("searchQuery", page.searchQuery()); // the layout's search box shows it
		return VIEW;
	}

}
