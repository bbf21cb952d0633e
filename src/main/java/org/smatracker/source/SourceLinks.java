package org.smatracker.source;

import java.util.Collection;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.smatracker.system.Html;

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
				html.append(Html.escape(s.getUrl())).append("\" rel=\"noopener noreferrer\" target=\"_blank\"");
			}
			else {
				html.append(Html.escape(base)).append("/sources/").append(s.getId()).append('"');
			}
			html.append(" title=\"")
				.append(Html.escape(s.getTitle() + " (" + s.getPublisher() + ")"))
				.append("\">")
				.append(Html.escape(s.getCode()))
				.append("</a>");
			if (!s.isConfirmed()) {
				if (unconfirmed == null) {
					unconfirmed = Html.escape(messages.getMessage("source.unconfirmed", null, LocaleContextHolder.getLocale()));
				}
				html.append("<span class=\"badge text-bg-warning ms-1\">").append(unconfirmed).append("</span>");
			}
		}
		return html.toString();
	}

	private static String contextPath() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? request.getRequest().getContextPath() : "";
	}

}
