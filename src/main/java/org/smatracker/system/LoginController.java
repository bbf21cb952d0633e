package org.smatracker.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	/**
	 * The page to return to after signing in goes into the form: the {@code continue} parameter,
	 * else the same-site page whose "Sign in" link was followed. Checked again when used.
	 */
	@GetMapping("/login")
	String login(@RequestParam(name = "continue", required = false) String next,
			@RequestHeader(name = "Referer", required = false) String referer, HttpServletRequest request,
			Model model) {
		model.addAttribute("continueTo", ReturnPath.safe(next)
			.or(() -> ReturnPath.fromReferer(referer, request.getScheme(), request.getServerName(),
					request.getServerPort()))
			.orElse(null));
		return "login";
	}

}
