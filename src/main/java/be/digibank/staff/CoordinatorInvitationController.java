package be.digibank.staff;

import be.digibank.network.DigibankSummary;
import be.digibank.network.Network;
import be.digibank.shared.DigibankId;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Role;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import be.digibank.staff.web.StaffForms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The platform administrator gives a new digibank its first coordinator, who then sets up everything else. The
 * administrator sees the one-time invitation link once, to pass it on.
 */
@Controller
class CoordinatorInvitationController {

	private static final String LINK = "oneTimeLink";

	private final StaffAdministration staff;
	private final Network network;
	private final MessageSource messages;

	CoordinatorInvitationController(StaffAdministration staff, Network network, MessageSource messages) {
		this.staff = staff;
		this.network = network;
		this.messages = messages;
	}

	@GetMapping("/digibanks/{digibankId}/coordinators/new")
	@PreAuthorize("hasAuthority('DIGIBANKS_ADMINISTER')")
	String form(@PathVariable String digibankId, Model model) {
		return page(digibank(digibankId), Map.of(), FormErrors.none(), model);
	}

	@PostMapping("/digibanks/{digibankId}/coordinators/new")
	@PreAuthorize("hasAuthority('DIGIBANKS_ADMINISTER')")
	String invite(@PathVariable String digibankId, @Valid @ModelAttribute("form") StaffForms.InviteCoordinator form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
		DigibankSummary digibank = digibank(digibankId);
		Map<String, String> typed = StaffWeb.typed(request, "name", "email");
		if (result.hasErrors()) {
			response.setStatus(422);
			return page(digibank, typed, StaffWeb.errors(result, messages), model);
		}
		StaffAdministration.Invited invited;
		try {
			invited = staff.invite(digibank.id(), new StaffForms.Invite(form.name(), form.email(), Role.COORDINATOR.name(), null));
		} catch (FieldProblem refusal) {
			response.setStatus(422);
			return page(digibank, typed, StaffWeb.refused(refusal, messages), model);
		}
		Flash.show(redirect, StaffWeb.text(messages, "staff.invited", form.name()));
		redirect.addFlashAttribute(LINK,
				ServletUriComponentsBuilder.fromCurrentContextPath().path("/invitation/{token}").buildAndExpand(invited.token()).toUriString());
		return "redirect:/digibanks/" + digibank.id() + "/coordinators/new";
	}

	private DigibankSummary digibank(String digibankId) {
		return DigibankId.parse(digibankId).flatMap(network::digibank).orElseThrow(NotFoundException::new);
	}

	private static String page(DigibankSummary digibank, Map<String, String> values, FormErrors errors, Model model) {
		model.addAttribute("digibank", digibank);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "staff/inviteCoordinator";
	}
}
