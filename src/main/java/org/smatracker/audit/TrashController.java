package org.smatracker.audit;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class TrashController {

	private final RestoreService restore;

	private final MessageSource messages;

	TrashController(RestoreService restore, MessageSource messages) {
		this.restore = restore;
		this.messages = messages;
	}

	@GetMapping("/admin/deleted")
	String deleted(Model model) {
		model.addAttribute("deleted", restore.deleted());
		return "admin/deleted";
	}

	@PostMapping("/admin/deleted/{type:[a-z-]{1,30}}/{id:\\d{1,18}}/restore")
	String restore(@PathVariable String type, @PathVariable long id, RedirectAttributes redirect) {
		restore.restore(type, id);
		redirect.addFlashAttribute("flash", messages.getMessage("trash.restored", null, LocaleContextHolder.getLocale()));
		return "redirect:/admin/deleted";
	}

}
