package org.smatracker.feed;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.smatracker.dataset.Csv;

/** {@code /changes}: what changed in the record lately, as a page, an Atom feed and a CSV. */
@Controller
class ChangesController {

	private static final String VIEW = "changes";

	private final ChangesService changes;

	private final MessageSource messages;

	ChangesController(ChangesService changes, MessageSource messages) {
		this.changes = changes;
		this.messages = messages;
	}

	@GetMapping("/changes")
	String page(Model model) {
		model.addAttribute("page", changes.page());
		return VIEW;
	}

	@GetMapping("/changes.csv")
	ResponseEntity<String> csv() {
		StringBuilder out = new StringBuilder(
				Csv.line(List.of("changed_at", "action", "record_type", "record", "link", "fields_changed", "sources")));
		String base = base();
		for (PublicChange c : changes.recent()) {
			List<String> fields = new ArrayList<>();
			c.fields().forEach(f -> fields.add(f.name() + ": " + nullToDash(f.before()) + " → " + nullToDash(f.after())));
			out.append(Csv.line(List.of(c.changedAt().toString(), c.action(), c.type(), nullToEmpty(c.record()),
					c.link() == null ? "" : base + c.link(), String.join("; ", fields), nullToEmpty(c.sources()))));
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("sma-tracker-changes.csv").build().toString())
			.body(out.toString());
	}

	@GetMapping("/changes.atom")
	ResponseEntity<String> atom(Locale locale) throws FeedException {
		String base = base();
		List<PublicChange> recent = changes.recent();
		List<SyndEntry> entries = new ArrayList<>();
		for (PublicChange c : recent) {
			SyndEntry entry = new SyndEntryImpl();
			entry.setUri("urn:sma-tracker:change:" + c.id());
			entry.setTitle(messages.getMessage("changes.entry",
					new Object[] { messages.getMessage("history.action." + c.action(), null, locale),
							messages.getMessage("history.type." + c.type(), null, c.type(), locale),
							nullToEmpty(c.record()) }, locale));
			entry.setLink(base + (c.link() == null ? "/changes" : c.link()));
			Date when = Date.from(c.changedAt());
			entry.setUpdatedDate(when);
			entry.setPublishedDate(when);
			SyndContentImpl text = new SyndContentImpl();
			text.setType("text/plain");
			List<String> lines = new ArrayList<>();
			c.fields().forEach(f -> lines.add(f.name() + ": " + nullToDash(f.before()) + " → " + nullToDash(f.after())));
			if (c.sources() != null) {
				lines.add(messages.getMessage("common.sources", null, locale) + ": " + c.sources());
			}
			text.setValue(String.join("\n", lines));
			entry.setDescription(text);
			entries.add(entry);
		}
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType("atom_1.0");
		feed.setTitle(messages.getMessage("changes.title", null, locale));
		feed.setUri(base + "/changes.atom");
		feed.setLink(base + "/changes");
		SyndLink self = new SyndLinkImpl();
		self.setRel("self");
		self.setHref(base + "/changes.atom");
		self.setType("application/atom+xml");
		SyndLink alternate = new SyndLinkImpl();
		alternate.setRel("alternate");
		alternate.setHref(base + "/changes");
		alternate.setType("text/html");
		feed.setLinks(List.of(alternate, self));
		feed.setAuthor("SMA Tracker");
		feed.setPublishedDate(recent.isEmpty() ? Date.from(LocalDate.of(1991, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC))
				: Date.from(recent.get(0).changedAt()));
		feed.setEntries(entries);
		return ResponseEntity.ok().contentType(FeedController.ATOM).body(new SyndFeedOutput().outputString(feed));
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

	private static String nullToDash(String s) {
		return s == null || s.isEmpty() ? "—" : s;
	}

}
