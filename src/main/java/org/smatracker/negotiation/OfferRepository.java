package org.smatracker.negotiation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface OfferRepository extends Repository<Offer, Long> {

	/**
	 * Positions reported outside any round in [from, to), for the timeline; null sma means every
	 * negotiation. Fetch joins, not an entity graph, so that Hibernate keeps its SQL translation. The
	 * round's key, not the round: {@code o.round is null} joins rounds (for their deleted flag) and H2
	 * then read every position in the period (16-20 ms a page at 100 times the real record), while
	 * {@code o.roundId is null} reads the index on it. Deleting a round deletes its positions, so none
	 * is live at a deleted round.
	 */
	@Query("""
			select o from Offer o join fetch o.negotiation n left join fetch o.sources
			where o.roundId is null and (:sma is null or n.smaNumber = :sma)
			and o.reportedDate >= :from and o.reportedDate < :to
			order by o.reportedDate, o.id""")
	List<Offer> findUnattachedToRound(Integer sma, LocalDate from, LocalDate to);

	/**
	 * Positions reported at the rounds that start in [from, to), in date order, in one statement. The
	 * rounds are chosen first and their positions found by the index on the round: joined to the rounds
	 * instead, H2 read every position of every negotiation (50,000 at 100 times the record) to keep the
	 * page's few hundred.
	 */
	@Query("""
			select o from Offer o
			where o.roundId in (select r.id from Round r where r.startDate >= :from and r.startDate < :to)
			and (:sma is null or o.negotiation.smaNumber = :sma)
			order by o.reportedDate, o.id""")
	List<Offer> findAtRoundsBetween(Integer sma, LocalDate from, LocalDate to);

	/**
	 * A negotiation's positions with their rounds and sources, in report order. Fetch joins on the
	 * negotiation's key: Hibernate translates the query once (an entity graph is translated on every
	 * call) and the database reads ix_offers_negotiation (through the negotiation's SMA number, H2
	 * read every position of a record 100 times the real one).
	 */
	@Query("""
			select o from Offer o left join fetch o.round left join fetch o.sources
			where o.negotiationId = :negotiationId
			order by o.reportedDate, o.id""")
	List<Offer> findForNegotiation(long negotiationId);

	/**
	 * A negotiation's positions as figures for its gap analysis ({@link OfferFigures}: one row per
	 * source), in report order and each position's sources by code. No records: the analyses that
	 * read these cite no position, and reading the columns costs a fraction of building the records
	 * with their rounds and sources.
	 */
	@Query("""
			select new org.smatracker.negotiation.OfferFigures(o.id, o.negotiationId, o.reportedDate, o.party, o.kind,
			o.form, o.amount, o.currency, o.appliesToYear, o.reliability, o.status, s.code)
			from Offer o left join o.sources s
			where o.negotiationId = :negotiationId
			order by o.reportedDate, o.id, s.code""")
	List<OfferFigures> findFiguresForNegotiation(long negotiationId);

	/** The same for several negotiations at once (the compare page's analyses). */
	@Query("""
			select new org.smatracker.negotiation.OfferFigures(o.id, o.negotiationId, o.reportedDate, o.party, o.kind,
			o.form, o.amount, o.currency, o.appliesToYear, o.reliability, o.status, s.code)
			from Offer o left join o.sources s
			where o.negotiationId in :negotiationIds
			order by o.reportedDate, o.id, s.code""")
	List<OfferFigures> findFiguresForNegotiations(Collection<Long> negotiationIds);

	Offer save(Offer offer);

	Offer saveAndFlush(Offer offer);

	@EntityGraph(attributePaths = { "negotiation", "round", "sources" })
	Optional<Offer> findById(Long id);

	List<Offer> findByRoundId(Long roundId);

	long count();

}
