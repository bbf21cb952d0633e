package org.smatracker.system;

import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An API request no endpoint takes is a problem detail like any other refusal of the API: an address
 * that matches none (an id beyond {@code long}, a typo) is a 404, a method or a body type the address
 * does not take a 405 (with the methods it takes) or 415. No controller is involved, so the API's own
 * advice never sees these. Other addresses keep their HTML error pages.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnmatchedApiPathAdvice {

	@ExceptionHandler({ NoHandlerFoundException.class, NoResourceFoundException.class })
	@ResponseBody
	Object notFound(ServletException ex, HttpServletRequest request) throws ServletException {
		if (!isApi(request)) {
			throw ex; // the next resolver answers with the 404 page
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No such record or endpoint: " + request.getRequestURI());
		problem.setTitle("Not found");
		problem.setType(URI.create("about:blank"));
		return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler({ HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class })
	@ResponseBody
	Object notTaken(ServletException ex, HttpServletRequest request) throws ServletException {
		if (!isApi(request) || !(ex instanceof ErrorResponse refusal)) {
			throw ex; // the next resolver answers with the error page
		}
		return ResponseEntity.status(refusal.getStatusCode())
			.headers(refusal.getHeaders())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(refusal.getBody());
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
