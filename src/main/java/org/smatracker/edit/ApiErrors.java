package org.smatracker.edit;

import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import org.smatracker.model.StaleEditException;

/** Problem details (RFC 9457) for the write API: field errors with readable messages, conflicts. */
@Component
public class ApiErrors {

	private final MessageSource messages;

	ApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	public ProblemDetail invalid(Errors errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has invalid fields; nothing was saved.");
		problem.setTitle("Invalid input");
		List<Map<String, String>> fields = errors.getFieldErrors()
			.stream()
			.map(e -> Map.of("field", e.getField(), "message",
					messages.getMessage(e, LocaleContextHolder.getLocale())))
			.toList();
		problem.setProperty("errors", fields);
		return problem;
	}

	public ProblemDetail conflict(StaleEditException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The record was changed since the version you sent; nothing was saved. Fetch it again and re-apply.");
		problem.setTitle("Edit conflict");
		problem.setProperty("currentVersion", ex.getCurrentVersion());
		problem.setProperty("current", ex.getCurrent());
		return problem;
	}

}
