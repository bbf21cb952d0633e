package org.smatracker.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.smatracker.money.Currency;
import org.smatracker.money.ExchangeRateTable;

/**
 * An agreement's yearly amounts from its escalation rule. A recorded amount always wins for its
 * year; other years are computed from the year before: a fixed percentage, consumer-price or
 * defence-budget growth (clamped to the floor and cap) where the index of that year is known,
 * frozen, or — for a rule of fixed amounts — not computable. Plain Java.
 */
public final class EscalationSchedule {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Where a year's amount comes from. */
	public enum Basis {

		/** Recorded: paid. */
		ACTUAL,
		/** Recorded: set by the deal for a year not over yet. */
		SCHEDULED,
		/** Recorded: held at the previous level. */
		FROZEN,
		/** Computed from the rule. */
		COMPUTED,
		/** Neither recorded nor computable (the index it depends on is not known yet). */
		UNKNOWN

	}

	public record Terms(int firstYear, int lastYear, EscalationRule rule, BigDecimal ratePct, BigDecimal floorPct,
			BigDecimal capPct) {
	}

	public record Recorded(BigDecimal amount, Currency currency, YearBasis basis) {
	}

	/**
	 * A year of the schedule. {@code maximum} is the most the rule allows where the amount itself
	 * is unknown but the rule has a cap.
	 */
	public record ScheduledYear(int year, BigDecimal amount, Currency currency, Basis basis, BigDecimal maximum) {
	}

	private EscalationSchedule() {
	}

	/**
	 * @param growthPct the index the rule follows, by year, in percent (consumer prices for a
	 * CPI-linked rule, defence budget growth for a budget-linked one); years not in it are unknown
	 */
	public static List<ScheduledYear> compute(Terms terms, Map<Integer, Recorded> recorded,
			Map<Integer, BigDecimal> growthPct) {
		List<ScheduledYear> years = new ArrayList<>();
		ScheduledYear previous = null;
		for (int year = terms.firstYear(); year <= terms.lastYear(); year++) {
			Recorded r = recorded.get(year);
			ScheduledYear current;
			if (r != null) {
				current = new ScheduledYear(year, r.amount(), r.currency(), Basis.valueOf(r.basis().name()), null);
			}
			else if (previous == null || previous.amount() == null) {
				current = new ScheduledYear(year, null, previous == null ? null : previous.currency(), Basis.UNKNOWN,
						cappedMaximum(terms, previous));
			}
			else {
				current = next(terms, previous, growthPct.get(year));
			}
			years.add(current);
			previous = current;
		}
		return years;
	}

	private static ScheduledYear next(Terms terms, ScheduledYear previous, BigDecimal indexPct) {
		int year = previous.year() + 1;
		BigDecimal pct = switch (terms.rule()) {
			case FIXED_PERCENT -> terms.ratePct();
			case FROZEN -> BigDecimal.ZERO;
			case CPI_LINKED, DEFENCE_BUDGET_LINKED -> indexPct == null ? null : clamp(indexPct, terms);
			case NONE -> null;
		};
		if (pct == null) {
			return new ScheduledYear(year, null, previous.currency(), Basis.UNKNOWN, cappedMaximum(terms, previous));
		}
		return new ScheduledYear(year, grow(previous.amount(), pct), previous.currency(), Basis.COMPUTED, null);
	}

	private static BigDecimal cappedMaximum(Terms terms, ScheduledYear previous) {
		boolean indexLinked = terms.rule() == EscalationRule.CPI_LINKED
				|| terms.rule() == EscalationRule.DEFENCE_BUDGET_LINKED;
		if (!indexLinked || terms.capPct() == null || previous == null) {
			return null;
		}
		BigDecimal base = previous.amount() != null ? previous.amount() : previous.maximum();
		return base == null ? null : grow(base, terms.capPct());
	}

	private static BigDecimal clamp(BigDecimal pct, Terms terms) {
		BigDecimal result = pct;
		if (terms.floorPct() != null && result.compareTo(terms.floorPct()) < 0) {
			result = terms.floorPct();
		}
		if (terms.capPct() != null && result.compareTo(terms.capPct()) > 0) {
			result = terms.capPct();
		}
		return result;
	}

	private static BigDecimal grow(BigDecimal amount, BigDecimal pct) {
		BigDecimal factor = BigDecimal.ONE.add(pct.divide(HUNDRED, ExchangeRateTable.MATH), ExchangeRateTable.MATH);
		return amount.multiply(factor, ExchangeRateTable.MATH);
	}

}
