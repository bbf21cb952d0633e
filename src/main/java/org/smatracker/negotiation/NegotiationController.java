package org.smatracker.negotiation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;


@Controller
class NegotiationController {

	private static final String VIEW_LIST = "negotiations/list";

	private static final String VIEW_DETAIL = "negotiations/detail";

	private final NegotiationService negotiations;

	private final GapService gaps;

	NegotiationController(NegotiationService negotiations, GapService gaps) {
		this.negotiations = negotiations;
		this.gaps = gaps;
	}

	@GetMapping("/negotiations")
	String list(Model model) {
		model.addAttribute("negotiations", negotiations.list());
		return VIEW_LIST;
	}

	/**
	 * One negotiation with its gap analysis; {@code asOf} replays the record as known on a date and
	 * {@code official} keeps only governments' own figures. An unreadable date is ignored and said so.
	 */
	@GetMapping("/negotiations/{smaNumber:\\d{1,9}}")
	String detail(@PathVariable int smaNumber, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String official, Model model) {
		LocalDate date = null;
		if (asOf != null && !asOf.isBlank()) {
			try {
				date = LocalDate.parse(asOf.trim());
			}
			catch (DateTimeParseException ex) {
				model.addAttribute("badAsOf", asOf);
			}
		}
		boolean officialOnly = "true".equalsIgnoreCase(official) || "on".equalsIgnoreCase(official);
		model.addAttribute("record", negotiations.load(smaNumber, date));
		model.addAttribute("gap", gaps.analyse(smaNumber, date, officialOnly));
		model.addAttribute("asOf", date);
		model.addAttribute("officialOnly", officialOnly);
		return VIEW_DETAIL;
	}

}
