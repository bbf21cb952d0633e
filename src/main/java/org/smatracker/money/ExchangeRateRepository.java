package org.smatracker.money;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface ExchangeRateRepository extends Repository<ExchangeRate, Long> {

	List<ExchangeRate> findAllByOrderByYear();

	long count();

}
