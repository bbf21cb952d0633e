package org.smatracker.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.smatracker.negotiation.GapService;

/** The numbers the gap and agreement pages show, as JSON. Agreements and negotiations go by SMA number. */
@RestController
@RequestMapping("/api/v1")
class AnalysisApiController {

	private final GapService gaps;

	private final ScheduleService schedules;

	AnalysisApiController(GapService gaps, ScheduleService schedules) {
		this.gaps = gaps;
		this.schedules = schedules;
	}

	@GetMapping("/negotiations/{smaNumber}/gap")
	GapJson gap(@PathVariable int smaNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "false") boolean official) {
		return GapJson.of(gaps.analyse(smaNumber, asOf, official).analysis(), asOf, official);
	}

	record ScheduleJson(int smaNumber, List<YearJson> years) {
	}

	record YearJson(int year, BigDecimal amountKrw, BigDecimal amountUsd, String basis,
			BigDecimal maximumKrw) {
	}

	@GetMapping("/agreements/{smaNumber}/schedule")
	ScheduleJson schedule(@PathVariable int smaNumber) {
		return new ScheduleJson(smaNumber, schedules.schedule(smaNumber)
			.stream()
			.map(y -> new YearJson(y.year(), GapJson.whole(y.amountKrw()), GapJson.whole(y.amountUsd()),
					y.basis().name(), GapJson.whole(y.maximumKrw())))
			.toList());
	}

}
