package org.smatracker.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.TimeZoneAwareLocaleContext;
import org.springframework.validation.Validator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.util.StringUtils;

/**
 * Language: the browser's Accept-Language until the user picks one with {@code ?lang=}, which a
 * cookie then remembers. Also where flash messages are kept.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** The cookie that remembers the language picked with {@code ?lang=}. */
	static final String LANGUAGE_COOKIE = "sma-lang";

	private static final String LANGUAGE_SWITCHED = WebConfiguration.class.getName() + ".languageSwitched";

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
		// A cookie is read back as whatever it names (a hand-made "sma-lang=fr_FR" gave an English page
		// marked lang="fr" with French dates): reading narrows it to the two languages, as writing does.
		CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE) {
			@Override
			public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
				super.setLocale(request, response, locale == null ? null : supported(locale));
			}

			@Override
			public Locale resolveLocale(HttpServletRequest request) {
				return supported(super.resolveLocale(request));
			}

			// Read at each use, as Spring's own context is: a "?lang=" switch sets the language after the
			// request's context was made, and the page must be written in the new one.
			@Override
			public LocaleContext resolveLocaleContext(HttpServletRequest request) {
				LocaleContext read = super.resolveLocaleContext(request);
				return new TimeZoneAwareLocaleContext() {
					@Override
					public Locale getLocale() {
						return supported(read.getLocale());
					}

					@Override
					public TimeZone getTimeZone() {
						return read instanceof TimeZoneAwareLocaleContext aware ? aware.getTimeZone() : null;
					}
				};
			}
		};
		resolver.setDefaultLocaleFunction(request -> supported(request.getLocale()));
		// A cookie that names no language at all ("sma-lang=%%%") gives the default, as one naming
		// another language does; Spring's own default answered every page with a 500.
		resolver.setRejectInvalidCookies(false);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	/**
	 * Flash messages (the "Saved." after a form) as Spring keeps them, in the session, but not looked
	 * for on our static files and WebJars, which never show one: the look read the session of every
	 * signed-in browser's stylesheet and script, from the database under profile postgres.
	 */
	@Bean
	FlashMapManager flashMapManager() {
		return new SessionFlashMapManager() {
			@Override
			protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
				return isStaticFile(request) ? null : super.retrieveFlashMaps(request);
			}
		};
	}

	/** Our own static files and WebJars: content-hashed names, no session, no security filters. */
	static boolean isStaticFile(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/static/") || path.startsWith("/webjars/");
	}

	/** The app speaks English and Korean; any other language gets English. */
	static Locale supported(Locale requested) {
		return requested != null && "ko".equals(requested.getLanguage()) ? Locale.KOREAN : Locale.ENGLISH;
	}

	/**
	 * A language switch, {@code ?lang=}: the language it names becomes this request's and the cookie
	 * remembers it; a value that names no language is ignored. Once per request, whoever comes first:
	 * the page cache for the answers it serves, the interceptor for everything else.
	 */
	static void switchLanguage(HttpServletRequest request, HttpServletResponse response, LocaleResolver resolver) {
		String value = request.getParameter("lang");
		if (value == null || request.getAttribute(LANGUAGE_SWITCHED) != null) {
			return;
		}
		request.setAttribute(LANGUAGE_SWITCHED, Boolean.TRUE);
		Locale picked;
		try {
			picked = StringUtils.parseLocale(value);
		}
		catch (IllegalArgumentException ex) {
			return;
		}
		if (picked != null) {
			resolver.setLocale(request, response, picked);
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				switchLanguage(request, response, RequestContextUtils.getLocaleResolver(request));
				return true;
			}
		});
	}

}
