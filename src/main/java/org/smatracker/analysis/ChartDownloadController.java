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
 * What a reader takes away from a chart: exactly the data drawn (CSV, with title, source, dataset
 * version and date on top as {@code #} lines) and the picture as SVG. Both keep the page's settings
 * (the gap chart's {@code asOf} and {@code official}, the contribution chart's {@code currency}).
 */
@Controller
class ChartDownloadController {

	static final List<String> HEADER = List.of("date", "us_demand_krw", "us_demand_usd", "rok_offer_krw",
			"rok_offer_usd", "agreed_krw", "agreed_usd");

	private final GapService gaps;

	private final CompareService compare;

	private final MessageSource messages;

	private final RecordVersion version;

	ChartDownloadController(GapService gaps, CompareService compare, MessageSource messages, RecordVersion version) {
		this.gaps = gaps;
		this.compare = compare;
		this.messages = messages;
		this.version = version;
	}

	@GetMapping("/negotiations/{smaNumber:\\d{1,9}}/gap-chart.csv")
	ResponseEntity<String> csv(@PathVariable int smaNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "false") boolean official, Locale locale) {
		GapService.GapReport report = gaps.analyse(smaNumber, asOf, official);
		GapAnalysis a = report.analysis();
		List<List<String>> rows = new ArrayList<>();
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
			rows.add(row);
		}
		return csvFile(preamble(smaNumber, asOf, official, locale), HEADER, rows, "sma-" + smaNumber + "-gap-chart.csv");
	}

	/** The home page's contribution chart: from the first agreement's first year to this year. */
	@GetMapping("/contributions.csv")
	ResponseEntity<String> homeContributionsCsv(@RequestParam(required = false) String currency, Locale locale) {
		return contributionsCsv(homeYears(), currencyOf(currency), homePermalink(), locale);
	}

	/** The compare page's contribution chart: every year an agreement covers, in the currency toggled. */
	@GetMapping("/compare/contributions.csv")
	ResponseEntity<String> compareContributionsCsv(@RequestParam(required = false) String currency,
			@RequestParam(name = "sma", required = false) List<String> sma, Locale locale) {
		return contributionsCsv(compareYears(), currencyOf(currency), comparePermalink(currency, sma), locale);
	}

	@GetMapping("/contributions.svg")
	ResponseEntity<String> homeContributionsSvg(@RequestParam(required = false) String currency, Locale locale) {
		return contributionsSvg(homeYears(), currencyOf(currency), locale);
	}

	@GetMapping("/compare/contributions.svg")
	ResponseEntity<String> compareContributionsSvg(@RequestParam(required = false) String currency, Locale locale) {
		return contributionsSvg(compareYears(), currencyOf(currency), locale);
	}

	private List<CompareService.ContributionYear> homeYears() {
		return compare.contributionsUntil(LocalDate.now().getYear());
	}

	private List<CompareService.ContributionYear> compareYears() {
		return compare.contributionsUntil(Integer.MAX_VALUE);
	}

	/** The chart shows won unless dollars are asked for, as the page's toggle does. */
	static String currencyOf(String currency) {
		return "USD".equalsIgnoreCase(currency) ? "USD" : "KRW";
	}

	private ResponseEntity<String> contributionsCsv(List<CompareService.ContributionYear> years, String currency,
			String permalink, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		for (CompareService.ContributionYear y : years) {
			List<String> row = new ArrayList<>();
			row.add(String.valueOf(y.year()));
			row.add(y.smaNumber() == null ? null : String.valueOf(y.smaNumber()));
			row.add(plain(amount(y, currency)));
			row.add(y.projection() == null ? null : y.projection().name().toLowerCase(Locale.ROOT));
			rows.add(row);
		}
		List<String> preamble = List.of(contributionsTitle(years, locale), msg("share.source", locale), permalink,
				versionLine(locale), msg("share.contributionsUnits." + currency, locale));
		return csvFile(preamble, List.of("year", "sma", "amount_" + currency.toLowerCase(Locale.ROOT), "projected"), rows,
				"sma-contributions-" + currency.toLowerCase(Locale.ROOT) + ".csv");
	}

	private ResponseEntity<String> contributionsSvg(List<CompareService.ContributionYear> years, String currency,
			Locale locale) {
		double unit = "KRW".equals(currency) ? 1e12 : 1e6;
		List<ChartSvg.Bar> bars = years.stream().map(y -> {
			BigDecimal v = amount(y, currency);
			return new ChartSvg.Bar(y.year(), v == null ? null : v.doubleValue() / unit, y.isProjected());
		}).toList();
		String body = ChartSvg.bars(bars, contributionsTitle(years, locale),
				msg("KRW".equals(currency) ? "compare.axisKrw" : "compare.axisUsd", locale),
				msg("compare.projectedCaption", locale), msg("share.source", locale) + " · " + versionLine(locale));
		return download(body, new MediaType("image", "svg+xml", StandardCharsets.UTF_8),
				"sma-contributions-" + currency.toLowerCase(Locale.ROOT) + ".svg");
	}

	private static BigDecimal amount(CompareService.ContributionYear y, String currency) {
		return "KRW".equals(currency) ? y.amountKrw() : y.amountUsd();
	}

	private String contributionsTitle(List<CompareService.ContributionYear> years, Locale locale) {
		String first = years.isEmpty() ? "" : String.valueOf(years.get(0).year());
		String last = years.isEmpty() ? "" : String.valueOf(years.get(years.size() - 1).year());
		return messages.getMessage("share.contributionsTitle", new Object[] { first, last }, locale);
	}

	static String homePermalink() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/").toUriString();
	}

	static String comparePermalink(String currency, List<String> sma) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/compare")
			.queryParamIfPresent("sma", Optional.ofNullable(sma).filter(s -> !s.isEmpty()))
			.queryParam("currency", currencyOf(currency))
			.toUriString();
	}

	/** A chart's data file: its description as {@code #} lines, then the header and the rows drawn. */
	private static ResponseEntity<String> csvFile(List<String> preamble, List<String> header, List<List<String>> rows,
			String filename) {
		StringBuilder out = new StringBuilder();
		for (String line : preamble) {
			out.append("# ").append(line).append("\r\n");
		}
		out.append(Csv.line(header));
		for (List<String> row : rows) {
			out.append(Csv.line(row));
		}
		return download(out.toString(), new MediaType("text", "csv", StandardCharsets.UTF_8), filename);
	}

	@GetMapping("/negotiations/{smaNumber:\\d{1,9}}/gap.svg")
	ResponseEntity<String> svg(@PathVariable int smaNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(defaultValue = "false") boolean official, Locale locale) {
		GapService.GapReport report = gaps.analyse(smaNumber, asOf, official);
		GapAnalysis a = report.analysis();
		List<ChartSvg.Point> points = a.points()
			.stream()
			.map(p -> new ChartSvg.Point(p.date(), p.usDemand() == null ? null : p.usDemand().chosen().amountKrw(),
					p.rokOffer() == null ? null : p.rokOffer().chosen().amountKrw()))
			.toList();
		boolean drawable = a.openingUsDemand() != null || a.openingRokOffer() != null;
		LocalDate signed = report.agreedYear() == null ? null : report.agreedYear().getAgreement().getSignedDate();
		if (signed != null && asOf != null && signed.isAfter(asOf)) {
			signed = null;
		}
		String source = msg("share.source", locale) + " · " + versionLine(locale);
		ChartSvg.Labels labels = new ChartSvg.Labels(title(smaNumber, locale), source, msg("gap.chart.demand", locale),
				msg("gap.chart.offer", locale), msg("gap.chart.agreed", locale), msg("gap.chart.axis", locale));
		String body = ChartSvg.render(drawable ? points : List.of(),
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
