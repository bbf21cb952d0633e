package org.smatracker.feed;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;

import jakarta.persistence.EntityManager;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.smatracker.model.InputRules;
import org.smatracker.model.NotFoundException;
import org.smatracker.negotiation.Negotiation;
import org.smatracker.negotiation.Offer;
import org.smatracker.negotiation.Round;
import org.smatracker.negotiation.TalkFormats;
import org.smatracker.system.Formats;

/**
 * Atom feeds of rounds and positions, newest first: an entry's date is the last time it was changed
 * in the app (the change history), or else the day it happened. Built with Rome, not by hand.
 */
@Service
@Transactional(readOnly = true)
public class FeedService {

	static final int MAX_ENTRIES = 50;

	private final EntityManager em;

	private final JdbcTemplate jdbc;

	private final Formats fmt;

	private final TalkFormats talk;

	private final MessageSource messages;

	FeedService(EntityManager em, JdbcTemplate jdbc, Formats fmt, TalkFormats talk, MessageSource messages) {
		this.em = em;
		this.jdbc = jdbc;
		this.fmt = fmt;
		this.talk = talk;
		this.messages = messages;
	}

	private record Item(Date updated, Date published, SyndEntry entry) {
	}

	/** The whole record's feed, or one negotiation's when smaNumber is given; baseUrl is the app's address. */
	public SyndFeed feed(Integer smaNumber, String baseUrl) {
		if (smaNumber != null) {
			List<Negotiation> found = em.createQuery("select n from Negotiation n where n.smaNumber = :s", Negotiation.class)
				.setParameter("s", smaNumber)
				.getResultList();
			if (found.isEmpty()) {
				throw new NotFoundException("Negotiation " + smaNumber);
			}
		}
		Map<String, Date> changed = new HashMap<>();
		jdbc.query("select entity_type, entity_id, max(changed_at) from audit_log group by entity_type, entity_id",
				rs -> {
					Timestamp t = rs.getTimestamp(3);
					changed.put(rs.getString(1) + "/" + rs.getLong(2), new Date(t.getTime()));
				});
		String filter = smaNumber == null ? "" : " where n.smaNumber = :s";
		var roundQuery = em.createQuery("select r from Round r join fetch r.negotiation n" + filter, Round.class);
		var offerQuery = em.createQuery(
				"select o from Offer o join fetch o.negotiation n left join fetch o.round" + filter, Offer.class);
		if (smaNumber != null) {
			roundQuery.setParameter("s", smaNumber);
			offerQuery.setParameter("s", smaNumber);
		}
		List<Item> items = new ArrayList<>();
		for (Round r : roundQuery.getResultList()) {
			String title = message("feed.round", fmt.sma(r.getNegotiation().getSmaNumber()), talk.roundTitle(r),
					fmt.span(r.getStartDate(), r.getEndDate()), message("outcome." + r.getOutcome()));
			String link = baseUrl + "/negotiations/" + r.getNegotiation().getSmaNumber() + "#round-" + r.getId();
			items.add(item("round", r.getId(), title, link, r.getStartDate(), r.getSummary(), changed));
		}
		for (Offer o : offerQuery.getResultList()) {
			String round = o.getRound() == null ? message("feed.between") : talk.roundTitle(o.getRound());
			String title = message("feed.position", fmt.sma(o.getNegotiation().getSmaNumber()), round,
					message("party." + o.getParty()), message("offer.kind." + o.getKind()), talk.stated(o));
			String link = baseUrl + "/negotiations/" + o.getNegotiation().getSmaNumber() + "#positions-heading";
			String text = fmt.date(o.getReportedDate()) + (o.getQuote() == null ? "" : ": " + o.getQuote());
			items.add(item("position", o.getId(), title, link, o.getReportedDate(), text, changed));
		}
		items.sort(Comparator.comparing(Item::updated).thenComparing(Item::published).reversed());
		List<SyndEntry> entries = items.stream().limit(MAX_ENTRIES).map(Item::entry).toList();

		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle(smaNumber == null ? message("feed.title") : message("feed.negotiationTitle", fmt.sma(smaNumber)));
		String self = baseUrl + (smaNumber == null ? "/feed.atom" : "/negotiations/" + smaNumber + "/feed.atom");
		feed.setUri(self);
		feed.setLink(baseUrl + (smaNumber == null ? "/" : "/negotiations/" + smaNumber));
		SyndLink selfLink = new SyndLinkImpl();
		selfLink.setRel("self");
		selfLink.setHref(self);
		selfLink.setType("application/atom+xml");
		SyndLink alternate = new SyndLinkImpl();
		alternate.setRel("alternate");
		alternate.setHref(feed.getLink());
		alternate.setType("text/html");
		feed.setLinks(List.of(alternate, selfLink));
		feed.setAuthor("SMA Tracker");
		feed.setLanguage(LocaleContextHolder.getLocale().getLanguage());
		feed.setPublishedDate(items.isEmpty() ? new Date(0) : items.get(0).updated());
		feed.setEntries(entries);
		return feed;
	}

	private static Item item(String type, long id, String title, String link, LocalDate happened, String text,
			Map<String, Date> changed) {
		Date published = Date.from(happened.atStartOfDay().toInstant(ZoneOffset.UTC));
		Date updated = changed.getOrDefault(type + "/" + id, published);
		if (updated.before(published)) {
			updated = published;
		}
		SyndEntry entry = new SyndEntryImpl();
		entry.setUri("urn:sma-tracker:" + type + ":" + id);
		// Records stored before control characters were refused at the edge must not break the feed
		// for everyone (XML cannot carry them).
		entry.setTitle(InputRules.withoutControlCharacters(title));
		entry.setLink(link);
		entry.setPublishedDate(published);
		entry.setUpdatedDate(updated);
		entry.setAuthor("SMA Tracker");
		if (text != null && !text.isBlank()) {
			SyndContent summary = new SyndContentImpl();
			summary.setType("text");
			summary.setValue(InputRules.withoutControlCharacters(text));
			entry.setDescription(summary);
		}
		return new Item(updated, published, entry);
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}


}
