package org.smatracker.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.agreement.Agreement;
import org.smatracker.api.ApiRecords.AgreementRecord;
import org.smatracker.api.ApiRecords.ExchangeRateRecord;
import org.smatracker.api.ApiRecords.NegotiationRecord;
import org.smatracker.api.ApiRecords.NegotiatorRecord;
import org.smatracker.api.ApiRecords.PositionRecord;
import org.smatracker.api.ApiRecords.RoundRecord;
import org.smatracker.api.ApiRecords.SourceRecord;
import org.smatracker.model.NotFoundException;
import org.smatracker.model.Party;
import org.smatracker.money.ExchangeRate;
import org.smatracker.negotiation.Negotiation;
import org.smatracker.negotiation.Round;
import org.smatracker.negotiation.Negotiator;
import org.smatracker.negotiation.Offer;
import org.smatracker.model.OfferStatus;
import org.smatracker.model.Reliability;
import org.smatracker.source.Source;

/**
 * The read API's queries. Each list is one count and one page query (to-one associations fetched in
 * the page query), and collections load in batches (hibernate.default_batch_fetch_size), so a call
 * costs a fixed number of statements whatever the page size. Records are built inside the
 * transaction; nothing lazy escapes.
 */
@Service
@Transactional(readOnly = true)
public class ReadApiService {

	private final EntityManager em;

	ReadApiService(EntityManager em) {
		this.em = em;
	}

	/** Conditions and their parameters, joined with "and". */
	private static final class Where {

		private final List<String> conditions = new ArrayList<>();

		private final Map<String, Object> params = new LinkedHashMap<>();

		Where add(Object value, String condition, String param) {
			if (value != null) {
				conditions.add(condition);
				params.put(param, value);
			}
			return this;
		}

		String clause() {
			return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		}

		<T> TypedQuery<T> bind(TypedQuery<T> query) {
			params.forEach(query::setParameter);
			return query;
		}

	}

	private <E, R> ApiPage<R> page(Class<E> type, String alias, String fetch, Where where, String order,
			Paging paging, Function<E, R> map) {
		String from = " from " + type.getSimpleName() + " " + alias;
		long total = where.bind(em.createQuery("select count(" + alias + ")" + from + where.clause(), Long.class))
			.getSingleResult();
		List<E> rows = where.bind(em.createQuery("select " + alias + from + fetch + where.clause() + " order by " + order, type))
			.setFirstResult(paging.offset())
			.setMaxResults(paging.size())
			.getResultList();
		return ApiPage.of(rows.stream().map(map).toList(), paging, total);
	}

	public ApiPage<AgreementRecord> agreements(Integer sma, LocalDate from, LocalDate to, Paging paging) {
		Where where = new Where().add(sma, "a.smaNumber = :sma", "sma")
			.add(from, "a.signedDate >= :from", "from")
			.add(to, "a.signedDate <= :to", "to");
		return page(Agreement.class, "a", "", where, "a.smaNumber", paging, AgreementRecord::of);
	}

	public AgreementRecord agreement(int sma) {
		return em.createQuery("select a from Agreement a where a.smaNumber = :sma", Agreement.class)
			.setParameter("sma", sma)
			.getResultStream()
			.findFirst()
			.map(AgreementRecord::of)
			.orElseThrow(() -> new NotFoundException("Agreement " + sma));
	}

	public ApiPage<NegotiationRecord> negotiations(Integer sma, LocalDate from, LocalDate to, Paging paging) {
		Where where = new Where().add(sma, "n.smaNumber = :sma", "sma")
			.add(from, "n.startDate >= :from", "from")
			.add(to, "n.startDate <= :to", "to");
		return page(Negotiation.class, "n", " left join fetch n.agreement", where, "n.smaNumber", paging,
				NegotiationRecord::of);
	}

	public NegotiationRecord negotiation(int sma) {
		return em
			.createQuery("select n from Negotiation n left join fetch n.agreement where n.smaNumber = :sma",
					Negotiation.class)
			.setParameter("sma", sma)
			.getResultStream()
			.findFirst()
			.map(NegotiationRecord::of)
			.orElseThrow(() -> new NotFoundException("Negotiation " + sma));
	}

	public ApiPage<RoundRecord> rounds(Integer sma, Party party, LocalDate from, LocalDate to, Paging paging) {
		Where where = new Where().add(sma, "r.negotiation.smaNumber = :sma", "sma")
			.add(party,
					"exists (select 1 from Round r2 join r2.participants p where r2 = r and p.negotiator.party = :party)",
					"party")
			.add(from, "r.startDate >= :from", "from")
			.add(to, "r.startDate <= :to", "to");
		return page(Round.class, "r", " join fetch r.negotiation", where, "r.startDate, r.id", paging,
				RoundRecord::of);
	}

	public RoundRecord round(long id) {
		return em.createQuery("select r from Round r join fetch r.negotiation where r.id = :id", Round.class)
			.setParameter("id", id)
			.getResultStream()
			.findFirst()
			.map(RoundRecord::of)
			.orElseThrow(() -> new NotFoundException("Round " + id));
	}

	public ApiPage<PositionRecord> positions(Integer sma, Party party, LocalDate from, LocalDate to,
			Reliability reliability, OfferStatus status, Paging paging) {
		Where where = new Where().add(sma, "o.negotiation.smaNumber = :sma", "sma")
			.add(party, "o.party = :party", "party")
			.add(from, "o.reportedDate >= :from", "from")
			.add(to, "o.reportedDate <= :to", "to")
			.add(reliability, "o.reliability = :reliability", "reliability")
			.add(status, "o.status = :status", "status");
		return page(Offer.class, "o", " join fetch o.negotiation left join fetch o.round", where,
				"o.reportedDate, o.id", paging, PositionRecord::of);
	}

	public PositionRecord position(long id) {
		return em
			.createQuery("select o from Offer o join fetch o.negotiation left join fetch o.round where o.id = :id",
					Offer.class)
			.setParameter("id", id)
			.getResultStream()
			.findFirst()
			.map(PositionRecord::of)
			.orElseThrow(() -> new NotFoundException("Position " + id));
	}

	public ApiPage<NegotiatorRecord> negotiators(Integer sma, Party party, Paging paging) {
		Where where = new Where()
			.add(sma, "exists (select 1 from Appointment ap where ap.negotiator = n and ap.negotiation.smaNumber = :sma)",
					"sma")
			.add(party, "n.party = :party", "party");
		return page(Negotiator.class, "n", "", where, "n.name, n.id", paging, NegotiatorRecord::of);
	}

	public NegotiatorRecord negotiator(long id) {
		Negotiator n = em.find(Negotiator.class, id);
		if (n == null) {
			throw new NotFoundException("Negotiator " + id);
		}
		return NegotiatorRecord.of(n);
	}

	public ApiPage<SourceRecord> sources(LocalDate from, LocalDate to, Paging paging) {
		Where where = new Where().add(from, "s.publishedDate >= :from", "from")
			.add(to, "s.publishedDate <= :to", "to");
		return page(Source.class, "s", "", where, "s.code", paging, SourceRecord::of);
	}

	public SourceRecord source(String code) {
		return em.createQuery("select s from Source s where s.code = :code", Source.class)
			.setParameter("code", code)
			.getResultStream()
			.findFirst()
			.map(SourceRecord::of)
			.orElseThrow(() -> new NotFoundException("Source " + code));
	}

	public ApiPage<ExchangeRateRecord> exchangeRates(Integer fromYear, Integer toYear, Paging paging) {
		Where where = new Where().add(fromYear, "e.year >= :fromYear", "fromYear")
			.add(toYear, "e.year <= :toYear", "toYear");
		return page(ExchangeRate.class, "e", "", where, "e.year", paging, ExchangeRateRecord::of);
	}

	public ExchangeRateRecord exchangeRate(int year) {
		return em.createQuery("select e from ExchangeRate e where e.year = :year", ExchangeRate.class)
			.setParameter("year", year)
			.getResultStream()
			.findFirst()
			.map(ExchangeRateRecord::of)
			.orElseThrow(() -> new NotFoundException("Exchange rate for " + year));
	}

}
