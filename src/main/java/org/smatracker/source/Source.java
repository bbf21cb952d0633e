package org.smatracker.source;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.SQLRestriction;

import org.smatracker.model.DeletableEntity;
import org.smatracker.model.Recorded;

/** A citation behind a figure: every position, round and agreement figure cites at least one. */
@Entity
@SQLRestriction("deleted = false")
@Table(name = "sources")
public class Source extends DeletableEntity implements Recorded {

	/** The name of this kind of record in the change history. */
	public static final String AUDIT_TYPE = "source";

	private String code;

	private String title;

	private String publisher;

	private LocalDate publishedDate;

	private String url;

	@Column(name = "quote_or_note")
	private String quoteOrNote;

	/** False for background facts not yet confirmed by a published source. */
	private boolean confirmed;

	protected Source() {
	}

	public Source(String code, String title, String publisher, LocalDate publishedDate, String url,
			String quoteOrNote, boolean confirmed) {
		this.code = code;
		update(title, publisher, publishedDate, url, quoteOrNote, confirmed);
	}

	public void update(String title, String publisher, LocalDate publishedDate, String url, String quoteOrNote,
			boolean confirmed) {
		this.title = title;
		this.publisher = publisher;
		this.publishedDate = publishedDate;
		this.url = url;
		this.quoteOrNote = quoteOrNote;
		this.confirmed = confirmed;
	}

	public Map<String, String> snapshot() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("code", code);
		values.put("title", title);
		values.put("publisher", publisher == null ? "" : publisher);
		values.put("publishedDate", publishedDate == null ? "" : publishedDate.toString());
		values.put("url", url == null ? "" : url);
		values.put("quoteOrNote", quoteOrNote == null ? "" : quoteOrNote);
		values.put("confirmed", String.valueOf(confirmed));
		return values;
	}

	public String getCode() {
		return code;
	}

	public String getTitle() {
		return title;
	}

	public String getPublisher() {
		return publisher;
	}

	public LocalDate getPublishedDate() {
		return publishedDate;
	}

	public String getUrl() {
		return url;
	}

	public String getQuoteOrNote() {
		return quoteOrNote;
	}

	public boolean isConfirmed() {
		return confirmed;
	}

	/** Only web links are rendered as links; anything else stays text. */
	public boolean hasWebUrl() {
		return url != null && (url.startsWith("https://") || url.startsWith("http://"));
	}

}
