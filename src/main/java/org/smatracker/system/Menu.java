package org.smatracker.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;

/**
 * The header's main links in the request's language, the current page's marked: {@code ${menu.links(page)}}.
 * The links never change while the application runs, so each language's list is written once per page
 * name, not through a link, a message and two comparisons per item on every page.
 */
public final class Menu {

	/** Page names in the header's order, each with its address. */
	private static final List<String[]> ITEMS = List.of(new String[] { "timeline", "/" },
			new String[] { "negotiations", "/negotiations" }, new String[] { "agreements", "/agreements" },
			new String[] { "negotiators", "/negotiators" }, new String[] { "compare", "/compare" },
			new String[] { "sources", "/sources" }, new String[] { "rates", "/exchange-rates" },
			new String[] { "export", "/export" });

	/** Bounds what arbitrary Accept-Language headers can make it keep. */
	private static final int MOST_KEPT = 256;

	/** One link: {@code css} marks the current page, {@code current} is its aria-current value or null. */
	public record Link(String href, String label, String css, String current) {
	}

	private final MessageSource messages;

	private final Map<String, List<Link>> written = new ConcurrentHashMap<>();

	Menu(MessageSource messages) {
		this.messages = messages;
	}

	/** The links with {@code page} (a name as the templates pass it: "timeline", "none", …) marked. */
	public List<Link> links(String page, Locale locale) {
		String key = locale.toLanguageTag() + '|' + page;
		List<Link> links = written.get(key);
		if (links == null) {
			links = write(page, locale);
			if (written.size() < MOST_KEPT) {
				written.put(key, links);
			}
		}
		return links;
	}

	private List<Link> write(String page, Locale locale) {
		List<Link> links = new ArrayList<>(ITEMS.size());
		for (String[] item : ITEMS) {
			boolean here = item[0].equals(page);
			links.add(new Link(item[1], messages.getMessage("nav." + item[0], null, locale),
					here ? "nav-link active" : "nav-link", here ? "page" : null));
		}
		return List.copyOf(links);
	}

}
