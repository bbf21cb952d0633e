package org.smatracker.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.smatracker.model.RecordVersion;
import org.smatracker.system.Formats;

/**
 * One negotiation's page and its embeddable gap chart. Here rather than in {@code negotiation} because
 * the page is the gap analysis written out (workings, summary), which this package owns.
 */
@Controller
class NegotiationPageController {

	private static final String VIEW_DETAIL = "negotiations/detail";

	private static final String VIEW_EMBED = "embed/gap";

	private final NegotiationPageService pages;

	private final RecordVersion version;

	private final Formats fmt;

	NegotiationPageController(NegotiationPageService pages, RecordVersion version, Formats fmt) {
		this.pages = pages;
		this.version = version;
		this.fmt = fmt;
	}

	/**
	 * One negotiation with its gap analysis; {@code asOf} replays the record as known on a date and
	 * {@code official} keeps only governments' own figures. An unreadable date is ignored and said so.
	 */
	@GetMapping("/negotiations/{smaNumber:\\d{1,9}}")
	String detail(@PathVariable int smaNumber, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String official, HttpServletRequest request, Model model) {
		show(smaNumber, asOf, official, request, false, model);
		return VIEW_DETAIL;
	}

	/** The gap chart alone, for an iframe on another site: its own frame policy, a source line and a link back. */
	@GetMapping("/embed/negotiations/{smaNumber:\\d{1,9}}/gap")
	String embed(@PathVariable int smaNumber, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String official, HttpServletRequest request, Model model) {
		show(smaNumber, asOf, official, request, true, model);
		return VIEW_EMBED;
	}

	private void show(int smaNumber, String asOf, String official, HttpServletRequest request, boolean embed,
			Model model) {
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
		String permalink = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/negotiations/{n}")
			.queryParamIfPresent("asOf", Optional.ofNullable(date))
			.queryParamIfPresent("official", officialOnly ? Optional.of("true") : Optional.empty())
			.buildAndExpand(smaNumber)
			.toUriString();
		String base = request.getContextPath();
		NegotiationPage page = pages.page(smaNumber, date, officialOnly, base, embed ? permalink : "");
		model.addAttribute("page", page);
		model.addAttribute("base", base);
		model.addAttribute("asOf", date);
		model.addAttribute("asOfText", date == null ? null : fmt.date(date));
		model.addAttribute("officialOnly", officialOnly);
		model.addAttribute("datasetVersion", version.current());
		model.addAttribute("permalink", permalink);
	}

}
