package org.smatracker.money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ExchangeRateService {

	private final ExchangeRateRepository rates;

	ExchangeRateService(ExchangeRateRepository rates) {
		this.rates = rates;
	}

	/** {@code /exchange-rates}: every rate, newest year first, with its sources. */
	public record ExchangeRatesPage(List<ExchangeRate> rates) {
	}

	@Transactional(readOnly = true)
	public ExchangeRatesPage page() {
		return new ExchangeRatesPage(rates.findForExchangeRatesPage());
	}

	/**
	 * Every year's rate. Cached by the version of the rates (DataVersion.ofRates: only a write of a rate
	 * or of the whole dataset changes it): a page asks for it once per analysis it shows (the compare
	 * page four times), every analysis after any other write asks again, and the table never changes
	 * in place.
	 */
	@Cacheable(cacheNames = "rates", key = "@dataVersion.ofRates()")
	@Transactional(readOnly = true)
	public ExchangeRateTable table() {
		Map<Integer, BigDecimal> byYear = rates.findAllByOrderByYear()
			.stream()
			.collect(Collectors.toMap(ExchangeRate::getYear, ExchangeRate::getKrwPerUsd));
		return new ExchangeRateTable(byYear);
	}

}
