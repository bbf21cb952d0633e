package org.smatracker.system;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import org.smatracker.negotiation.RoundForm;
import org.smatracker.offer.PositionForm;
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

	@Test
	void missingListsAndEmptyEntriesAreFieldErrorsAndNestedFormsAreWalked() {
		RoundForm round = new RoundForm();
		PositionForm position = new PositionForm();
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
