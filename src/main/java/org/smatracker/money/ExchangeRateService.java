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
	 * or of the whole dataset changes it): every analysis computed asks for it (the compare page four
	 * times), analyses are computed again after most writes, and the table never changes in place.
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
