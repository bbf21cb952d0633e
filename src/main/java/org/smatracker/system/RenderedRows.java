package org.smatracker.system;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * The HTML of a repeated piece of a page (a timeline entry, a table row, a whole table), rendered once
 * per content and language and then reused: a page template writes {@code th:with="html=${@rendered.html(
 * 'fragments/contributions :: rows', 'years', years)}" th:utext="${html}"} where it would have rendered the
 * piece itself, or {@code @rendered.each('rows/timeline-entry', 'e', y.entries)} for one piece per value of
 * a list ({@code th:utext} evaluates in Thymeleaf's restricted mode, which refuses the call itself).
 * <p>
 * The key is the template, the language and the values themselves (page records of formatted strings,
 * compared by value), never an id or a version: a changed record is a different key, so nothing is
 * stale and nothing needs emptying after a write, and the first view after a write renders only the
 * pieces whose content changed. That is why this is not one of the caches {@link DataVersion}
 * empties. The pieces render without the request (a plain {@link Context}): a link expression or a
 * security check inside one fails loudly instead of being frozen for everyone; they read only the
 * values given and messages in the key's language.
 * <p>
 * Bounded by the characters held ({@code sma.cache.rows.max-chars}); {@code sma.cache.rows.enabled=false}
 * renders every piece every time (to measure the render cost itself).
 */
@Component("rendered")
public class RenderedRows {

	/**
	 * What the pieces' expressions are evaluated in, shared by every render. Without it Thymeleaf makes a
	 * new one per piece, and with it a new property reader whose look-ups (which getter a record's field
	 * has) start empty: a piece paid them for every value it read. Nothing here changes after it is made
	 * (Thymeleaf wraps it per render and keeps its own state in the wrapper): no beans, no variables.
	 */
	private static final EvaluationContext EXPRESSIONS = shared();

	private final ITemplateEngine templates;

	private final Cache<List<Object>, String> html;

	private final boolean enabled;

	RenderedRows(ITemplateEngine templates, @Value("${sma.cache.rows.enabled:true}") boolean enabled,
			@Value("${sma.cache.rows.max-chars:8000000}") long maxChars) {
		this.templates = templates;
		this.enabled = enabled;
		this.html = Caffeine.newBuilder()
			.maximumWeight(maxChars)
			.<List<Object>, String>weigher((key, value) -> value.length())
			.build();
	}

	/**
	 * The piece's HTML: {@code template} is a template name, or "name :: selector" for one fragment of
	 * it; {@code namesAndValues} alternate a variable's name and its value.
	 */
	public String html(String template, Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Names and values come in pairs: " + Arrays.toString(namesAndValues));
		}
		Locale locale = LocaleContextHolder.getLocale();
		if (!enabled) {
			return render(template, locale, namesAndValues);
		}
		List<Object> key = new ArrayList<>(namesAndValues.length + 2);
		key.add(template);
		key.add(locale);
		key.addAll(Arrays.asList(namesAndValues));
		// Not html.get(key, loader): a piece may itself place memoised pieces, and Caffeine's loader must not
		// re-enter the cache. Two requests may render the same piece at once; both get the same HTML.
		String cached = html.getIfPresent(key);
		if (cached == null) {
			cached = render(template, locale, namesAndValues);
			html.put(key, cached);
		}
		return cached;
	}

	/**
	 * The pieces of a list, one per value, joined by line breaks: what {@code th:each} over
	 * {@link #html} writes, for the same cache entries, in one call from the template rather than one
	 * expression per row (each a method call through SpEL, its arguments converted). {@code name} is
	 * the variable each value is given as; {@code namesAndValues} are passed to every piece after it.
	 */
	public String each(String template, String name, List<?> values, Object... namesAndValues) {
		Object[] arguments = new Object[namesAndValues.length + 2];
		arguments[0] = name;
		System.arraycopy(namesAndValues, 0, arguments, 2, namesAndValues.length);
		StringBuilder joined = new StringBuilder(values.size() * 512);
		for (Object value : values) {
			arguments[1] = value;
			if (!joined.isEmpty()) {
				joined.append('\n');
			}
			joined.append(html(template, arguments)); // html copies the arguments into its key
		}
		return joined.toString();
	}

	private String render(String template, Locale locale, Object[] namesAndValues) {
		Context context = new Context(locale);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, EXPRESSIONS);
		for (int i = 0; i < namesAndValues.length; i += 2) {
			context.setVariable((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		int selector = template.indexOf("::");
		if (selector < 0) {
			return templates.process(template, context).strip();
		}
		return templates.process(template.substring(0, selector).trim(),
				Set.of(template.substring(selector + 2).trim()), context).strip();
	}

	private static EvaluationContext shared() {
		StandardEvaluationContext context = new StandardEvaluationContext();
		// Made now, not on first use by whichever render comes first.
		TemplateExpressions.readRecords(context);
		context.getConstructorResolvers();
		context.getMethodResolvers();
		context.getTypeLocator();
		context.getTypeConverter();
		return context;
	}

}
