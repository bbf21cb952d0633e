package org.smatracker.user;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins list users, add them, disable and enable them, and reset passwords. */
@Controller
class UserAdminController {

	private static final String VIEW = "admin/users";

	private final UserAdminService users;

	private final MessageSource messages;

	UserAdminController(UserAdminService users, MessageSource messages) {
		this.users = users;
		this.messages = messages;
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("users", users.list());
		model.addAttribute("roles", Role.values());
	}

	@GetMapping("/admin/users")
	String list(Model model) {
		model.addAttribute("newUserForm", new NewUserForm());
		return VIEW;
	}

	@PostMapping("/admin/users")
	String create(@Valid @ModelAttribute("newUserForm") NewUserForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("username") && users.exists(form.getUsername())) {
			result.rejectValue("username", "users.username.taken");
		}
		if (result.hasErrors()) {
			form.setPassword(null);
			return VIEW;
		}
		users.create(form);
		redirect.addFlashAttribute("flash", message("users.created", form.getUsername()));
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id:\\d{1,18}}/enabled")
	String enabled(@PathVariable long id, @RequestParam boolean enabled, Authentication me,
			RedirectAttributes redirect) {
		AppUser target = users.list().stream().filter(u -> u.getId() == id).findFirst().orElse(null);
		if (target != null && !enabled && target.getUsername().equals(me.getName())) {
			redirect.addFlashAttribute("flash", message("users.notYourself"));
			return "redirect:/admin/users";
		}
		AppUser user = users.setEnabled(id, enabled);
		redirect.addFlashAttribute("flash",
				message(enabled ? "users.enabledNow" : "users.disabledNow", user.getUsername()));
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id:\\d{1,18}}/password")
	String password(@PathVariable long id, @RequestParam(defaultValue = "") String password,
			RedirectAttributes redirect) {
		if (password.length() < UserAdminService.MIN_PASSWORD || password.length() > 200) {
			redirect.addFlashAttribute("flash", message("users.password.length"));
			return "redirect:/admin/users";
		}
		AppUser user = users.resetPassword(id, password);
		redirect.addFlashAttribute("flash", message("users.passwordReset", user.getUsername()));
		return "redirect:/admin/users";
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
