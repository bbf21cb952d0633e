package org.smatracker.api;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.smatracker.api.ApiRecords.AgreementRecord;
import org.smatracker.api.ApiRecords.ExchangeRateRecord;
import org.smatracker.api.ApiRecords.NegotiationRecord;
import org.smatracker.api.ApiRecords.NegotiatorRecord;
import org.smatracker.api.ApiRecords.PositionRecord;
import org.smatracker.api.ApiRecords.RoundRecord;
import org.smatracker.api.ApiRecords.SourceRecord;
import org.smatracker.model.Party;
import org.smatracker.model.OfferStatus;
import org.smatracker.model.Reliability;

/**
 * The read API: every list pages ({@code page} from 0, {@code size} 1–100, default 50) and filters;
 * agreements and negotiations go by SMA number, sources by code, exchange rates by year. Open to all.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Read", description = "The record, page by page, with filters. Open to everyone.")
class ReadApiController {

	private final ReadApiService service;

	ReadApiController(ReadApiService service) {
		this.service = service;
	}

	@GetMapping("/agreements")
	@Operation(summary = "Agreements by SMA number; from/to filter the signing date")
	ApiPage<AgreementRecord> agreements(@RequestParam(required = false) Integer sma,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Paging.checkRange(from, to);
		return service.agreements(sma, from, to, Paging.of(page, size));
	}

	@GetMapping("/agreements/{smaNumber:\\d{1,9}}")
	@Operation(summary = "One agreement with its yearly contributions")
	AgreementRecord agreement(@PathVariable int smaNumber) {
		return service.agreement(smaNumber);
	}

	@GetMapping("/negotiations")
	@Operation(summary = "Negotiations by SMA number; from/to filter the start date")
	ApiPage<NegotiationRecord> negotiations(@RequestParam(required = false) Integer sma,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Paging.checkRange(from, to);
		return service.negotiations(sma, from, to, Paging.of(page, size));
	}

	@GetMapping("/negotiations/{smaNumber:\\d{1,9}}")
	@Operation(summary = "One negotiation")
	NegotiationRecord negotiation(@PathVariable int smaNumber) {
		return service.negotiation(smaNumber);
	}

	@GetMapping("/rounds")
	@Operation(summary = "Rounds in date order; party keeps rounds where that side took part; from/to filter the start date")
	ApiPage<RoundRecord> rounds(@RequestParam(required = false) Integer sma,
			@RequestParam(required = false) @Parameter(description = "ROK or US") Party party,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Paging.checkRange(from, to);
		return service.rounds(sma, party, from, to, Paging.of(page, size));
	}

	@GetMapping("/rounds/{id:\\d{1,18}}")
	@Operation(summary = "One round")
	RoundRecord round(@PathVariable long id) {
		return service.round(id);
	}

	@GetMapping("/positions")
	@Operation(summary = "Reported positions in date order; from/to filter the reported date")
	ApiPage<PositionRecord> positions(@RequestParam(required = false) Integer sma,
			@RequestParam(required = false) @Parameter(description = "ROK or US") Party party,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(required = false) Reliability reliability,
			@RequestParam(required = false) OfferStatus status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Paging.checkRange(from, to);
		return service.positions(sma, party, from, to, reliability, status, Paging.of(page, size));
	}

	@GetMapping("/positions/{id:\\d{1,18}}")
	@Operation(summary = "One position")
	PositionRecord position(@PathVariable long id) {
		return service.position(id);
	}

	@GetMapping("/negotiators")
	@Operation(summary = "Negotiators by name; sma keeps those appointed to that negotiation")
	ApiPage<NegotiatorRecord> negotiators(@RequestParam(required = false) Integer sma,
			@RequestParam(required = false) @Parameter(description = "ROK or US") Party party,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return service.negotiators(sma, party, Paging.of(page, size));
	}

	@GetMapping("/negotiators/{id:\\d{1,18}}")
	@Operation(summary = "One negotiator with their appointments")
	NegotiatorRecord negotiator(@PathVariable long id) {
		return service.negotiator(id);
	}

	@GetMapping("/sources")
	@Operation(summary = "Sources by code; from/to filter the publication date")
	ApiPage<SourceRecord> sources(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Paging.checkRange(from, to);
		return service.sources(from, to, Paging.of(page, size));
	}

	@GetMapping("/sources/{code:[A-Za-z0-9_.\\-]{1,40}}")
	@Operation(summary = "One source by its code (e.g. SEED001)")
	SourceRecord source(@PathVariable String code) {
		return service.source(code);
	}

	@GetMapping("/exchange-rates")
	@Operation(summary = "Annual average won per dollar, by year")
	ApiPage<ExchangeRateRecord> exchangeRates(@RequestParam(required = false) Integer fromYear,
			@RequestParam(required = false) Integer toYear, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		Paging.checkRange(fromYear, toYear);
		return service.exchangeRates(fromYear, toYear, Paging.of(page, size));
	}

	@GetMapping("/exchange-rates/{year:\\d{4}}")
	@Operation(summary = "The rate for one year")
	ExchangeRateRecord exchangeRate(@PathVariable int year) {
		return service.exchangeRate(year);
	}

}
