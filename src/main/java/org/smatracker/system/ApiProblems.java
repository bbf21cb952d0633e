package org.smatracker.system;


import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.context.request.WebRequest;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import org.smatracker.edit.ApiErrors;
import org.smatracker.model.BadRequestException;
import org.smatracker.model.InUseException;
import org.smatracker.model.NotFoundException;
import org.smatracker.model.StaleEditException;

/**
 * Errors of the JSON API as RFC 9457 problem details: Spring MVC's own (bad parameters, unsupported
 * methods …) through the base class, and ours here. Pages keep their HTML error pages.
 */
// First, so the API's own answers win over the page advices (a @RestController is a @Controller too).
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final ApiErrors errors;

	private final MessageSource messages;

	ApiProblems(ApiErrors errors, MessageSource messages) {
		this.errors = errors;
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(BadRequestException.class)
	ProblemDetail badRequest(BadRequestException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Bad request", ex.getMessage());
	}

	@ExceptionHandler(StaleEditException.class)
	ProblemDetail stale(StaleEditException ex) {
		return errors.conflict(ex);
	}

	@ExceptionHandler(InUseException.class)
	ProblemDetail inUse(InUseException ex) {
		return problem(HttpStatus.CONFLICT, "Still referred to",
				messages.getMessage(ex.getMessageKey(), ex.getArguments(), LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ProblemDetail raced(ObjectOptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "Edit conflict",
				"Someone else saved this record at the same moment; nothing was saved. Fetch it again and re-apply.");
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict",
				"The change conflicts with a stored record (e.g. a round number already used); nothing was saved.");
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(errors.invalid(ex.getBindingResult()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Bad request",
				"Parameter '" + ex.getName() + "' has an invalid value");
	}

	/** A problem answer; its type stays ProblemDetail's default, "about:blank". */
	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
