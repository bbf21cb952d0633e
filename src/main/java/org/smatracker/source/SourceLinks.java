package org.smatracker.source;

import java.util.Collection;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The sources behind a figure as one piece of HTML ({@code ${@sourceLinks.html(sources)}}, used by
 * {@code fragments/bits :: sources}): linked to the web address where there is one, else to the
 * source's page, flagged where unconfirmed. Written in Java because a figure's list is rendered for
 * every cell of the gap and position tables, where a template loop costs a dozen expressions a source;
 * every inserted piece is escaped.
 */
@Component("sourceLinks")
public class SourceLinks {

	private final MessageSource messages;

	SourceLinks(MessageSource messages) {
		this.messages = messages;
	}

	public String html(Collection<Source> sources) {
		if (sources == null || sources.isEmpty()) {
			return "";
		}
		String unconfirmed = null;
		String base = contextPath();
		StringBuilder html = new StringBuilder(96 * sources.size());
		for (Source s : sources) {
			if (html.length() > 0) {
				html.append(", ");
			}
			html.append("<a href=\"");
			if (s.hasWebUrl()) {
				html.append(escape(s.getUrl())).append("\" rel=\"noopener noreferrer\" target=\"_blank\"");
			}
			else {
				html.append(escape(base)).append("/sources/").append(s.getId()).append('"');
			}
			html.append(" title=\"")
				.append(escape(s.getTitle() + " (" + s.getPublisher() + ")"))
				.append("\">")
				.append(escape(s.getCode()))
				.append("</a>");
			if (!s.isConfirmed()) {
				if (unconfirmed == null) {
					unconfirmed = escape(messages.getMessage("source.unconfirmed", null, LocaleContextHolder.getLocale()));
				}
				html.append("<span class=\"badge text-bg-warning ms-1\">").append(unconfirmed).append("</span>");
			}
		}
		return html.toString();
	}

	/**
	 * The five characters HTML gives a meaning to, escaped as Spring's {@code HtmlUtils.htmlEscape(text,
	 * "UTF-8")} and Thymeleaf's text do, everything else as it is ("…" stays "…"). Spring's asks its
	 * table about every character and compares the encoding's name each time: the links are written for
	 * every cell of the negotiation page's tables, and that was 5% of its first view after an edit.
	 */
	static String escape(String text) {
		int first = firstToEscape(text);
		if (first < 0) {
			return text;
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		escaped.append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private static int firstToEscape(String text) {
		for (int i = 0; i < text.length(); i++) {
			switch (text.charAt(i)) {
				case '&', '<', '>', '"', '\'':
					return i;
				default:
			}
		}
		return -1;
	}

	private static String contextPath() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? request.getRequest().getContextPath() : "";
	}

}
