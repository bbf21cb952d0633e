package org.smatracker.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout and buttons need to know about who is asking, worked out once per request
 * and handed to the templates as plain values: {@code signedIn}, {@code canEdit} (analysts),
 * {@code isAdmin} and {@code userName}; and the header's links, {@code mainMenu} ({@link Menu}). A {@code th:if="${canEdit}"} costs a variable lookup where
 * {@code sec:authorize} parsed and evaluated a security expression per element.
 * <p>
 * While {@link ConditionalGetFilter} renders a page for its cache, {@code userName} is its marker,
 * replaced by each reader's name when the page is served.
 */
@ControllerAdvice
class LayoutModel {

	private final Menu menu;

	LayoutModel(MessageSource messages) {
		this.menu = new Menu(messages);
	}

	@ModelAttribute
	void who(Model model, HttpServletRequest request) {
		Authentication user = ConditionalGetFilter.signedIn(SecurityContextHolder.getContext().getAuthentication());
		boolean analyst = false;
		boolean admin = false;
		if (user != null) {
			for (GrantedAuthority authority : user.getAuthorities()) {
				analyst |= "ROLE_ANALYST".equals(authority.getAuthority());
				admin |= "ROLE_ADMIN".equals(authority.getAuthority());
			}
		}
		model.addAttribute("mainMenu", menu);
		model.addAttribute("signedIn", user != null);
		model.addAttribute("canEdit", analyst);
		model.addAttribute("isAdmin", admin);
		if (user != null) {
			Object marker = request.getAttribute(ConditionalGetFilter.USER_NAME_ATTRIBUTE);
			model.addAttribute("userName", marker != null ? marker : user.getName());
		}
	}

}
