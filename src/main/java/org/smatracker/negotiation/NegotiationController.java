package org.smatracker.negotiation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.smatracker.model.RecordVersion;


@Controller
class NegotiationController {

	private static final String VIEW_LIST = "negotiations/list";

	private static final String VIEW_DETAIL = "negotiations/detail";

	private static final String VIEW_EMBED = "embed/gap";

	private final NegotiationService negotiations;

	private final GapService gaps;

	private final RecordVersion version;

	NegotiationController(NegotiationService negotiations, GapService gaps, RecordVersion version) {
		this.negotiations = negotiations;
		this.gaps = gaps;
		this.version = version;
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
		show(smaNumber, asOf, official, model);
		return VIEW_DETAIL;
	}

	/** The gap chart alone, for an iframe on another site: its own frame policy, a source line and a link back. */
	@GetMapping("/embed/negotiations/{smaNumber:\\d{1,9}}/gap")
	String embed(@PathVariable int smaNumber, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String official, Model model) {
		show(smaNumber, asOf, official, model);
		return VIEW_EMBED;
	}

	private void show(int smaNumber, String asOf, String official, Model model) {
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
		model.addAttribute("datasetVersion", version.current());
		model.addAttribute("permalink", ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/negotiations/{n}")
			.queryParamIfPresent("asOf", Optional.ofNullable(date))
			.queryParamIfPresent("official", officialOnly ? Optional.of("true") : Optional.empty())
			.buildAndExpand(smaNumber)
			.toUriString());
	}

}
