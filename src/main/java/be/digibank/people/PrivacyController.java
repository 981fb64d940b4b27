package be.digibank.people;

import be.digibank.people.PeopleRepository.Person;
import be.digibank.people.PrivacyViews.DueRow;
import be.digibank.people.PrivacyViews.EraseForm;
import be.digibank.people.PrivacyViews.PolicyRow;
import be.digibank.people.PrivacyViews.RetentionForm;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/**
 * Privacy rights of a person (subject access, erasure), retention, the follow-up of proofs and the record of
 * processing.
 */
@Controller
class PrivacyController {

	private final PrivacyDesk privacy;
	private final ExportDocument documents;
	private final MessageSource messages;

	PrivacyController(PrivacyDesk privacy, ExportDocument documents, MessageSource messages) {
		this.privacy = privacy;
		this.documents = documents;
		this.messages = messages;
	}

	@GetMapping("/people/{personId}/privacy")
	@PreAuthorize("hasAuthority('PERSON_EXPORT')")
	String person(@PathVariable String personId, Model model) {
		Actor actor = CurrentActor.get();
		return personPage(actor, PeopleController.id(personId), EraseForm.empty(), FormErrors.none(), model);
	}

	private String personPage(Actor actor, PersonId id, EraseForm form, FormErrors errors, Model model) {
		Person person = privacy.load(actor, id);
		model.addAttribute("personId", id.toString());
		model.addAttribute("displayName", person.displayName());
		model.addAttribute("anonymisedAt", privacy.anonymisedAt(actor, id));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "people/privacy/person";
	}

	@GetMapping("/people/{personId}/export.pdf")
	@PreAuthorize("hasAuthority('PERSON_EXPORT')")
	ResponseEntity<byte[]> pdf(@PathVariable String personId) {
		PersonExport export = privacy.export(CurrentActor.get(), PeopleController.id(personId), "PDF");
		return download(documents.pdf(export), MediaType.APPLICATION_PDF, "person-" + personId + ".pdf");
	}

	@GetMapping("/people/{personId}/export.json")
	@PreAuthorize("hasAuthority('PERSON_EXPORT')")
	ResponseEntity<byte[]> json(@PathVariable String personId) {
		PersonExport export = privacy.export(CurrentActor.get(), PeopleController.id(personId), "JSON");
		return download(documents.json(export), MediaType.APPLICATION_JSON, "person-" + personId + ".json");
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok().contentType(type)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString()).body(body);
	}

	@PostMapping("/people/{personId}/erase")
	@PreAuthorize("hasAuthority('PERSON_ERASE')")
	String erase(@PathVariable String personId, @Valid @ModelAttribute("form") EraseForm form, BindingResult binding, Locale locale,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		PersonId id = PeopleController.id(personId);
		privacy.load(actor, id);
		String reason = form.reason() == null ? "" : form.reason().strip();
		if (reason.length() < 5 && !binding.hasFieldErrors("reason")) {
			binding.rejectValue("reason", "privacy.erase.reason.required");
		}
		PeopleForms.plain(binding, "reason", reason);
		if (!Boolean.TRUE.equals(form.confirmed())) {
			binding.rejectValue("confirmed", "privacy.erase.confirm.required");
		}
		if (binding.hasErrors()) {
			response.setStatus(422);
			return personPage(actor, id, form, FormErrors.of(binding, messages, locale), model);
		}
		privacy.erase(actor, id, reason);
		Flash.show(redirect, messages.getMessage("privacy.erase.done", null, locale));
		return "redirect:/people/" + id + "/privacy";
	}

	// retention

	@GetMapping("/people/retention")
	@PreAuthorize("hasAuthority('RETENTION_MANAGE')")
	String retention(Model model) {
		return retentionPage(CurrentActor.get(), new RetentionForm("IDENTITY", null), FormErrors.none(), model);
	}

	private String retentionPage(Actor actor, RetentionForm form, FormErrors errors, Model model) {
		model.addAttribute("policies", policies(privacy.policies(actor.tenant())));
		Map<String, List<DueRow>> preview = new LinkedHashMap<>();
		privacy.preview(actor.tenant()).forEach((category, due) -> preview.put(category.name(),
				due.stream().map(d -> new DueRow(d.id().value(), d.displayName(), d.lastContact())).toList()));
		model.addAttribute("preview", preview);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "people/privacy/retention";
	}

	@PostMapping("/people/retention")
	@PreAuthorize("hasAuthority('RETENTION_MANAGE')")
	String setRetention(@Valid @ModelAttribute("form") RetentionForm form, BindingResult binding, Locale locale, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		RetentionCategory category = null;
		try {
			category = RetentionCategory.valueOf(form.category() == null ? "" : form.category());
		} catch (IllegalArgumentException unknown) {
			binding.rejectValue("category", "people.error.choice");
		}
		if (binding.hasErrors() || category == null || form.months() == null) {
			response.setStatus(422);
			return retentionPage(actor, form, FormErrors.of(binding, messages, locale), model);
		}
		privacy.setPolicy(actor, category, form.months());
		Flash.show(redirect, messages.getMessage("privacy.retention.saved", null, locale));
		return "redirect:/people/retention";
	}

	@PostMapping("/people/retention/{policyId}/reset")
	@PreAuthorize("hasAuthority('RETENTION_MANAGE')")
	String resetRetention(@PathVariable String policyId, Locale locale, RedirectAttributes redirect) {
		privacy.resetPolicy(CurrentActor.get(), PeopleController.uuid(policyId));
		Flash.show(redirect, messages.getMessage("privacy.retention.reset", null, locale));
		return "redirect:/people/retention";
	}

	@PostMapping("/people/retention/run")
	@PreAuthorize("hasAuthority('RETENTION_MANAGE')")
	String runRetention(Locale locale, RedirectAttributes redirect) {
		int touched = privacy.applyNow(CurrentActor.get());
		Flash.show(redirect, messages.getMessage("privacy.retention.ran", new Object[]{touched}, locale));
		return "redirect:/people/retention";
	}

	// follow-up of proofs

	@GetMapping("/people/proofs/expiring")
	@PreAuthorize("hasAuthority('PERSON_SENSITIVE_VIEW')")
	String expiring(@RequestParam(required = false) @Nullable String days, Model model) {
		int within = 30;
		if (days != null && days.matches("[0-9]{1,3}")) {
			within = Math.min(365, Integer.parseInt(days));
		}
		model.addAttribute("days", within);
		model.addAttribute("proofs", privacy.expiring(CurrentActor.get(), within));
		return "people/privacy/expiring";
	}

	// record of processing

	@GetMapping("/privacy/processing")
	@PreAuthorize("hasAuthority('SIGNED_IN')")
	String processing(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("policies", actor.digibankId() == null ? List.of() : policies(privacy.policies(actor.digibankId())));
		return "people/privacy/processing";
	}

	static List<PolicyRow> policies(Map<RetentionCategory, PrivacyRepository.Policy> policies) {
		return policies.values().stream().map(p -> new PolicyRow(p.category().name(), p.id(), p.months())).toList();
	}
}
