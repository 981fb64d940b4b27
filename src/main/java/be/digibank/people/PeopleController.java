package be.digibank.people;

import be.digibank.people.EligibilityRules.Proof;
import be.digibank.people.PeopleForms.ConsentForm;
import be.digibank.people.PeopleForms.OverrideForm;
import be.digibank.people.PeopleForms.PersonForm;
import be.digibank.people.PeopleForms.ProofForm;
import be.digibank.people.PeopleRepository.Person;
import be.digibank.people.PeopleRepository.PersonData;
import be.digibank.people.PeopleViews.PersonRow;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

/** The counter's pages: find, register (with "is this the same person?"), the record with eligibility and consent. */
@Controller
class PeopleController {

	private final PeopleDesk desk;
	private final PrivacyDesk privacy;
	private final PersonMerges merges;
	private final MessageSource messages;

	PeopleController(PeopleDesk desk, PrivacyDesk privacy, PersonMerges merges, MessageSource messages) {
		this.desk = desk;
		this.privacy = privacy;
		this.merges = merges;
		this.messages = messages;
	}

	@GetMapping("/people")
	@PreAuthorize("hasAuthority('PERSON_VIEW')")
	String search(@RequestParam(required = false) @Nullable String q, Model model) {
		Actor actor = CurrentActor.get();
		String query = q == null ? "" : q.strip();
		model.addAttribute("q", query);
		model.addAttribute("searched", !query.isEmpty());
		model.addAttribute("results", query.isEmpty() ? List.of() : desk.search(actor, query));
		return "people/search";
	}

	@GetMapping("/people/new")
	@PreAuthorize("hasAuthority('PERSON_REGISTER')")
	String registration(@RequestParam(required = false) @Nullable String name, Model model) {
		PersonForm empty = PersonForm.empty();
		if (name != null && !name.isBlank() && name.length() <= 200) {
			List<String> parts = PeopleForms.splitName(name);
			empty = new PersonForm(parts.get(0), parts.get(1), "", null, "", "NOT_GIVEN", "", "nl", "", "", "", false, "", List.of(), "", List.of(),
					null,
					false);
		}
		return registrationPage(empty, FormErrors.none(), List.of(), model);
	}

	@PostMapping("/people/new")
	@PreAuthorize("hasAuthority('PERSON_REGISTER')")
	String register(@Valid @ModelAttribute("form") PersonForm form, BindingResult binding, Locale locale, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Optional<PersonData> data = form.check(binding, desk.servedMunicipalities(actor).keySet(), desk.targetGroupCodes(actor), desk.today());
		if (data.isEmpty()) {
			response.setStatus(422);
			return registrationPage(form, FormErrors.of(binding, messages, locale), List.of(), model);
		}
		if (!form.confirmed()) {
			List<PersonRow> suggestions = desk.suggestions(actor, data.get(), null);
			if (!suggestions.isEmpty()) {
				return registrationPage(form, FormErrors.none(), suggestions, model);
			}
		}
		PersonId id = desk.register(actor, data.get(), form.targetGroups() == null ? List.of() : form.targetGroups());
		Flash.show(redirect, messages.getMessage("people.registered", null, locale));
		return "redirect:/people/" + id;
	}

	private String registrationPage(PersonForm form, FormErrors errors, List<PersonRow> suggestions, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("suggestions", suggestions);
		model.addAttribute("served", desk.servedMunicipalities(actor));
		return "people/new";
	}

	@GetMapping("/people/{personId}")
	@PreAuthorize("hasAuthority('PERSON_VIEW')")
	String person(@PathVariable String personId, Locale locale, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Optional<PersonId> survivor = merges.survivorOf(actor, id(personId));
		if (survivor.isPresent()) {
			Flash.show(redirect, messages.getMessage("people.merge.redirected", null, locale));
			return "redirect:/people/" + survivor.get();
		}
		return personPage(actor, id(personId), FormErrors.none(), ProofForm.empty(desk.today()), OverrideForm.empty(), ConsentForm.empty(), model);
	}

	private String personPage(Actor actor, PersonId id, FormErrors errors, ProofForm proof, OverrideForm override, ConsentForm consent, Model model) {
		model.addAttribute("person", desk.view(actor, id));
		model.addAttribute("verdicts", desk.eligibility(actor, id));
		model.addAttribute("proofs", desk.proofs(actor, id));
		model.addAttribute("overrides", desk.overrides(actor, id));
		model.addAttribute("consents", desk.consents(actor, id));
		model.addAttribute("proofTypes", desk.proofTypes(actor));
		model.addAttribute("targetGroups", desk.targetGroups(actor));
		model.addAttribute("errors", errors);
		model.addAttribute("proofForm", proof);
		model.addAttribute("overrideForm", override);
		model.addAttribute("consentForm", consent);
		model.addAttribute("timeline", privacy.timeline(actor, id));
		return "people/person";
	}

	@GetMapping("/people/{personId}/edit")
	@PreAuthorize("hasAuthority('PERSON_EDIT')")
	String edit(@PathVariable String personId, Model model) {
		Actor actor = CurrentActor.get();
		PersonId id = id(personId);
		Person person = desk.load(actor, id);
		return editPage(actor, id, PersonForm.of(person, desk.targetGroupsOf(actor, id)), FormErrors.none(), model);
	}

	@PostMapping("/people/{personId}/edit")
	@PreAuthorize("hasAuthority('PERSON_EDIT')")
	String change(@PathVariable String personId, @Valid @ModelAttribute("form") PersonForm form, BindingResult binding, Locale locale,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		PersonId id = id(personId);
		desk.load(actor, id);
		Optional<PersonData> data = form.check(binding, desk.servedMunicipalities(actor).keySet(), desk.targetGroupCodes(actor), desk.today());
		if (data.isEmpty() || form.version() == null) {
			response.setStatus(422);
			return editPage(actor, id, form, FormErrors.of(binding, messages, locale), model);
		}
		desk.update(actor, id, form.version(), data.get(), form.targetGroups() == null ? List.of() : form.targetGroups());
		Flash.show(redirect, messages.getMessage("people.saved", null, locale));
		return "redirect:/people/" + id;
	}

	private String editPage(Actor actor, PersonId id, PersonForm form, FormErrors errors, Model model) {
		model.addAttribute("personId", id.toString());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("served", desk.servedMunicipalities(actor));
		model.addAttribute("targetGroups", desk.targetGroups(actor));
		return "people/edit";
	}

	@PostMapping("/people/{personId}/proofs")
	@PreAuthorize("hasAuthority('ELIGIBILITY_PROOF_RECORD')")
	String addProof(@PathVariable String personId, @ModelAttribute("proofForm") ProofForm form, BindingResult binding, Locale locale,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		PersonId id = id(personId);
		desk.load(actor, id);
		String type = form.proofType() == null ? "" : form.proofType();
		if (desk.proofTypes(actor).stream().noneMatch(choice -> choice.code().equals(type))) {
			binding.rejectValue("proofType", "people.error.choice");
		}
		LocalDate seen = PeopleForms.date(binding, "proofSeenOn", form.proofSeenOn(), true);
		LocalDate until = PeopleForms.date(binding, "proofValidUntil", form.proofValidUntil(), false);
		if (seen != null && seen.isAfter(desk.today())) {
			binding.rejectValue("proofSeenOn", "people.error.date.future");
		}
		if (seen != null && until != null && until.isBefore(seen)) {
			binding.rejectValue("proofValidUntil", "people.error.validUntil.beforeSeen");
		}
		if (binding.hasErrors()) {
			response.setStatus(422);
			return personPage(actor, id, FormErrors.of(binding, messages, locale), form, OverrideForm.empty(), ConsentForm.empty(), model);
		}
		desk.addProof(actor, id, new Proof(type, seen, until));
		Flash.show(redirect, messages.getMessage("people.proof.added", null, locale));
		return "redirect:/people/" + id + "#eligibility";
	}

	@PostMapping("/people/{personId}/proofs/{proofId}/delete")
	@PreAuthorize("hasAuthority('ELIGIBILITY_PROOF_RECORD')")
	String removeProof(@PathVariable String personId, @PathVariable String proofId, Locale locale, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		PersonId id = id(personId);
		desk.load(actor, id);
		desk.removeProof(actor, id, uuid(proofId));
		Flash.show(redirect, messages.getMessage("people.proof.removed", null, locale));
		return "redirect:/people/" + id + "#eligibility";
	}

	@PostMapping("/people/{personId}/overrides")
	@PreAuthorize("hasAuthority('ELIGIBILITY_OVERRIDE')")
	String override(@PathVariable String personId, @Valid @ModelAttribute("overrideForm") OverrideForm form, BindingResult binding, Locale locale,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		PersonId id = id(personId);
		desk.load(actor, id);
		Service service = null;
		try {
			service = Service.valueOf(form.overrideService() == null ? "" : form.overrideService());
		} catch (IllegalArgumentException unknown) {
			binding.rejectValue("overrideService", "people.error.choice");
		}
		String reason = form.overrideReason() == null ? "" : form.overrideReason().strip();
		if (reason.length() < 5 && !binding.hasFieldErrors("overrideReason")) {
			binding.rejectValue("overrideReason", "people.error.override.reason");
		}
		PeopleForms.plain(binding, "overrideReason", reason);
		LocalDate until = PeopleForms.date(binding, "overrideValidUntil", form.overrideValidUntil(), false);
		if (until != null && until.isBefore(desk.today())) {
			binding.rejectValue("overrideValidUntil", "people.error.date.past");
		}
		if (binding.hasErrors() || service == null) {
			response.setStatus(422);
			return personPage(actor, id, FormErrors.of(binding, messages, locale), ProofForm.empty(desk.today()), form, ConsentForm.empty(), model);
		}
		desk.override(actor, id, service, !Boolean.FALSE.equals(form.overrideEligible()), reason, until);
		Flash.show(redirect, messages.getMessage("people.override.saved", null, locale));
		return "redirect:/people/" + id + "#eligibility";
	}

	@PostMapping("/people/{personId}/consents")
	@PreAuthorize("hasAuthority('CONSENT_RECORD')")
	String giveConsent(@PathVariable String personId, @Valid @ModelAttribute("consentForm") ConsentForm form, BindingResult binding, Locale locale,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		PersonId id = id(personId);
		desk.load(actor, id);
		String purpose = form.consentPurpose() == null ? "" : form.consentPurpose();
		String channel = form.consentChannel() == null ? "" : form.consentChannel();
		String partner = form.consentPartner() == null ? "" : form.consentPartner().strip();
		if (!PeopleForms.PURPOSES.contains(purpose)) {
			binding.rejectValue("consentPurpose", "people.error.choice");
		}
		if (!PeopleForms.CHANNELS.contains(channel)) {
			binding.rejectValue("consentChannel", "people.error.choice");
		}
		if ("SHARE_WITH_PARTNER".equals(purpose) && partner.isEmpty()) {
			binding.rejectValue("consentPartner", "people.error.consent.partner");
		}
		PeopleForms.plain(binding, "consentPartner", partner);
		if (binding.hasErrors()) {
			response.setStatus(422);
			return personPage(actor, id, FormErrors.of(binding, messages, locale), ProofForm.empty(desk.today()), OverrideForm.empty(), form, model);
		}
		desk.giveConsent(actor, id, purpose, "SHARE_WITH_PARTNER".equals(purpose) ? partner : "", channel);
		Flash.show(redirect, messages.getMessage("people.consent.saved", null, locale));
		return "redirect:/people/" + id + "#consent";
	}

	@PostMapping("/people/{personId}/consents/{consentId}/withdraw")
	@PreAuthorize("hasAuthority('CONSENT_RECORD')")
	String withdrawConsent(@PathVariable String personId, @PathVariable String consentId,
			@RequestParam(defaultValue = "IN_PERSON") String channel, Locale locale, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		PersonId id = id(personId);
		desk.load(actor, id);
		desk.withdrawConsent(actor, id, uuid(consentId), PeopleForms.CHANNELS.contains(channel) ? channel : "IN_PERSON");
		Flash.show(redirect, messages.getMessage("people.consent.withdrawn", null, locale));
		return "redirect:/people/" + id + "#consent";
	}

	static PersonId id(String text) {
		return PersonId.parse(text).orElseThrow(NotFoundException::new);
	}

	static UUID uuid(String text) {
		return be.digibank.shared.Identifiers.parse(text).orElseThrow(NotFoundException::new);
	}
}
