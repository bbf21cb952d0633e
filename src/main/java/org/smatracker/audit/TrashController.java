package org.smatracker.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.smatracker.edit.Flash;

@Controller
class TrashController {

	private final RestoreService restore;

	private final Flash flash;

	TrashController(RestoreService restore, Flash flash) {
		this.restore = restore;
		this.flash = flash;
	}

	@GetMapping("/admin/deleted")
	String deleted(Model model) {
		model.addAttribute("deleted", restore.deleted());
		return "admin/deleted";
	}

	@PostMapping("/admin/deleted/{type:[a-z-]{1,30}}/{id:\\d{1,18}}/restore")
	String restore(@PathVariable String type, @PathVariable long id, RedirectAttributes redirect) {
		restore.restore(type, id);
		return flash.redirect("/admin/deleted", redirect, "trash.restored");
	}

}
