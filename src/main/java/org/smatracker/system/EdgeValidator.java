package org.smatracker.system;

import java.beans.PropertyDescriptor;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;

import org.smatracker.model.InputRules;

/**
 * Every form and every JSON body of the write API passes here (it is Spring MVC's validator): Bean
 * Validation first, then the rules that hold for any field of any form, so that no form can forget
 * them: no control characters in text ({@link InputRules#isPlainText}), dates within
 * {@link InputRules#EARLIEST_DATE}–{@link InputRules#LATEST_DATE}, no missing list and no empty
 * entry in one (a JSON body can send {@code "sourceIds": null} or {@code [null]}). Nested forms (the
 * positions of a round, the years of an agreement) are walked too.
 */
class EdgeValidator implements SmartValidator {

	private static final String OUR_PACKAGE = "org.smatracker.";

	private final SmartValidator beanValidation;

	EdgeValidator(SmartValidator beanValidation) {
		this.beanValidation = beanValidation;
	}

	@Override
	public boolean supports(Class<?> clazz) {
		return true;
	}

	@Override
	public void validate(Object target, Errors errors) {
		validate(target, errors, new Object[0]);
	}

	@Override
	public void validate(Object target, Errors errors, Object... validationHints) {
		beanValidation.validate(target, errors, validationHints);
		if (target != null && target.getClass().getName().startsWith(OUR_PACKAGE)) {
			walk(target, "", errors);
		}
	}

	private void walk(Object form, String prefix, Errors errors) {
		BeanWrapper bean = new BeanWrapperImpl(form);
		for (PropertyDescriptor property : bean.getPropertyDescriptors()) {
			if (property.getReadMethod() == null || property.getWriteMethod() == null) {
				continue; // derived values (isBlank() …) are not input
			}
			String path = prefix + property.getName();
			check(bean.getPropertyValue(property.getName()), property.getPropertyType(), path, errors);
		}
	}

	private void check(Object value, Class<?> type, String path, Errors errors) {
		if (errors.hasFieldErrors(path)) {
			return;
		}
		if (value instanceof String text && !InputRules.isPlainText(text)) {
			errors.rejectValue(path, "ControlCharacters", "Control characters are not allowed.");
		}
		else if (value instanceof LocalDate date && !InputRules.isPlausibleDate(date)) {
			errors.rejectValue(path, "DateRange", new Object[] { InputRules.EARLIEST_DATE, InputRules.LATEST_DATE },
					"Not a plausible date.");
		}
		else if (value == null && List.class.isAssignableFrom(type)) {
			errors.rejectValue(path, "NotNull", "Required.");
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				Object element = list.get(i);
				String elementPath = path + "[" + i + "]";
				if (element == null) {
					errors.rejectValue(elementPath, "NotNull", "Required.");
				}
				else {
					check(element, element.getClass(), elementPath, errors);
				}
			}
		}
		else if (value != null && !(value instanceof Enum<?>) && value.getClass().getName().startsWith(OUR_PACKAGE)) {
			walk(value, path + ".", errors);
		}
	}

}
