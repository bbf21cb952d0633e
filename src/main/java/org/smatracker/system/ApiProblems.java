package org.smatracker.system;

import java.net.URI;

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
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	@ExceptionHandler(BadRequestException.class)
	ProblemDetail badRequest(BadRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Bad request");
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	@ExceptionHandler(StaleEditException.class)
	ProblemDetail stale(StaleEditException ex) {
		return errors.conflict(ex);
	}

	@ExceptionHandler(InUseException.class)
	ProblemDetail inUse(InUseException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage(
				ex.getMessageKey(), ex.getArguments(), LocaleContextHolder.getLocale()));
		problem.setTitle("Still referred to");
		return problem;
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ProblemDetail raced(ObjectOptimisticLockingFailureException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Someone else saved this record at the same moment; nothing was saved. Fetch it again and re-apply.");
		problem.setTitle("Edit conflict");
		return problem;
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The change conflicts with a stored record (e.g. a round number already used); nothing was saved.");
		problem.setTitle("Conflict");
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(errors.invalid(ex.getBindingResult()));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail badParameter(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Parameter '" + ex.getName() + "' has an invalid value");
		problem.setTitle("Bad request");
		return problem;
	}

}
