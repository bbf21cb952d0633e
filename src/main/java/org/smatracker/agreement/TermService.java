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
	 * Where things stand in {@code year}, among {@code all} the agreements on record and every statement
	 * made during a term (the timeline has them loaded already, {@link AgreementRecord}): the latest
	 * development is the newest statement.
	 */
	public Optional<Standing> standing(List<Agreement> all, List<TermStatement> statements, int year) {
		TermStatement latest = statements.isEmpty() ? null : statements.get(statements.size() - 1);
		return all.stream()
			.filter(a -> a.getStatus() == AgreementStatus.IN_FORCE && a.getFirstYear() <= year
					&& year <= a.getLastYear())
			.findFirst()
			.map(a -> {
				Optional<AgreementYear> thisYear = a.getYears().stream().filter(y -> y.getYear() == year).findFirst();
				return new Standing(year, a, thisYear.map(AgreementYear::getAmount).orElse(null),
						thisYear.map(AgreementYear::getCurrency).orElse(null), latest);
			});
	}

	/** For the timeline: of {@code statements} (by date), those in [from, to), of one agreement when {@code sma} is given. */
	public List<TermStatement> between(List<TermStatement> statements, Integer sma, LocalDate from, LocalDate to) {
		return statements.stream()
			.filter(t -> !t.getStatementDate().isBefore(from) && t.getStatementDate().isBefore(to)
					&& (sma == null || t.getAgreement().getSmaNumber() == sma))
			.toList();
	}

}
