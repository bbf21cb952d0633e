package org.smatracker.analysis;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.smatracker.dataset.Csv;
import org.smatracker.negotiation.GapService;

/** One negotiation's gap table, the same numbers as the JSON API, as CSV for spreadsheets. */
@Controller
class GapCsvController {

	static final List<String> HEADER = List.of("date", "round", "meeting", "demand_krw", "demand_usd", "offer_krw",
			"offer_usd", "gap_krw", "gap_usd", "gap_of_baseline", "demand_offer_ratio", "gap_closed", "conflicting");

	private final GapService gaps;

	GapCsvController(GapService gaps) {
		this.gaps = gaps;
	}

	@GetMapping("/negotiations/{smaNumber:\\d{1,9}}/gap.csv")
	ResponseEntity<String> csv(@PathVariable int smaNumber) {
		GapJson gap = GapJson.of(gaps.analyse(smaNumber, null, false).analysis(), null, false);
		StringBuilder out = new StringBuilder(Csv.line(HEADER));
		for (GapJson.PointJson p : gap.points()) {
			List<String> row = new ArrayList<>();
			row.add(p.date().toString());
			row.add(p.round() == null ? null : p.round().toString());
			row.add(p.meeting());
			for (BigDecimal v : new BigDecimal[] { p.demandKrw(), p.demandUsd(), p.offerKrw(), p.offerUsd(), p.gapKrw(),
					p.gapUsd(), p.gapPctOfBaseline(), p.ratio(), p.gapClosed() }) {
				row.add(v == null ? null : v.toPlainString());
			}
			row.add(Boolean.toString(p.conflicting()));
			out.append(Csv.line(row));
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("sma-" + smaNumber + "-gap.csv").build().toString())
			.body(out.toString());
	}

}
