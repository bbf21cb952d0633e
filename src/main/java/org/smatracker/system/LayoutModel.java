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
 * {@code isAdmin} and {@code userName}; and the header's links, {@code mainMenu} ({@link Menu}) and
 * {@code languageLinkEn}/{@code languageLinkKo}. A {@code th:if="${canEdit}"} costs a variable lookup where
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

	/**
	 * The header's link to a language: this address's query with {@code lang} set, so a switch keeps
	 * what the page shows (the agreements compared, a search, a date replayed).
	 */
	static String languageLink(String query, String language) {
		StringBuilder link = new StringBuilder("?");
		if (query != null) {
			for (String part : query.split("&")) {
				if (!part.isEmpty() && !"lang".equals(part.split("=", 2)[0])) {
					link.append(part).append('&');
				}
			}
		}
		return link.append("lang=").append(language).toString();
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
		String query = request.getQueryString();
		model.addAttribute("languageLinkEn", languageLink(query, "en"));
		model.addAttribute("languageLinkKo", languageLink(query, "ko"));
		model.addAttribute("signedIn", user != null);
		model.addAttribute("canEdit", analyst);
		model.addAttribute("isAdmin", admin);
		if (user != null) {
			Object marker = request.getAttribute(ConditionalGetFilter.USER_NAME_ATTRIBUTE);
			model.addAttribute("userName", marker != null ? marker : user.getName());
		}
	}

}
