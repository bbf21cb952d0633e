package org.smatracker.system;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.smatracker.model.RecordVersion;

/**
 * "Cite this" ({@code ${@cite.text(title)}} in templates): a permalink to the page as shown, with its
 * filters and the dataset version it showed, written as plain text and as BibTeX.
 */
@Component("cite")
public class Citations {

	private final MessageSource messages;

	private final RecordVersion version;

	Citations(MessageSource messages, RecordVersion version) {
		this.messages = messages;
		this.version = version;
	}

	/** The current address with its settings, without the language switch, with {@code version}. */
	public String permalink() {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("lang")
			.replaceQueryParam("version", version.current())
			.build()
			.toUriString();
	}

	public long version() {
		return version.current();
	}

	public String text(String title) {
		return messages.getMessage("cite.text", new Object[] { title, String.valueOf(version.current()), permalink(),
				LocalDate.now().toString(), String.valueOf(LocalDate.now().getYear()) }, locale());
	}

	public String bibtex(String title) {
		LocalDate today = LocalDate.now();
		String key = "smatracker" + today.getYear() + "v" + version.current();
		return "@misc{" + key + ",\n  author = {{SMA Tracker}},\n  title = {" + bib(title) + "},\n  year = {"
				+ today.getYear() + "},\n  howpublished = {\\url{" + permalink() + "}},\n  note = {Dataset version "
				+ version.current() + ", accessed " + today + "}\n}";
	}

	/** BibTeX's special characters in a title are escaped so the entry still parses. */
	private static String bib(String text) {
		return text.replace("\\", "\\textbackslash{}")
			.replace("{", "\\{")
			.replace("}", "\\}")
			.replace("&", "\\&")
			.replace("%", "\\%")
			.replace("$", "\\$")
			.replace("#", "\\#")
			.replace("_", "\\_");
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
