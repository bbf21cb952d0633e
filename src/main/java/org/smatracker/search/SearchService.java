package org.smatracker.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.agreement.Agreement;
import org.smatracker.negotiation.Negotiator;
import org.smatracker.negotiation.Offer;
import org.smatracker.negotiation.ParticipantRole;
import org.smatracker.negotiation.Round;
import org.smatracker.negotiation.TalkFormats;
import org.smatracker.source.Source;
import org.smatracker.system.Formats;

/**
 * Finds rounds (venue, summary), people (name in either script), agreements (escalation text, or
 * the number), sources (code, title, publisher, quote) and positions (quote, note) containing the
 * words, case-insensitively. Facets count the matches by party, agreement and reliability; choosing
 * one keeps only the matches that have that value.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

	static final int MAX_PER_KIND = 50;

	private final EntityManager em;

	private final Formats fmt;

	private final TalkFormats talk;

	SearchService(EntityManager em, Formats fmt, TalkFormats talk) {
		this.em = em;
		this.fmt = fmt;
		this.talk = talk;
	}

	/** One match: what it is, how to show it, where it leads, and its facet values (null where it has none). */
	public record Hit(String kind, String title, String detail, String url, String party, Integer sma,
			String reliability) {
	}

	public record Facets(Map<String, Long> party, Map<Integer, Long> agreement, Map<String, Long> reliability) {
	}

	public record Result(String query, Map<String, List<Hit>> hits, int total, Facets facets) {
	}

	static String pattern(String q) {
		String escaped = singular(q.toLowerCase(Locale.ROOT)).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

	/**
	 * The query's last word without an English plural ending, so "rounds", "talks" or "cities" find
	 * "round", "talk" and "city" (a substring search then finds the plural too).
	 */
	static String singular(String q) {
		if (q.length() < 4 || !q.matches(".*[a-z]s")) {
			return q;
		}
		if (q.endsWith("ies")) {
			return q.substring(0, q.length() - 3) + "y";
		}
		if (q.endsWith("sses") || q.endsWith("xes") || q.endsWith("ches") || q.endsWith("shes")) {
			return q.substring(0, q.length() - 2);
		}
		if (q.endsWith("ss") || q.endsWith("us") || q.endsWith("is")) {
			return q;
		}
		return q.substring(0, q.length() - 1);
	}

	/**
	 * {@code /search}: the query as typed, whether it is too short to run (under two characters), and
	 * for a query that ran its result and the facets that narrowed it (unknown values ignored).
	 */
	public record SearchPage(String searchQuery, boolean tooShort, Result result, String party, Integer sma,
			String reliability) {
	}

	/** Reads the page's parameters leniently, then searches. */
	public SearchPage page(String q, String party, String sma, String reliability) {
		String typed = q == null ? "" : q.strip();
		String query = typed.length() > 100 ? typed.substring(0, 100) : typed;
		if (query.length() < 2) {
			return new SearchPage(typed, !query.isEmpty(), null, null, null, null);
		}
		Integer smaNumber = sma != null && sma.matches("\\d{1,3}") ? Integer.valueOf(sma) : null;
		String p = party != null && party.matches("ROK|US") ? party : null;
		String r = reliability != null && reliability.matches("OFFICIAL|REPORTED|ESTIMATE") ? reliability : null;
		return new SearchPage(typed, false, search(query, p, smaNumber, r), p, smaNumber, r);
	}

	public Result search(String query, String party, Integer sma, String reliability) {
		String q = query.strip();
		String p = pattern(q);
		List<Hit> all = new ArrayList<>();
		// A round matches on its place and summary, and on the name of a person who led it.
		for (Round r : em.createQuery("select distinct r from Round r join fetch r.negotiation left join r.participants pa "
				+ "left join pa.negotiator pn where lower(r.city) like :p escape '\\' "
				+ "or lower(r.country) like :p escape '\\' or lower(r.summary) like :p escape '\\' "
				+ "or (pa.role = :lead and (lower(pn.name) like :p escape '\\' or lower(pn.nameKo) like :p escape '\\')) "
				+ "order by r.startDate", Round.class)
			.setParameter("p", p)
			.setParameter("lead", ParticipantRole.LEAD)
			.setMaxResults(MAX_PER_KIND)
			.getResultList()) {
			int n = r.getNegotiation().getSmaNumber();
			all.add(new Hit("rounds", fmt.sma(n) + ", " + talk.roundTitle(r),
					fmt.span(r.getStartDate(), r.getEndDate()) + place(r) + snippet(r.getSummary(), q),
					"/negotiations/" + n + "#round-" + r.getId(), null, n, null));
		}
		for (Negotiator n : em.createQuery("select n from Negotiator n where lower(n.name) like :p escape '\\' "
				+ "or lower(n.nameKo) like :p escape '\\' order by n.name", Negotiator.class)
			.setParameter("p", p)
			.setMaxResults(MAX_PER_KIND)
			.getResultList()) {
			all.add(new Hit("negotiators", n.getName() + (n.getNameKo() == null ? "" : " (" + n.getNameKo() + ")"),
					n.getParty().name(), "/negotiators/" + n.getId(), n.getParty().name(), null, null));
		}
		Integer number = q.matches("\\d{1,3}") ? Integer.valueOf(q) : null;
		for (Agreement a : em.createQuery("select a from Agreement a where lower(a.escalationDetail) like :p escape '\\' "
				+ "or a.smaNumber = :n order by a.smaNumber", Agreement.class)
			.setParameter("p", p)
			.setParameter("n", number == null ? -1 : number)
			.setMaxResults(MAX_PER_KIND)
			.getResultList()) {
			all.add(new Hit("agreements", fmt.sma(a.getSmaNumber()),
					a.getFirstYear() + "–" + a.getLastYear() + snippet(a.getEscalationDetail(), q),
					"/agreements/" + a.getSmaNumber(), null, a.getSmaNumber(), null));
		}
		for (Source s : em.createQuery("select s from Source s where lower(s.code) like :p escape '\\' "
				+ "or lower(s.title) like :p escape '\\' or lower(s.publisher) like :p escape '\\' "
				+ "or lower(s.quoteOrNote) like :p escape '\\' order by s.code", Source.class)
			.setParameter("p", p)
			.setMaxResults(MAX_PER_KIND)
			.getResultList()) {
			all.add(new Hit("sources", s.getTitle(),
					s.getCode() + (s.getPublisher() == null ? "" : ", " + s.getPublisher()) + snippet(s.getQuoteOrNote(), q),
					"/sources/" + s.getId(), null, null, null));
		}
		for (Offer o : em.createQuery("select o from Offer o join fetch o.negotiation where lower(o.quote) like :p escape '\\' "
				+ "or lower(o.note) like :p escape '\\' order by o.reportedDate", Offer.class)
			.setParameter("p", p)
			.setMaxResults(MAX_PER_KIND)
			.getResultList()) {
			int n = o.getNegotiation().getSmaNumber();
			all.add(new Hit("positions", fmt.sma(n) + ", " + o.getParty() + " " + talk.stated(o),
					fmt.date(o.getReportedDate()) + snippet(o.getQuote() != null ? o.getQuote() : o.getNote(), q),
					"/negotiations/" + n + "#positions-heading", o.getParty().name(), n, o.getReliability().name()));
		}
		Facets facets = new Facets(count(all, Hit::party), count(all, Hit::sma), count(all, Hit::reliability));
		Map<String, List<Hit>> grouped = new java.util.LinkedHashMap<>();
		for (String kind : List.of("rounds", "negotiators", "agreements", "sources", "positions")) {
			grouped.put(kind, new ArrayList<>());
		}
		int total = 0;
		for (Hit h : all) {
			if ((party == null || party.equals(h.party())) && (sma == null || sma.equals(h.sma()))
					&& (reliability == null || reliability.equals(h.reliability()))) {
				grouped.get(h.kind()).add(h);
				total++;
			}
		}
		grouped.values().removeIf(List::isEmpty);
		return new Result(q, grouped, total, facets);
	}

	private static <K extends Comparable<K>> Map<K, Long> count(List<Hit> hits, java.util.function.Function<Hit, K> key) {
		Map<K, Long> counts = new TreeMap<>(Comparator.naturalOrder());
		for (Hit h : hits) {
			K k = key.apply(h);
			if (k != null) {
				counts.merge(k, 1L, Long::sum);
			}
		}
		return counts;
	}

	private static String place(Round r) {
		String place = r.getCity() == null ? "" : r.getCity() + (r.getCountry() == null ? "" : ", " + r.getCountry());
		return place.isEmpty() ? "" : " · " + place;
	}

	/** Up to 160 characters around the first match. */
	static String snippet(String text, String q) {
		if (text == null || text.isBlank()) {
			return "";
		}
		int at = text.toLowerCase(Locale.ROOT).indexOf(q.toLowerCase(Locale.ROOT));
		int start = Math.max(0, at < 0 ? 0 : at - 60);
		int end = Math.min(text.length(), start + 160);
		return " · " + (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
	}

}
