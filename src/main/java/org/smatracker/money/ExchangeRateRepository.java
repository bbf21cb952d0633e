package org.smatracker.money;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ExchangeRateRepository extends Repository<ExchangeRate, Long> {

	List<ExchangeRate> findAllByOrderByYear();

	/** The rates page: newest year first, with the sources each rate cites. */
	@EntityGraph(attributePaths = "sources")
	@Query("select r from ExchangeRate r order by r.year desc")
	List<ExchangeRate> findForExchangeRatesPage();

	@EntityGraph(attributePaths = "sources")
	Optional<ExchangeRate> findById(Long id);

	ExchangeRate save(ExchangeRate rate);

	ExchangeRate saveAndFlush(ExchangeRate rate);

	long count();

}
