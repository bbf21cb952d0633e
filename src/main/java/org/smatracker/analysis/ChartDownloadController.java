package org.smatracker.analysis;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.smatracker.dataset.Csv;
import org.smatracker.gap.GapAnalysis;
import org.smatracker.gap.GapPoint;
import org.smatracker.model.RecordVersion;
import org.smatracker.negotiation.GapService;

/**
 * What a reader takes away from a gap chart: exactly the data drawn (CSV, with title, source,
 * dataset version and date on top as {@code #} lines) and the picture as SVG. Both keep the
 * page's settings ({@code asOf}, {@code official}).
 */
@Controller
class ChartDownloadController {

	static final List<String> HEADER = List.of("date", "us_demand_krw", "us_demand_usd", "rok_offer_krw",
			"rok_offer_usd", "agreed_krw", "agreed_usd");

	private final GapService gaps;

	private final MessageSource messages;

	private final RecordVersion version;

	ChartDownloadController(GapService gaps, MessageSource messages, RecordVersion version) {
		this.gaps = gaps;
		this.messages = messages;
		this.version = version;
	}

	@GetMapping("/negotiations/{smaNumber:\\d{1,9}}/gap-chart.csv")
	ResponseEntity<String> csv(@PathVariable int smaNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "false") boolean official, Locale locale) {
		GapService.GapReport report = gaps.analyse(smaNumber, asOf, official);
		GapAnalysis a = report.analysis();
		StringBuilder out = new StringBuilder();
		for (String line : preamble(smaNumber, asOf, official, locale)) {
			out.append("# ").append(line).append("\r\n");
		}
		out.append(Csv.line(HEADER));
		BigDecimal agreedKrw = a.agreed() == null ? null : GapJson.whole(a.agreed().amountKrw());
		BigDecimal agreedUsd = a.agreed() == null ? null : GapJson.whole(a.agreed().amountUsd());
		for (GapPoint p : a.points()) {
			List<String> row = new ArrayList<>();
			row.add(p.date().toString());
			row.add(plain(p.usDemand() == null ? null : GapJson.whole(p.usDemand().chosen().amountKrw())));
			row.add(plain(p.usDemand() == null ? null : GapJson.whole(p.usDemand().chosen().amountUsd())));
			row.add(plain(p.rokOffer() == null ? null : GapJson.whole(p.rokOffer().chosen().amountKrw())));
			row.add(plain(p.rokOffer() == null ? null : GapJson.whole(p.rokOffer().chosen().amountUsd())));
			row.add(plain(agreedKrw));
			row.add(plain(agreedUsd));
			out.append(Csv.line(row));
		}
		return download(out.toString(), new MediaType("text", "csv", StandardCharsets.UTF_8),
				"sma-" + smaNumber + "-gap-chart.csv");
	}

	@GetMapping("/negotiations/{smaNumber:\\d{1,9}}/gap.svg")
	ResponseEntity<String> svg(@PathVariable int smaNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "false") boolean official, Locale locale) {
		GapService.GapReport report = gaps.analyse(smaNumber, asOf, official);
		GapAnalysis a = report.analysis();
		List<GapSvg.Point> points = a.points()
			.stream()
			.map(p -> new GapSvg.Point(p.date(), p.usDemand() == null ? null : p.usDemand().chosen().amountKrw(),
					p.rokOffer() == null ? null : p.rokOffer().chosen().amountKrw()))
			.toList();
		boolean drawable = a.openingUsDemand() != null || a.openingRokOffer() != null;
		LocalDate signed = report.agreedYear() == null ? null : report.agreedYear().getAgreement().getSignedDate();
		if (signed != null && asOf != null && signed.isAfter(asOf)) {
			signed = null;
		}
		String source = msg("share.source", locale) + " · " + versionLine(locale);
		GapSvg.Labels labels = new GapSvg.Labels(title(smaNumber, locale), source, msg("gap.chart.demand", locale),
				msg("gap.chart.offer", locale), msg("gap.chart.agreed", locale), msg("gap.chart.axis", locale));
		String body = GapSvg.render(drawable ? points : List.of(),
				a.agreed() == null || !drawable ? null : a.agreed().amountKrw(), signed, labels);
		return download(body, new MediaType("image", "svg+xml", StandardCharsets.UTF_8), "sma-" + smaNumber + "-gap.svg");
	}

	private List<String> preamble(int smaNumber, LocalDate asOf, boolean official, Locale locale) {
		List<String> lines = new ArrayList<>();
		lines.add(title(smaNumber, locale));
		lines.add(msg("share.source", locale));
		lines.add(permalink(smaNumber, asOf, official));
		lines.add(versionLine(locale));
		if (asOf != null) {
			lines.add(messages.getMessage("gap.replay.showing", new Object[] { asOf.toString() }, locale));
		}
		if (official) {
			lines.add(msg("gap.replay.officialShowing", locale));
		}
		lines.add(msg("share.csvUnits", locale));
		return lines;
	}

	private String title(int smaNumber, Locale locale) {
		return messages.getMessage("share.gapTitle", new Object[] { String.valueOf(smaNumber) }, locale);
	}

	private String versionLine(Locale locale) {
		return messages.getMessage("share.version", new Object[] { String.valueOf(version.current()),
				LocalDate.now().toString() }, locale);
	}

	private static String permalink(int smaNumber, LocalDate asOf, boolean official) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/negotiations/{n}")
			.queryParamIfPresent("asOf", Optional.ofNullable(asOf))
			.queryParamIfPresent("official", official ? Optional.of("true") : Optional.empty())
			.buildAndExpand(smaNumber)
			.toUriString();
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

	private static ResponseEntity<String> download(String body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
