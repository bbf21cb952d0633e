package org.smatracker.edit;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** The one place that says how {@link TrimmedText} controllers bind text. */
@ControllerAdvice(annotations = TrimmedText.class)
class TrimmedTextAdvice {

	@InitBinder
	void trimText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

}
