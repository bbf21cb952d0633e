package org.smatracker.system;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import org.smatracker.source.SourceForm;

import static org.assertj.core.api.Assertions.assertThat;

class EdgeValidatorTest {

	static EdgeValidator validator() {
		LocalValidatorFactoryBean beanValidation = new LocalValidatorFactoryBean();
		beanValidation.afterPropertiesSet();
		return new EdgeValidator(beanValidation);
	}

	@Test
	void controlCharactersAndImplausibleDatesAreFieldErrorsAnywhereInAForm() {
		SourceForm source = new SourceForm();
		source.setTitle("fine\ttitle\nwith a break");
		source.setQuoteOrNote("ring\u0007");
		source.setPublishedDate(LocalDate.of(9999, 12, 31));
		var errors = new BeanPropertyBindingResult(source, "sourceForm");
		validator().validate(source, errors);
		assertThat(errors.getFieldErrors()).extracting(e -> e.getField() + ":" + e.getCode())
			.containsExactlyInAnyOrder("quoteOrNote:ControlCharacters", "publishedDate:DateRange");
	}

	/** A form with rows, as a round has positions (kept here so the test does not follow renames). */
	public static class Parent {

		private List<Long> sourceIds = new ArrayList<>();

		private List<Row> positions = new ArrayList<>();

		public List<Long> getSourceIds() {
			return sourceIds;
		}

		public void setSourceIds(List<Long> sourceIds) {
			this.sourceIds = sourceIds;
		}

		public List<Row> getPositions() {
			return positions;
		}

		public void setPositions(List<Row> positions) {
			this.positions = positions;
		}

	}

	public static class Row {

		private String quote;

		private List<Long> sourceIds = new ArrayList<>();

		public String getQuote() {
			return quote;
		}

		public void setQuote(String quote) {
			this.quote = quote;
		}

		public List<Long> getSourceIds() {
			return sourceIds;
		}

		public void setSourceIds(List<Long> sourceIds) {
			this.sourceIds = sourceIds;
		}

	}

	@Test
	void missingListsAndEmptyEntriesAreFieldErrorsAndNestedFormsAreWalked() {
		Parent round = new Parent();
		Row position = new Row();
		position.setQuote("nul\u0000");
		position.setSourceIds(null);
		round.setPositions(new ArrayList<>(Arrays.asList(position, null)));
		round.setSourceIds(new ArrayList<>(Arrays.asList(1L, null)));
		var errors = new BeanPropertyBindingResult(round, "roundForm");
		validator().validate(round, errors);
		assertThat(errors.getFieldErrors()).extracting(e -> e.getField() + ":" + e.getCode())
			.contains("positions[0].quote:ControlCharacters", "positions[0].sourceIds:NotNull", "positions[1]:NotNull",
					"sourceIds[1]:NotNull");
	}

}
