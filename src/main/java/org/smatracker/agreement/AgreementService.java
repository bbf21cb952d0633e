package org.smatracker.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.audit.AuditService;
import org.smatracker.datahealth.DataHealthService;
import org.smatracker.datahealth.Finding;
import org.smatracker.model.NotFoundException;
import org.smatracker.money.AppliedRate;
import org.smatracker.money.Currency;
import org.smatracker.money.ExchangeRateService;
import org.smatracker.money.ExchangeRateTable;

/** The agreement pages: each loaded by one read-only method into one page record. */
@Service
public class AgreementService {

	private final AgreementRepository agreements;

	private final ExchangeRateService rates;

	private final TermService terms;

	private final DataHealthService health;

	private final AuditService audit;

	AgreementService(AgreementRepository agreements, ExchangeRateService rates, TermService terms,
			DataHealthService health, AuditService audit) {
		this.agreements = agreements;
		this.rates = rates;
		this.terms = terms;
		this.health = health;
		this.audit = audit;
	}

	/** A row of {@code /agreements}: the agreement and its headline year's amount in both currencies. */
	public record AgreementSummary(Agreement agreement, Headline headline) {
	}

	/** The headline year's amount; absent currencies have no rate for the year. */
	public record Headline(int year, BigDecimal amountKrw, BigDecimal amountUsd) {
	}

	/** {@code /agreements}. */
	public record AgreementsPage(List<AgreementSummary> agreements) {
	}

	/**
	 * {@code /agreements/{n}}: the agreement (years, sources and the dates' sources loaded), each year in
	 * both currencies, whether its talks are on record, the statements made during its term, what the
	 * consistency checker finds on it (for analysts; empty for others) and when it last changed.
	 */
	public record AgreementPage(Agreement agreement, List<YearAmount> years, boolean hasNegotiation,
			List<TermService.StatementView> statements, List<Finding> healthFindings, Instant lastUpdated) {
	}

	@Transactional(readOnly = true)
	public AgreementsPage listPage() {
		ExchangeRateTable table = rates.table();
		return new AgreementsPage(agreements.findAllByOrderBySmaNumber()
			.stream()
			.map(a -> new AgreementSummary(a,
					a.getYears()
						.stream()
						.filter(y -> y.getYear() == a.getHeadlineYear())
						.findFirst()
						.map(y -> headline(y, table))
						.orElse(null)))
			.toList());
	}

	@Transactional(readOnly = true)
	public AgreementPage page(int smaNumber, boolean analyst) {
		Agreement agreement = agreements.findForAgreementPage(smaNumber)
			.orElseThrow(() -> new NotFoundException("Agreement " + smaNumber));
		Map<Long, List<QuotedAmount>> quotes = agreements.findQuotesForAgreementPage(smaNumber)
			.stream()
			.collect(Collectors.groupingBy(q -> q.getAgreementYear().getId()));
		ExchangeRateTable table = rates.table();
		List<YearAmount> years = agreement.getYears()
			.stream()
			.map(y -> amounts(y, table, quotes.getOrDefault(y.getId(), List.of())))
			.toList();
		// Analysts see what the consistency checker finds here, e.g. right after saving the form.
		List<Finding> findings = analyst ? health.findingsOn("/agreements/" + smaNumber) : List.of();
		return new AgreementPage(agreement, years, agreements.hasNegotiation(smaNumber),
				terms.statements(smaNumber, agreement, table), findings,
				audit.lastChange(Agreement.AUDIT_TYPE, agreement.getId()));
	}

	private static Headline headline(AgreementYear y, ExchangeRateTable table) {
		AppliedRate rate = table.rateFor(y.getYear()).orElse(null);
		return new Headline(y.getYear(), ExchangeRateTable.amountIn(Currency.KRW, y.getAmount(), y.getCurrency(), rate),
				ExchangeRateTable.amountIn(Currency.USD, y.getAmount(), y.getCurrency(), rate));
	}

	private static YearAmount amounts(AgreementYear y, ExchangeRateTable table, List<QuotedAmount> quotes) {
		AppliedRate rate = table.rateFor(y.getYear()).orElse(null);
		BigDecimal krw = ExchangeRateTable.amountIn(Currency.KRW, y.getAmount(), y.getCurrency(), rate);
		BigDecimal usd = ExchangeRateTable.amountIn(Currency.USD, y.getAmount(), y.getCurrency(), rate);
		return new YearAmount(y.getYear(), y.getCurrency(), krw, usd, y.getBasis(), rate, y.getSources(), quotes);
	}

}
