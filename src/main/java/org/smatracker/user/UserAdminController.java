package org.smatracker.user;

import jakarta.validation.Valid;

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

import org.smatracker.edit.Flash;

/** Admins list users, add them, disable and enable them, and reset passwords. */
@Controller
class UserAdminController {

	private static final String VIEW = "admin/users";

	private final UserAdminService users;

	private final Flash flash;

	UserAdminController(UserAdminService users, Flash flash) {
		this.users = users;
		this.flash = flash;
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
		return flash.redirect("/admin/users", redirect, "users.created", form.getUsername());
	}

	@PostMapping("/admin/users/{id:\\d{1,18}}/enabled")
	String enabled(@PathVariable long id, @RequestParam boolean enabled, Authentication me,
			RedirectAttributes redirect) {
		AppUser target = users.list().stream().filter(u -> u.getId() == id).findFirst().orElse(null);
		if (target != null && !enabled && target.getUsername().equals(me.getName())) {
			return flash.redirect("/admin/users", redirect, "users.notYourself");
		}
		AppUser user = users.setEnabled(id, enabled);
		return flash.redirect("/admin/users", redirect, enabled ? "users.enabledNow" : "users.disabledNow", user.getUsername());
	}

	@PostMapping("/admin/users/{id:\\d{1,18}}/password")
	String password(@PathVariable long id, @RequestParam(defaultValue = "") String password,
			RedirectAttributes redirect) {
		if (password.length() < UserAdminService.MIN_PASSWORD || password.length() > 200) {
			return flash.redirect("/admin/users", redirect, "users.password.length");
		}
		AppUser user = users.resetPassword(id, password);
		return flash.redirect("/admin/users", redirect, "users.passwordReset", user.getUsername());
	}

}
