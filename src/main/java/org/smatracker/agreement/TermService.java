package org.smatracker.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.money.ExchangeRateService;
import org.smatracker.money.ExchangeRateTable;

/** Statements made during agreements' terms, compared with the amount in force; and where things stand today. */
@Service
public class TermService {

	private final TermStatementRepository statements;

	private final AgreementRepository agreements;

	private final ExchangeRateService rates;

	TermService(TermStatementRepository statements, AgreementRepository agreements, ExchangeRateService rates) {
		this.statements = statements;
		this.agreements = agreements;
		this.rates = rates;
	}

	/** A statement with, where it names an annual amount, its comparison with the amount in force. */
	public record StatementView(TermStatement statement, TermComparison.Result comparison) {
	}

	@Transactional(readOnly = true)
	public List<StatementView> statements(int smaNumber) {
		List<TermStatement> found = statements.findByAgreementSmaNumberOrderByStatementDateAscIdAsc(smaNumber);
		if (found.isEmpty()) {
			return List.of();
		}
		return views(found, agreements.findBySmaNumber(smaNumber).orElseThrow(), rates.table());
	}

	/** For the agreement page, which has loaded the agreement and the rates already. */
	List<StatementView> statements(int smaNumber, Agreement agreement, ExchangeRateTable table) {
		return views(statements.findByAgreementSmaNumberOrderByStatementDateAscIdAsc(smaNumber), agreement, table);
	}

	private static List<StatementView> views(List<TermStatement> found, Agreement agreement, ExchangeRateTable table) {
		return found.stream().map(s -> new StatementView(s, compare(s, agreement, table).orElse(null))).toList();
	}

	static Optional<TermComparison.Result> compare(TermStatement s, Agreement agreement, ExchangeRateTable table) {
		if (s.getAppliesToYear() == null) {
			return Optional.empty();
		}
		return agreement.getYears()
			.stream()
			.filter(y -> y.getYear() == s.getAppliesToYear())
			.findFirst()
			.flatMap(y -> TermComparison.compare(s.getAmount(), s.getCurrency(), s.isPerYear(), s.getAppliesToYear(),
					y.getAmount(), y.getCurrency(), table));
	}

	/**
	 * Where things stand today: the agreement in force this year, its amount for the year, and the
	 * latest development (the newest statement during a term, if any).
	 */
	public record Standing(int year, Agreement agreement, BigDecimal amount, org.smatracker.money.Currency currency,
			TermStatement latest) {
	}

	/**
	 * Where things stand in {@code year}, among {@code all} the agreements on record (the timeline has
	 * them loaded already): one statement, for the latest development.
	 */
	@Transactional(readOnly = true)
	public Optional<Standing> standing(List<Agreement> all, int year) {
		return all.stream()
			.filter(a -> a.getStatus() == AgreementStatus.IN_FORCE && a.getFirstYear() <= year
					&& year <= a.getLastYear())
			.findFirst()
			.map(a -> {
				TermStatement latest = statements.findLatest()
					.stream()
					.findFirst()
					.orElse(null);
				Optional<AgreementYear> thisYear = a.getYears().stream().filter(y -> y.getYear() == year).findFirst();
				return new Standing(year, a, thisYear.map(AgreementYear::getAmount).orElse(null),
						thisYear.map(AgreementYear::getCurrency).orElse(null), latest);
			});
	}

	/** For the timeline: statements in [from, to). */
	@Transactional(readOnly = true)
	public List<TermStatement> between(Integer sma, LocalDate from, LocalDate to) {
		return statements.findBetween(sma, from, to);
	}

}
