package org.smatracker.source;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.smatracker.edit.VersionedForm;

/** A citation as an analyst enters it. The code is given once, at creation, or generated. */
public class SourceForm extends VersionedForm {

	@Size(max = 40)
	@Pattern(regexp = "^$|^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$")
	private String code;

	@NotBlank
	@Size(max = 500)
	private String title;

	@Size(max = 200)
	private String publisher;

	private LocalDate publishedDate;

	@Size(max = 2000)
	@Pattern(regexp = "^$|^https?://[^\\s<>\"]+$")
	private String url;

	@Size(max = 4000)
	private String quoteOrNote;

	private boolean confirmed = true;

	static SourceForm of(Source s) {
		SourceForm f = new SourceForm();
		f.setVersion(s.getVersion());
		f.code = s.getCode();
		f.title = s.getTitle();
		f.publisher = s.getPublisher();
		f.publishedDate = s.getPublishedDate();
		f.url = s.getUrl();
		f.quoteOrNote = s.getQuoteOrNote();
		f.confirmed = s.isConfirmed();
		return f;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPublisher() {
		return publisher;
	}

	public void setPublisher(String publisher) {
		this.publisher = publisher;
	}

	public LocalDate getPublishedDate() {
		return publishedDate;
	}

	public void setPublishedDate(LocalDate publishedDate) {
		this.publishedDate = publishedDate;
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getQuoteOrNote() {
		return quoteOrNote;
	}

	public void setQuoteOrNote(String quoteOrNote) {
		this.quoteOrNote = quoteOrNote;
	}

	public boolean isConfirmed() {
		return confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

}
