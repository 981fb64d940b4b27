package be.digibank.staff;

import be.digibank.shared.FieldProblem;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import be.digibank.staff.web.StaffForms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public page behind an invitation or password-reset link: choose a password. An expired or used link is not found.
 */
@Controller
class InvitationController {

	private final StaffAdministration staff;
	private final MessageSource messages;

	InvitationController(StaffAdministration staff, MessageSource messages) {
		this.staff = staff;
		this.messages = messages;
	}

	@GetMapping("/invitation/{token}")
	String show(@PathVariable String token, Model model) {
		return page(staff.linkAccount(token), token, FormErrors.none(), model);
	}

	@PostMapping("/invitation/{token}")
	String choose(@PathVariable String token, @Valid @ModelAttribute("form") StaffForms.ChoosePassword form,
			BindingResult result, HttpServletResponse response, RedirectAttributes redirect, Model model) {
		StaffAccount account = staff.linkAccount(token);
		if (result.hasErrors()) {
			response.setStatus(422);
			return page(account, token, StaffWeb.errors(result, messages), model);
		}
		try {
			staff.choosePassword(token, form);
		} catch (FieldProblem refusal) {
			response.setStatus(422);
			return page(account, token, StaffWeb.refused(refusal, messages), model);
		}
		Flash.show(redirect, StaffWeb.text(messages, "invitation.done"));
		return "redirect:/login";
	}

	private String page(StaffAccount account, String token, FormErrors errors, Model model) {
		model.addAttribute("name", account.displayName());
		model.addAttribute("email", account.email());
		model.addAttribute("token", token);
		model.addAttribute("reset", account.passwordHash() != null);
		model.addAttribute("errors", errors);
		return "staff/invitation";
	}
}
