package org.smatracker.negotiation;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import org.smatracker.edit.Edited;
import org.smatracker.source.Source;
import org.smatracker.source.SourceForm;
import org.smatracker.source.SourceRepository;
import org.smatracker.source.SourceService;

/**
 * Saves an article and the position it reports in one transaction: both parts are checked before
 * anything is written, so either both are saved or neither. An article already on record (same
 * address) is cited again rather than added twice.
 */
@Service
public class ArticleService {

	private final SourceRepository sources;

	private final SourceService sourceEditor;

	private final OfferEditService offerEditor;

	private final RoundRepository rounds;

	ArticleService(SourceRepository sources, SourceService sourceEditor, OfferEditService offerEditor,
			RoundRepository rounds) {
		this.sources = sources;
		this.sourceEditor = sourceEditor;
		this.offerEditor = offerEditor;
		this.rounds = rounds;
	}

	@Transactional
	public Edited<Offer> record(int smaNumber, ArticleForm form, Errors errors) {
		SourceForm article = form.getSource();
		OfferForm position = form.getPosition();
		Source existing = article.getUrl() == null || article.getUrl().isBlank() ? null
				: sources.findFirstByUrlOrderByIdAsc(article.getUrl().trim()).orElse(null);
		applyDefaults(position, article);
		errors.pushNestedPath("position");
		offerEditor.validateWithoutSources(smaNumber, position, errors);
		errors.popNestedPath();
		if (errors.hasErrors()) {
			return Edited.invalid();
		}
		Source source = existing;
		if (source == null) {
			errors.pushNestedPath("source");
			Edited<Source> created = sourceEditor.create(article, errors);
			errors.popNestedPath();
			if (created.isInvalid()) {
				return Edited.invalid();
			}
			source = created.record();
		}
		position.setSourceIds(List.of(source.getId()));
		errors.pushNestedPath("position");
		Edited<Offer> offer = offerEditor.create(smaNumber, position, errors);
		errors.popNestedPath();
		return offer;
	}

	/**
	 * Reported on the meeting's last day when a meeting is chosen, else on the article's date; the
	 * quote, when not given for the position, is the article's.
	 */
	private void applyDefaults(OfferForm position, SourceForm article) {
		if (position.getReportedDate() == null) {
			position.setReportedDate(position.getRoundId() == null ? article.getPublishedDate()
					: rounds.findById(position.getRoundId()).map(Round::getLastDay).orElse(article.getPublishedDate()));
		}
		if (position.getQuote() == null || position.getQuote().isBlank()) {
			position.setQuote(article.getQuoteOrNote());
		}
	}

}
