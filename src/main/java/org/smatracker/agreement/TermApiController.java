package org.smatracker.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import org.smatracker.source.Source;

/** The read API for statements made during an agreement's term, with their comparison to the amount in force. */
@RestController
class TermApiController {

	private final TermService terms;

	TermApiController(TermService terms) {
		this.terms = terms;
	}

	record Comparison(int year, BigDecimal statedKrw, BigDecimal inForceKrw, BigDecimal differenceKrw,
			BigDecimal ratio, Integer rateYear, BigDecimal krwPerUsd, boolean negotiationGap) {
	}

	record StatementJson(long id, int smaNumber, LocalDate date, String party, String kind, boolean outsideFormalTalks,
			BigDecimal amount, String currency, boolean perYear, Integer appliesToYear, String summary, String quote,
			List<String> sources, Comparison comparedWithAmountInForce) {
	}

	@GetMapping("/api/agreements/{smaNumber:\\d{1,9}}/statements")
	List<StatementJson> statements(@PathVariable int smaNumber) {
		return terms.statements(smaNumber).stream().map(v -> {
			TermStatement s = v.statement();
			TermComparison.Result c = v.comparison();
			Comparison comparison = c == null ? null
					: new Comparison(c.year(), c.statedKrw(), c.inForceKrw(), c.differenceKrw(), c.ratio(),
							c.rate() == null ? null : c.rate().rateYear(), c.rate() == null ? null : c.rate().krwPerUsd(),
							false);
			return new StatementJson(s.getId(), smaNumber, s.getStatementDate(), s.getParty().name(), s.getKind().name(),
					true, s.getAmount(), s.getCurrency() == null ? null : s.getCurrency().name(), s.isPerYear(),
					s.getAppliesToYear(), s.getSummary(), s.getQuote(), s.getSources().stream().map(Source::getCode).toList(),
					comparison);
		}).toList();
	}

}
