package org.smatracker.edit;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The one-line message a form shows on the page it redirects to, in the reader's language. */
@Component
public class Flash {

	private final MessageSource messages;

	Flash(MessageSource messages) {
		this.messages = messages;
	}

	/** Redirects to {@code to}, where the message under {@code key} shows once. */
	public String redirect(String to, RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute("flash", message(key, args));
		return "redirect:" + to;
	}

	public String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
