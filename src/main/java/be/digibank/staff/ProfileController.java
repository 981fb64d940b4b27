package be.digibank.staff;

import be.digibank.shared.FieldProblem;
import be.digibank.shared.PartnerId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.security.Permission;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import be.digibank.shared.web.Option;
import be.digibank.shared.web.Ui;
import be.digibank.staff.web.StaffForms;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone's own page: details, password, language and personal API tokens. */
@Controller
class ProfileController {

	static final String SECRET = "tokenSecret";

	private final StaffAdministration staff;
	private final MessageSource messages;
	private final SecurityContextRepository contexts;
	private final LocaleResolver locales;
	private final Clock clock;

	ProfileController(StaffAdministration staff, MessageSource messages, SecurityContextRepository contexts,
			LocaleResolver locales, Clock clock) {
		this.staff = staff;
		this.messages = messages;
		this.contexts = contexts;
		this.locales = locales;
		this.clock = clock;
	}

	@GetMapping("/profile")
	@PreAuthorize("hasAuthority('SIGNED_IN')")
	String profile(Model model) {
		return page(FormErrors.none(), FormErrors.none(), "", model);
	}

	@PostMapping("/profile/password")
	@PreAuthorize("hasAuthority('SIGNED_IN')")
	String changePassword(@Valid @ModelAttribute("passwordForm") StaffForms.ChangePassword form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect, Model model) {
		Actor actor = CurrentActor.get();
		if (result.hasErrors()) {
			response.setStatus(422);
			return page(StaffWeb.errors(result, messages), FormErrors.none(), "", model);
		}
		StaffAccount saved;
		try {
			saved = staff.changePassword(actor, form);
		} catch (FieldProblem refusal) {
			response.setStatus(422);
			return page(StaffWeb.refused(refusal, messages), FormErrors.none(), "", model);
		}
		stayInThisSession(saved, request, response);
		Flash.show(redirect, StaffWeb.text(messages, "profile.password.done"));
		return "redirect:/profile";
	}

	@PostMapping("/profile/language")
	@PreAuthorize("hasAuthority('SIGNED_IN')")
	String chooseLanguage(@RequestParam(defaultValue = "") String language, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!Ui.LANGUAGES.contains(language)) {
			return "redirect:/profile";
		}
		staff.chooseLanguage(CurrentActor.get(), language);
		locales.setLocale(request, response, Locale.forLanguageTag(language));
		Flash.show(redirect, messages.getMessage("profile.language.done", null, Locale.forLanguageTag(language)));
		return "redirect:/profile";
	}

	@PostMapping("/profile/tokens")
	@PreAuthorize("hasAuthority('API_TOKEN_MANAGE')")
	String createToken(@Valid @ModelAttribute("tokenForm") StaffForms.NewToken form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
		if (result.hasErrors()) {
			response.setStatus(422);
			String typed = request.getParameter("name");
			return page(FormErrors.none(), StaffWeb.errors(result, messages), typed == null ? "" : typed, model);
		}
		String secret = staff.createToken(CurrentActor.get(), form.name() == null ? "" : form.name());
		Flash.show(redirect, StaffWeb.text(messages, "tokens.createdFlash"));
		redirect.addFlashAttribute(SECRET, secret);
		return "redirect:/profile";
	}

	@PostMapping("/profile/tokens/{tokenId}/revoke")
	@PreAuthorize("hasAuthority('API_TOKEN_MANAGE')")
	String revokeToken(@PathVariable String tokenId, RedirectAttributes redirect) {
		staff.revokeOwnToken(CurrentActor.get(), tokenId);
		Flash.show(redirect, StaffWeb.text(messages, "tokens.revoked"));
		return "redirect:/profile";
	}

	private String page(FormErrors passwordErrors, FormErrors tokenErrors, String tokenName, Model model) {
		Actor actor = CurrentActor.get();
		StaffAccount account = staff.own(actor);
		Map<PartnerId, String> partners = account.digibankId() == null
				? Map.of()
				: staff.partnerNames(account.digibankId());
		Object secret = model.asMap().get(SECRET);
		model.addAttribute("account", StaffWeb.view(account, partners));
		model.addAttribute("language", account.language());
		model.addAttribute("languages", Ui.LANGUAGES.stream()
				.map(language -> new Option(language, StaffWeb.text(messages, "language." + language))).toList());
		model.addAttribute("passwordErrors", passwordErrors);
		model.addAttribute("tokenErrors", tokenErrors);
		model.addAttribute("tokenName", tokenName);
		model.addAttribute("canTokens", actor.can(Permission.API_TOKEN_MANAGE));
		model.addAttribute("tokens", actor.can(Permission.API_TOKEN_MANAGE)
				? staff.ownTokens(actor).stream().map(token -> StaffWeb.view(token, clock.instant())).toList()
				: java.util.List.of());
		model.addAttribute("secret", secret == null ? null : secret.toString());
		return "staff/profile";
	}

	/**
	 * The password change ended every session of the account; this one continues with the new session generation, under a
	 * new session id.
	 */
	private void stayInThisSession(StaffAccount saved, HttpServletRequest request, HttpServletResponse response) {
		Actor actor = saved.toActor();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(actor, null,
				StaffAccount.signedInAuthorities(saved.role()).stream().map(SimpleGrantedAuthority::new).toList());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		contexts.saveContext(context, request, response);
	}
}
