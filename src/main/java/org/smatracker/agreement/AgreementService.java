package org.smatracker.agreement;

import java.math.BigDecimal;
import java.util.List;

import org.hibernate.Hibernate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.model.NotFoundException;
import org.smatracker.money.AppliedRate;
import org.smatracker.money.Currency;
import org.smatracker.money.ExchangeRateService;
import org.smatracker.money.ExchangeRateTable;

@Service
public class AgreementService {

	private final AgreementRepository agreements;

	private final ExchangeRateService rates;

	AgreementService(AgreementRepository agreements, ExchangeRateService rates) {
		this.agreements = agreements;
		this.rates = rates;
	}

	public record AgreementSummary(Agreement agreement, YearAmount headline) {
	}

	public record AgreementDetail(Agreement agreement, List<YearAmount> years) {
	}

	@Transactional(readOnly = true)
	public List<AgreementSummary> list() {
		ExchangeRateTable table = rates.table();
		return agreements.findAllByOrderBySmaNumber()
			.stream()
			.map(a -> new AgreementSummary(a,
					a.getYears()
						.stream()
						.filter(y -> y.getYear() == a.getHeadlineYear())
						.findFirst()
						.map(y -> amounts(y, table))
						.orElse(null)))
			.toList();
	}

	@Transactional(readOnly = true)
	public AgreementDetail detail(int smaNumber) {
		Agreement agreement = agreements.findBySmaNumber(smaNumber)
			.orElseThrow(() -> new NotFoundException("Agreement " + smaNumber));
		Hibernate.initialize(agreement.getSources());
		Hibernate.initialize(agreement.getSignedSource());
		Hibernate.initialize(agreement.getRatifiedSource());
		Hibernate.initialize(agreement.getInForceSource());
		ExchangeRateTable table = rates.table();
		List<YearAmount> years = agreement.getYears().stream().map(y -> {
			Hibernate.initialize(y.getSources());
			y.getQuotedAmounts().forEach(q -> Hibernate.initialize(q.getSource()));
			return amounts(y, table);
		}).toList();
		return new AgreementDetail(agreement, years);
	}

	static YearAmount amounts(AgreementYear y, ExchangeRateTable table) {
		AppliedRate rate = table.rateFor(y.getYear()).orElse(null);
		BigDecimal krw = ExchangeRateTable.amountIn(Currency.KRW, y.getAmount(), y.getCurrency(), rate);
		BigDecimal usd = ExchangeRateTable.amountIn(Currency.USD, y.getAmount(), y.getCurrency(), rate);
		return new YearAmount(y.getYear(), y.getCurrency(), krw, usd, y.getBasis(), rate, y.getSources(),
				y.getQuotedAmounts());
	}

}
