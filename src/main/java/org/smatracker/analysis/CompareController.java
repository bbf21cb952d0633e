package org.smatracker.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.smatracker.model.RecordVersion;

@Controller
class CompareController {

	private static final String VIEW = "compare";

	private static final String VIEW_EMBED = "embed/contributions";

	private final CompareService compare;

	private final RecordVersion version;

	CompareController(CompareService compare, RecordVersion version) {
		this.compare = compare;
		this.version = version;
	}

	/** The home page's contribution chart alone, for an iframe on another site (the embed chain's policy). */
	@GetMapping("/embed/contributions")
	String embedHome(@RequestParam(required = false) String currency, Model model) {
		return embed(compare.contributionsUntil(LocalDate.now().getYear()), currency,
				ChartDownloadController.homePermalink(), model);
	}

	/** The compare page's contribution chart alone, in the currency asked for. */
	@GetMapping("/embed/compare/contributions")
	String embedCompare(@RequestParam(required = false) String currency,
			@RequestParam(name = "sma", required = false) List<String> sma, Model model) {
		return embed(compare.contributionsUntil(Integer.MAX_VALUE), currency,
				ChartDownloadController.comparePermalink(currency, sma), model);
	}

	private String embed(List<CompareService.ContributionYear> years, String currency, String permalink,
			Model model) {
		model.addAttribute("years", years);
		model.addAttribute("firstYear", years.isEmpty() ? "" : String.valueOf(years.get(0).year()));
		model.addAttribute("lastYear", years.isEmpty() ? "" : String.valueOf(years.get(years.size() - 1).year()));
		model.addAttribute("currency", ChartDownloadController.currencyOf(currency));
		model.addAttribute("permalink", permalink);
		model.addAttribute("datasetVersion", version.current());
		return VIEW_EMBED;
	}

	/** {@code /compare?sma=10&sma=11&sma=12}: any set of agreements; unreadable numbers are ignored. */
	@GetMapping("/compare")
	String compare(@RequestParam(name = "sma", required = false) List<String> sma,
			@RequestParam(required = false) String currency, HttpServletRequest request, Model model) {
		List<Integer> numbers = new ArrayList<>();
		if (sma != null) {
			for (String value : sma) {
				try {
					int n = Integer.parseInt(value.trim());
					if (n > 0 && !numbers.contains(n)) {
						numbers.add(n);
					}
				}
				catch (NumberFormatException ex) {
					// not a number: ignored, like an unticked box
				}
			}
		}
		model.addAttribute("comparison", compare.compare(numbers, request.getContextPath()));
		model.addAttribute("currency", ChartDownloadController.currencyOf(currency));
		return VIEW;
	}

}
