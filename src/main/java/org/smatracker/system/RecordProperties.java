package org.smatracker.system;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;

/**
 * Reads a component of one of the application's own records ({@code ${row.amount}} on a page model) in
 * templates. The views read hundreds of values per page, every one through SpEL's reflective reader: it
 * first asks Thymeleaf whether the member is forbidden, looks the getter up, wraps it in a new accessor
 * and types the value, and the expression cannot keep that accessor for the next read because it is not
 * one of the context's own. This reader is: a template expression keeps it, and a read is one look-up and
 * the accessor's call (docs/performance.md, "What was changed" 41).
 * <p>
 * Only records of {@code org.smatracker} are read here, and only their components: what a record of a page
 * model holds is what the page shows. Anything else is left to Thymeleaf's own reader and its checks.
 */
final class RecordProperties implements PropertyAccessor {

	static final RecordProperties INSTANCE = new RecordProperties();

	private static final String PACKAGE = "org.smatracker.";

	/** Thrown when an expression that kept this reader meets another kind of value: SpEL then asks again. */
	private static final AccessException NOT_A_COMPONENT = new AccessException("Not a component of an application record") {
		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}
	};

	private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
		@Override
		protected Map<String, Method> computeValue(Class<?> type) {
			if (!type.isRecord() || !type.getName().startsWith(PACKAGE)) {
				return Map.of();
			}
			Map<String, Method> components = new HashMap<>();
			for (RecordComponent component : type.getRecordComponents()) {
				Method accessor = component.getAccessor();
				// A record nested in a class of its package is not public: its accessors are.
				accessor.setAccessible(true);
				components.put(component.getName(), accessor);
			}
			return Map.copyOf(components);
		}
	};

	private RecordProperties() {
	}

	@Override
	public Class<?>[] getSpecificTargetClasses() {
		return null;
	}

	@Override
	public boolean canRead(EvaluationContext context, Object target, String name) {
		return target != null && COMPONENTS.get(target.getClass()).containsKey(name);
	}

	@Override
	public TypedValue read(EvaluationContext context, Object target, String name) throws AccessException {
		Method accessor = target == null ? null : COMPONENTS.get(target.getClass()).get(name);
		if (accessor == null) {
			throw NOT_A_COMPONENT;
		}
		try {
			return new TypedValue(accessor.invoke(target));
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new AccessException("Cannot read " + name + " of " + target.getClass().getName(), ex);
		}
	}

	@Override
	public boolean canWrite(EvaluationContext context, Object target, String name) {
		return false;
	}

	@Override
	public void write(EvaluationContext context, Object target, String name, Object newValue) throws AccessException {
		throw new AccessException("Page records are not written from templates");
	}

}
