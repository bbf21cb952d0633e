package org.smatracker.negotiation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface RoundRepository extends Repository<Round, Long> {

	/**
	 * Rounds starting in [from, to) in date order with what the timeline shows of each, in one
	 * statement; null sma means every negotiation.
	 */
	@Query("""
			select distinct r from Round r
			join fetch r.negotiation
			left join fetch r.participants p
			left join fetch p.negotiator
			where (:sma is null or r.negotiation.smaNumber = :sma)
			and r.startDate >= :from and r.startDate < :to
			order by r.startDate, r.id""")
	List<Round> findForTimeline(Integer sma, LocalDate from, LocalDate to);

	/**
	 * A negotiation's rounds with their participants and the people behind them, in date order; fetch
	 * joins on the negotiation's key, for the same reasons as {@link OfferRepository#findForNegotiation}.
	 */
	@Query("""
			select r from Round r left join fetch r.participants p left join fetch p.negotiator
			where r.negotiationId = :negotiationId
			order by r.startDate, r.id""")
	List<Round> findForNegotiation(long negotiationId);

	/** A negotiator's page: the rounds they took part in, with their talks. */
	@EntityGraph(attributePaths = { "negotiation" })
	@Query("""
			select distinct r from Round r join r.participants p
			where p.negotiator.id = :negotiatorId
			order by r.startDate""")
	List<Round> findForNegotiatorPage(Long negotiatorId);

	List<Round> findByNegotiationId(long negotiationId);

	/** Several negotiations' rounds at once (the compare page's analyses), by the rounds' own key. */
	List<Round> findByNegotiationIdIn(Collection<Long> negotiationIds);

	Round save(Round round);

	Round saveAndFlush(Round round);

	@EntityGraph(attributePaths = { "negotiation", "participants", "sources" })
	Optional<Round> findById(Long id);

	/** Counts deleted rows too: a deleted round still holds its number until restored. */
	@Query(value = "select count(*) from rounds where negotiation_id = :negotiationId and round_number = :number "
			+ "and (:excludeId is null or id <> :excludeId)", nativeQuery = true)
	long countNumberUse(Long negotiationId, Integer number, Long excludeId);

	long count();

}
