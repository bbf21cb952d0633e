package org.smatracker.system;

import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.context.IContext;
import org.thymeleaf.context.IEngineContext;
import org.thymeleaf.context.IEngineContextFactory;
import org.thymeleaf.context.StandardEngineContextFactory;
import org.thymeleaf.engine.TemplateData;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Gives every template's expressions {@link RecordProperties}: Spring's view makes a new evaluation
 * context per page, and Thymeleaf makes the engine's context from it here, before the first expression.
 */
@Configuration(proxyBeanMethods = false)
class TemplateExpressions {

	@Bean
	static BeanPostProcessor recordReadingTemplates() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setEngineContextFactory(new RecordReadingContexts());
				}
				return bean;
			}
		};
	}

	/** Adds the record reader to the evaluation context a render carries, once. */
	static void readRecords(StandardEvaluationContext expressions) {
		if (!expressions.getPropertyAccessors().contains(RecordProperties.INSTANCE)) {
			// Before SpEL's reflective reader (Thymeleaf's, with its checks), which stays last.
			expressions.addPropertyAccessor(RecordProperties.INSTANCE);
		}
	}

	private static final class RecordReadingContexts implements IEngineContextFactory {

		private final IEngineContextFactory standard = new StandardEngineContextFactory();

		@Override
		public IEngineContext createEngineContext(IEngineConfiguration configuration, TemplateData templateData,
				Map<String, Object> templateResolutionAttributes, IContext context) {
			if (context.getVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME)
					instanceof StandardEvaluationContext expressions) {
				readRecords(expressions);
			}
			return standard.createEngineContext(configuration, templateData, templateResolutionAttributes, context);
		}

	}

}
