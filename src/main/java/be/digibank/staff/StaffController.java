package be.digibank.staff;

import be.digibank.shared.DigibankId;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.PartnerId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import be.digibank.shared.web.Option;
import be.digibank.staff.web.StaffForms;
import be.digibank.staff.web.StaffViews;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
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
 * The coordinator's pages for the accounts of their digibank: list, invite, details, change, disable, new links.
 */
@Controller
class StaffController {

	/** Flash attribute with a one-time link, shown once on the page after the redirect. */
	static final String LINK = "staffLink";

	private final StaffAdministration staff;
	private final MessageSource messages;
	private final Clock clock;

	StaffController(StaffAdministration staff, MessageSource messages, Clock clock) {
		this.staff = staff;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/staff")
	@PreAuthorize("hasAuthority('STAFF_VIEW')")
	String list(Model model) {
		DigibankId digibank = CurrentActor.get().tenant();
		Map<PartnerId, String> partners = staff.partnerNames(digibank);
		model.addAttribute("accounts",
				staff.accounts(digibank).stream().map(account -> StaffWeb.view(account, partners)).toList());
		return "staff/list";
	}

	@GetMapping("/staff/new")
	@PreAuthorize("hasAuthority('STAFF_MANAGE')")
	String inviteForm(Model model) {
		return invitePage(Map.of(), FormErrors.none(), model);
	}

	@PostMapping("/staff/new")
	@PreAuthorize("hasAuthority('STAFF_MANAGE')")
	String invite(@Valid @ModelAttribute("form") StaffForms.Invite form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
		DigibankId digibank = CurrentActor.get().tenant();
		Map<String, String> typed = StaffWeb.typed(request, "name", "email", "role", "partner");
		if (result.hasErrors()) {
			response.setStatus(422);
			return invitePage(typed, StaffWeb.errors(result, messages), model);
		}
		StaffAdministration.Invited invited;
		try {
			invited = staff.invite(digibank, form);
		} catch (FieldProblem refusal) {
			response.setStatus(422);
			return invitePage(typed, StaffWeb.refused(refusal, messages), model);
		}
		Flash.show(redirect, StaffWeb.text(messages, "staff.invited", form.name()));
		redirect.addFlashAttribute(LINK, link(invited.token()));
		return "redirect:/staff/" + invited.account();
	}

	@GetMapping("/staff/{accountId}")
	@PreAuthorize("hasAuthority('STAFF_VIEW')")
	String detail(@PathVariable String accountId, Model model) {
		DigibankId digibank = CurrentActor.get().tenant();
		StaffAccount account = staff.view(digibank, accountId);
		Map<String, String> values = Map.of("name", account.displayName(), "role", account.role().name(), "partner",
				account.partnerId() == null ? "" : account.partnerId().toString());
		return detailPage(account, values, FormErrors.none(), model);
	}

	@PostMapping("/staff/{accountId}")
	@PreAuthorize("hasAuthority('STAFF_MANAGE')")
	String edit(@PathVariable String accountId, @Valid @ModelAttribute("form") StaffForms.Edit form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		Actor actor = CurrentActor.get();
		DigibankId digibank = actor.tenant();
		Map<String, String> typed = StaffWeb.typed(request, "name", "role", "partner");
		if (result.hasErrors()) {
			StaffAccount account = staff.account(digibank, accountId);
			response.setStatus(422);
			return detailPage(account, typed, StaffWeb.errors(result, messages), model);
		}
		try {
			staff.edit(actor, digibank, accountId, form);
		} catch (FieldProblem refusal) {
			StaffAccount account = staff.account(digibank, accountId);
			response.setStatus(422);
			return detailPage(account, typed, StaffWeb.refused(refusal, messages), model);
		}
		Flash.show(redirect, StaffWeb.text(messages, "staff.saved"));
		return "redirect:/staff/" + accountId;
	}

	@PostMapping("/staff/{accountId}/disable")
	@PreAuthorize("hasAuthority('STAFF_MANAGE')")
	String disable(@PathVariable String accountId, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		staff.disable(actor, actor.tenant(), accountId);
		Flash.show(redirect, StaffWeb.text(messages, "staff.disabled"));
		return "redirect:/staff/" + accountId;
	}

	@PostMapping("/staff/{accountId}/enable")
	@PreAuthorize("hasAuthority('STAFF_MANAGE')")
	String enable(@PathVariable String accountId, RedirectAttributes redirect) {
		staff.enable(CurrentActor.get().tenant(), accountId);
		Flash.show(redirect, StaffWeb.text(messages, "staff.enabled"));
		return "redirect:/staff/" + accountId;
	}

	@PostMapping("/staff/{accountId}/password-reset")
	@PreAuthorize("hasAuthority('STAFF_MANAGE')")
	String passwordReset(@PathVariable String accountId, RedirectAttributes redirect) {
		String token = staff.passwordReset(CurrentActor.get().tenant(), accountId);
		Flash.show(redirect, StaffWeb.text(messages, "staff.linkCreated"));
		redirect.addFlashAttribute(LINK, link(token));
		return "redirect:/staff/" + accountId;
	}

	@PostMapping("/staff/{accountId}/second-factor-reset")
	@PreAuthorize("hasAuthority('STAFF_MANAGE')")
	String secondFactorReset(@PathVariable String accountId, RedirectAttributes redirect) {
		staff.resetSecondFactor(CurrentActor.get().tenant(), accountId);
		Flash.show(redirect, StaffWeb.text(messages, "staff.secondFactorRemoved"));
		return "redirect:/staff/" + accountId;
	}

	@GetMapping("/staff/tokens")
	@PreAuthorize("hasAuthority('STAFF_MANAGE')")
	String tokens(Model model) {
		DigibankId digibank = CurrentActor.get().tenant();
		model.addAttribute("tokens", staff.digibankTokens(digibank).stream()
				.map(token -> StaffWeb.view(token, clock.instant())).toList());
		return "staff/tokens";
	}

	@PostMapping("/staff/tokens/{tokenId}/revoke")
	@PreAuthorize("hasAuthority('STAFF_MANAGE')")
	String revoke(@PathVariable String tokenId, RedirectAttributes redirect) {
		staff.revokeDigibankToken(CurrentActor.get().tenant(), tokenId);
		Flash.show(redirect, StaffWeb.text(messages, "tokens.revoked"));
		return "redirect:/staff/tokens";
	}

	private String invitePage(Map<String, String> values, FormErrors errors, Model model) {
		DigibankId digibank = CurrentActor.get().tenant();
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", StaffWeb.roleOptions(messages));
		model.addAttribute("partners", partnerOptions(digibank));
		return "staff/invite";
	}

	private String detailPage(StaffAccount account, Map<String, String> values, FormErrors errors, Model model) {
		Actor actor = CurrentActor.get();
		DigibankId digibank = actor.tenant();
		Object link = model.asMap().get(LINK);
		model.addAttribute("account", StaffWeb.view(account, staff.partnerNames(digibank)));
		model.addAttribute("self", account.id().equals(actor.accountId()));
		model.addAttribute("link", link == null ? null : link.toString());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		model.addAttribute("roles", StaffWeb.roleOptions(messages));
		model.addAttribute("partners", partnerOptions(digibank));
		return "staff/detail";
	}

	private List<Option> partnerOptions(DigibankId digibank) {
		return staff.partnerNames(digibank).entrySet().stream()
				.map(entry -> new Option(entry.getKey().toString(), entry.getValue()))
				.sorted(java.util.Comparator.comparing(Option::label, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	private static String link(String token) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/invitation/{token}").buildAndExpand(token)
				.toUriString();
	}

}
