package org.smatracker.negotiation;

import jakarta.validation.Valid;

import org.smatracker.source.SourceForm;

/**
 * "Record from an article": the article as a source and the position it reports, entered on one
 * form and saved together ({@link ArticleService}). Fields bind as {@code source.url},
 * {@code position.amount}, so each part keeps its own form class and rules.
 */
public class ArticleForm {

	@Valid
	private SourceForm source = new SourceForm();

	@Valid
	private OfferForm position = new OfferForm();

	public SourceForm getSource() {
		return source;
	}

	public void setSource(SourceForm source) {
		this.source = source;
	}

	public OfferForm getPosition() {
		return position;
	}

	public void setPosition(OfferForm position) {
		this.position = position;
	}

}
