package org.smatracker.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.support.RequestContextUtils;

import org.smatracker.model.InUseException;

/**
 * A delete refused because other records cite the one deleted: back to that record's page with the
 * reason. Every delete form posts to {@code /manage/<records>/<key>/delete}, whose page is
 * {@code /<records>/<key>}. (The API answers 409 through {@link ApiProblems}, which comes first.)
 */
@ControllerAdvice(annotations = Controller.class)
class RefusedDeleteAdvice {

	private static final Pattern DELETE = Pattern.compile("/manage(/[a-z-]+/[0-9]+)/delete");

	private final MessageSource messages;

	RefusedDeleteAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InUseException.class)
	String refused(InUseException ex, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request)
			.put("flashError", messages.getMessage(ex.getMessageKey(), ex.getArguments(), LocaleContextHolder.getLocale()));
		Matcher delete = DELETE.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		return "redirect:" + (delete.matches() ? delete.group(1) : "/");
	}

}
