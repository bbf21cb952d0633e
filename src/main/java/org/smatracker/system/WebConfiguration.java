package org.smatracker.system;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language: the browser's Accept-Language until the user picks one with {@code ?lang=}, which a
 * cookie then remembers.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final jakarta.validation.Validator beanValidation;

	WebConfiguration(jakarta.validation.Validator beanValidation) {
		this.beanValidation = beanValidation;
	}

	/** Forms and JSON bodies: Bean Validation plus the rules for every field (see EdgeValidator). */
	@Override
	public Validator getValidator() {
		return new EdgeValidator(new SpringValidatorAdapter(beanValidation));
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("sma-lang") {
			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				super.setLocale(request, response, locale == null ? null : supported(locale));
			}
		};
		resolver.setDefaultLocaleFunction(request -> supported(request.getLocale()));
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/** The app speaks English and Korean; any other language gets English. */
	static Locale supported(Locale requested) {
		return requested != null && "ko".equals(requested.getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
