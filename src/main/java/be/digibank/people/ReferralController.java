package be.digibank.people;

import be.digibank.people.PeopleForms.ReferralForm;
import be.digibank.people.PeopleViews.ReferralRow;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.security.Permission;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Referrals: one short form for the referrer, their own list with status, and handling by the digibank. */
@Controller
class ReferralController {

	private final ReferralDesk referrals;
	private final PeopleDesk people;
	private final MessageSource messages;

	ReferralController(ReferralDesk referrals, PeopleDesk people, MessageSource messages) {
		this.referrals = referrals;
		this.people = people;
		this.messages = messages;
	}

	@GetMapping("/referrals")
	@PreAuthorize("hasAuthority('REFERRAL_VIEW')")
	String list(Model model) {
		model.addAttribute("referrals", referrals.list(CurrentActor.get()));
		return "people/referrals";
	}

	@GetMapping("/referrals/new")
	@PreAuthorize("hasAuthority('REFERRAL_CREATE')")
	String newReferral(Model model) {
		return form(ReferralForm.empty(), FormErrors.none(), model);
	}

	@PostMapping("/referrals/new")
	@PreAuthorize("hasAuthority('REFERRAL_CREATE')")
	String create(@Valid @ModelAttribute("form") ReferralForm form, BindingResult binding, Locale locale, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		form.check(binding, people.servedMunicipalities(actor).keySet());
		if (binding.hasErrors()) {
			response.setStatus(422);
			return form(form, FormErrors.of(binding, messages, locale), model);
		}
		UUID id = referrals.create(actor, form);
		Flash.show(redirect, messages.getMessage("people.referral.sent", null, locale));
		return "redirect:/referrals/" + id;
	}

	private String form(ReferralForm form, FormErrors errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("served", people.servedMunicipalities(CurrentActor.get()));
		return "people/referralNew";
	}

	@GetMapping("/referrals/{referralId}")
	@PreAuthorize("hasAuthority('REFERRAL_VIEW')")
	String referral(@PathVariable String referralId, Model model) {
		Actor actor = CurrentActor.get();
		ReferralRow referral = referrals.view(actor, id(referralId));
		model.addAttribute("referral", referral);
		boolean handles = actor.can(Permission.REFERRAL_HANDLE) && actor.can(Permission.PERSON_VIEW) && "REQUESTED".equals(referral.status());
		model.addAttribute("suggestions", handles ? referrals.suggestions(actor, referral) : List.of());
		return "people/referral";
	}

	@PostMapping("/referrals/{referralId}/accept")
	@PreAuthorize("hasAuthority('REFERRAL_HANDLE')")
	String accept(@PathVariable String referralId, @RequestParam(defaultValue = "") String personId, @RequestParam(defaultValue = "") String note,
			Locale locale, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		UUID id = id(referralId);
		referrals.view(actor, id);
		@Nullable
		PersonId existing = personId.isBlank() || "new".equals(personId) ? null : PeopleController.id(personId);
		referrals.accept(actor, id, existing, limit(note));
		Flash.show(redirect, messages.getMessage("people.referral.accepted", null, locale));
		return "redirect:/referrals/" + id;
	}

	@PostMapping("/referrals/{referralId}/decline")
	@PreAuthorize("hasAuthority('REFERRAL_HANDLE')")
	String decline(@PathVariable String referralId, @RequestParam(name = "declineNote", defaultValue = "") String note, Locale locale,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		UUID id = id(referralId);
		referrals.decline(actor, id, limit(note));
		Flash.show(redirect, messages.getMessage("people.referral.declined", null, locale));
		return "redirect:/referrals/" + id;
	}

	@PostMapping("/referrals/{referralId}/complete")
	@PreAuthorize("hasAuthority('REFERRAL_HANDLE')")
	String complete(@PathVariable String referralId, @RequestParam(defaultValue = "") String note, Locale locale, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		UUID id = id(referralId);
		referrals.complete(actor, id, limit(note));
		Flash.show(redirect, messages.getMessage("people.referral.completed", null, locale));
		return "redirect:/referrals/" + id;
	}

	private static String limit(String note) {
		String plain = note.replace("<", "").replace(">", "").strip();
		return plain.length() > 500 ? plain.substring(0, 500) : plain;
	}

	static UUID id(String text) {
		return ReferralDesk.parse(text).orElseThrow(NotFoundException::new);
	}
}
