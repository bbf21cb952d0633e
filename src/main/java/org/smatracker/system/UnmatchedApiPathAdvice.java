package org.smatracker.system;

import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An API address that matches no endpoint (an id beyond {@code long}, a typo) is a 404 problem
 * detail like any unknown record; no controller is involved, so the API's own advice never sees it.
 * Other addresses keep the 404 page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnmatchedApiPathAdvice {

	@ExceptionHandler({ NoHandlerFoundException.class, NoResourceFoundException.class })
	@ResponseBody
	Object notFound(ServletException ex, HttpServletRequest request) throws ServletException {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			throw ex; // the next resolver answers with the 404 page
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No such record or endpoint: " + request.getRequestURI());
		problem.setTitle("Not found");
		problem.setType(URI.create("about:blank"));
		return org.springframework.http.ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
