package org.smatracker.system;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.cache.interceptor.KeyGenerator;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The keys of the page models kept in the {@value #CACHE} cache: the view models of the pages that
 * cost most to build (a negotiation's page, the timeline, the compare page), each written out in one
 * language. A service method that builds one is annotated
 * {@code @Cacheable(cacheNames = PageModels.CACHE, keyGenerator = "pageModels", condition = "!@warmup.bypassesCaches()")}.
 * <p>
 * The key is the method, its arguments, the request's language, today's date (a model may say which
 * year it is) and {@link DataVersion#ofCitedRecord()}: everything such a model reads. So adding a source
 * keeps the models, and the first view afterwards only renders them; any other write builds them again.
 * Bounded by entries ({@code sma.cache.models.max-entries}, default 16), least recently used out
 * first: a model holds about as many characters as its page's HTML, some 100 KB for a real negotiation
 * and up to a few MB for one of the synthetic record's, 100 times larger.
 */
@Component("pageModels")
public class PageModels implements KeyGenerator {

	public static final String CACHE = "pageModels";

	private final DataVersion version;

	PageModels(DataVersion version) {
		this.version = version;
	}

	record Key(Method method, List<Object> arguments, Locale language, LocalDate today, long version) {
	}

	@Override
	public Object generate(Object target, Method method, Object... params) {
		return new Key(method, Arrays.asList(params.clone()), LocaleContextHolder.getLocale(), LocalDate.now(),
				version.ofCitedRecord());
	}

}
