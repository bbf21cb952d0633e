package org.smatracker.analysis;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CompareController {

	private static final String VIEW = "compare";

	private final CompareService compare;

	CompareController(CompareService compare) {
		this.compare = compare;
	}

	/** {@code /compare?sma=10&sma=11&sma=12}: any set of agreements; unreadable numbers are ignored. */
	@GetMapping("/compare")
	String compare(@RequestParam(name = "sma", required = false) List<String> sma, Model model) {
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
		CompareService.Comparison comparison = compare.compare(numbers);
		model.addAttribute("comparison", comparison);
		model.addAttribute("selected", comparison.columns().stream().map(c -> c.agreement().getSmaNumber()).toList());
		return VIEW;
	}

}
