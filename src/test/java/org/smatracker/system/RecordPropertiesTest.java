package org.smatracker.system;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.expression.Expression;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.spel.SpelEvaluationException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.ReflectivePropertyAccessor;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import org.smatracker.AppTest;
import org.smatracker.SmaTrackerApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Templates read the application's records through {@link RecordProperties}: only their components,
 * only records of the application, and an expression that kept it still reads other values.
 */
@AppTest
class RecordPropertiesTest {

	/** Not public, as page records nested in a service are. */
	record Row(String label, List<String> cells) {

		String hidden() {
			return "not a component";
		}
	}

	public static class Bean {

		public String getLabel() {
			return "a bean's label";
		}

	}

	@Autowired
	TemplateEngine templates;

	@Autowired
	ApplicationContext application;

	private static StandardEvaluationContext withRecords() {
		StandardEvaluationContext context = new StandardEvaluationContext();
		TemplateExpressions.readRecords(context);
		return context;
	}

	@Test
	void readsTheComponentsOfTheApplicationsRecordsOnly() throws Exception {
		StandardEvaluationContext context = withRecords();
		Row row = new Row("Demand", List.of("US$5 billion"));
		assertThat(RecordProperties.INSTANCE.canRead(context, row, "label")).isTrue();
		assertThat(RecordProperties.INSTANCE.read(context, row, "cells").getValue()).isEqualTo(List.of("US$5 billion"));
		// a method that is not a component, and the class, are not this reader's
		assertThat(RecordProperties.INSTANCE.canRead(context, row, "hidden")).isFalse();
		assertThat(RecordProperties.INSTANCE.canRead(context, row, "class")).isFalse();
		// a record of a library is left to Thymeleaf's reader and its checks
		assertThat(RecordProperties.INSTANCE.canRead(context, new ReflectivePropertyAccessor(), "class")).isFalse();
		assertThat(RecordProperties.INSTANCE.canRead(context, null, "label")).isFalse();
		assertThat(RecordProperties.INSTANCE.canWrite(context, row, "label")).isFalse();
	}

	@Test
	void anExpressionThatKeptTheReaderStillReadsOtherValues() {
		StandardEvaluationContext context = withRecords();
		Expression label = new SpelExpressionParser().parseExpression("label");
		// the expression keeps the reader that served it; the next values are of other kinds
		assertThat(label.getValue(context, new Row("Demand", List.of()))).isEqualTo("Demand");
		assertThat(label.getValue(context, new Bean())).isEqualTo("a bean's label");
		assertThat(label.getValue(context, new Row("Offer", List.of()))).isEqualTo("Offer");
		assertThat(new SpelExpressionParser().parseExpression("['label']").getValue(context, Map.of("label", "a map's")))
			.isEqualTo("a map's");
		assertThatThrownBy(() -> new SpelExpressionParser().parseExpression("missing").getValue(context, new Row("x", List.of())))
			.isInstanceOf(SpelEvaluationException.class);
	}

	/**
	 * SpEL's own reader prefers {@code getLabel()} or {@code isLabel()} to a record's {@code label()}: a
	 * record with both would show another value through this reader than before it.
	 */
	@Test
	void noRecordOfTheApplicationHasAGetterBesideAComponent() throws Exception {
		Location classes = Location.of(SmaTrackerApplication.class.getProtectionDomain().getCodeSource().getLocation());
		List<String> both = new ArrayList<>();
		int records = 0;
		for (JavaClass imported : new ClassFileImporter().importLocations(List.of(classes))) {
			if (!imported.getName().startsWith("org.smatracker.")) {
				continue;
			}
			Class<?> type = Class.forName(imported.getName(), false, getClass().getClassLoader());
			if (!type.isRecord()) {
				continue;
			}
			records++;
			for (RecordComponent component : type.getRecordComponents()) {
				String capitalised = Character.toUpperCase(component.getName().charAt(0)) + component.getName().substring(1);
				for (String getter : List.of("get" + capitalised, "is" + capitalised)) {
					for (Method method : type.getMethods()) {
						if (method.getName().equals(getter) && method.getParameterCount() == 0) {
							both.add(type.getName() + "." + getter);
						}
					}
				}
			}
		}
		assertThat(records).as("records found").isGreaterThan(50);
		assertThat(both).isEmpty();
	}

	@Test
	void everyPagesExpressionsHaveTheReaderBeforeThymeleafsOwn() {
		// what Spring's view puts in a page's context, as the engine receives it
		ThymeleafEvaluationContext expressions = new ThymeleafEvaluationContext(application, null);
		Context context = new Context();
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, expressions);
		templates.getEngineContextFactory()
			.createEngineContext(templates.getConfiguration(),
					new TemplateData("test", null, null, org.thymeleaf.templatemode.TemplateMode.HTML, null), Map.of(),
					context);
		List<PropertyAccessor> accessors = expressions.getPropertyAccessors();
		assertThat(accessors).containsOnlyOnce(RecordProperties.INSTANCE);
		assertThat(accessors.indexOf(RecordProperties.INSTANCE)).isLessThan(accessors.size() - 1);
		assertThat(accessors.get(accessors.size() - 1)).isInstanceOf(ReflectivePropertyAccessor.class);

		// a second render's engine context does not add it twice
		templates.getEngineContextFactory()
			.createEngineContext(templates.getConfiguration(),
					new TemplateData("test", null, null, org.thymeleaf.templatemode.TemplateMode.HTML, null), Map.of(),
					context);
		assertThat(expressions.getPropertyAccessors()).containsOnlyOnce(RecordProperties.INSTANCE);
	}

}
