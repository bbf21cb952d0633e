package org.smatracker.analysis;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.agreement.Agreement;
import org.smatracker.agreement.AgreementRepository;
import org.smatracker.agreement.AgreementYear;
import org.smatracker.agreement.EscalationSchedule;
import org.smatracker.agreement.EscalationSchedule.Recorded;
import org.smatracker.agreement.EscalationSchedule.ScheduledYear;
import org.smatracker.agreement.YearBasis;
import org.smatracker.model.NotFoundException;
import org.smatracker.money.Currency;
import org.smatracker.money.ExchangeRateService;
import org.smatracker.money.ExchangeRateTable;

/** An agreement's yearly schedule from its rule, with recorded amounts overriding computed ones. */
@Service
public class ScheduleService {

	private final AgreementRepository agreements;

	private final ExchangeRateService rates;

	ScheduleService(AgreementRepository agreements, ExchangeRateService rates) {
		this.agreements = agreements;
		this.rates = rates;
	}

	public record ScheduleYear(int year, BigDecimal amountKrw, BigDecimal amountUsd, EscalationSchedule.Basis basis,
			BigDecimal maximumKrw) {
	}

	@Transactional(readOnly = true)
	public List<ScheduleYear> schedule(int smaNumber) {
		Agreement agreement = agreements.findBySmaNumber(smaNumber)
			.orElseThrow(() -> new NotFoundException("Agreement " + smaNumber));
		return schedule(agreement, rates.table());
	}

	static List<ScheduleYear> schedule(Agreement agreement, ExchangeRateTable table) {
		Map<Integer, Recorded> recorded = new HashMap<>();
		for (AgreementYear y : agreement.getYears()) {
			recorded.put(y.getYear(), new Recorded(y.getAmount(), y.getCurrency(), y.getBasis()));
		}
		if (!recorded.containsKey(agreement.getFirstYear()) && agreement.getFirstYearAmountKrw() != null) {
			recorded.put(agreement.getFirstYear(), new Recorded(agreement.getFirstYearAmountKrw(), Currency.KRW,
					YearBasis.SCHEDULED));
		}
		var terms = new EscalationSchedule.Terms(agreement.getFirstYear(), agreement.getLastYear(),
				agreement.getEscalationRule(), agreement.getEscalationRatePct(), agreement.getEscalationFloorPct(),
				agreement.getEscalationCapPct());
		// No consumer-price or defence-budget index is recorded yet: index-linked years not
		// recorded stay unknown, bounded by the cap where there is one.
		List<ScheduledYear> years = EscalationSchedule.compute(terms, recorded, Map.of());
		return years.stream().map(y -> {
			Currency currency = y.currency() == null ? Currency.KRW : y.currency();
			BigDecimal krw = y.amount() == null ? null
					: table.convert(y.amount(), currency, Currency.KRW, y.year()).orElse(null);
			BigDecimal usd = y.amount() == null ? null
					: table.convert(y.amount(), currency, Currency.USD, y.year()).orElse(null);
			BigDecimal max = y.maximum() == null ? null
					: table.convert(y.maximum(), currency, Currency.KRW, y.year()).orElse(null);
			return new ScheduleYear(y.year(), krw, usd, y.basis(), max);
		}).toList();
	}

}
