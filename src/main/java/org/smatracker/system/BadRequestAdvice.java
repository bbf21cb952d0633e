package org.smatracker.system;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A forged form field (e.g. a list index far beyond the form's rows) is a bad request with the
 * error page, not a server error.
 */
@ControllerAdvice(annotations = Controller.class)
class BadRequestAdvice {

	@ExceptionHandler(InvalidPropertyException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalidProperty() {
		return "error";
	}

}
