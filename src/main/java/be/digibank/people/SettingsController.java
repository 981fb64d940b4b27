package be.digibank.people;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.people.EligibilityRules.Requirement;
import be.digibank.people.PrivacyViews.EntryForm;
import be.digibank.people.PrivacyViews.ListRow;
import be.digibank.people.PrivacyViews.RulesForm;
import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's settings of the register: eligibility rule per service, target groups and proof types. */
@Controller
class SettingsController {

	private final PeopleRepository people;
	private final PrivacyRepository lists;
	private final AuditTrail audit;
	private final MessageSource messages;

	SettingsController(PeopleRepository people, PrivacyRepository lists, AuditTrail audit, MessageSource messages) {
		this.people = people;
		this.lists = lists;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/people/settings")
	@PreAuthorize("hasAuthority('PEOPLE_ADMINISTER')")
	String settings(Model model) {
		Actor actor = CurrentActor.get();
		return page(actor, rules(actor.tenant()), EntryForm.empty(), EntryForm.empty(), FormErrors.none(), model);
	}

	private RulesForm rules(DigibankId digibank) {
		return new RulesForm(people.requirement(digibank, Service.LENDING).name(), people.requirement(digibank, Service.TRAINING).name(),
				people.requirement(digibank, Service.GUIDANCE).name());
	}

	private String page(Actor actor, RulesForm rules, EntryForm group, EntryForm proof, FormErrors errors, Model model) {
		model.addAttribute("rules", rules);
		model.addAttribute("targetGroups", rows(ConfigurableList.TARGET_GROUP, actor.tenant()));
		model.addAttribute("proofTypes", rows(ConfigurableList.PROOF_TYPE, actor.tenant()));
		model.addAttribute("groupForm", group);
		model.addAttribute("proofForm", proof);
		model.addAttribute("errors", errors);
		return "people/privacy/settings";
	}

	private List<ListRow> rows(ConfigurableList list, DigibankId digibank) {
		return lists.entries(list, digibank).stream().map(e -> new ListRow(e.id(), e.code(), e.label(), e.sensitive(), e.active())).toList();
	}

	@PostMapping("/people/settings/rules")
	@PreAuthorize("hasAuthority('PEOPLE_ADMINISTER')")
	@Transactional
	String saveRules(@ModelAttribute("rules") RulesForm form, BindingResult binding, Locale locale, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Map<Service, Requirement> chosen = new LinkedHashMap<>();
		chosen.put(Service.LENDING, requirement(binding, "lending", form.lending()));
		chosen.put(Service.TRAINING, requirement(binding, "training", form.training()));
		chosen.put(Service.GUIDANCE, requirement(binding, "guidance", form.guidance()));
		if (binding.hasErrors()) {
			response.setStatus(422);
			return page(actor, form, EntryForm.empty(), EntryForm.empty(), FormErrors.of(binding, messages, locale), model);
		}
		chosen.forEach((service, requirement) -> lists.setRequirement(actor.tenant(), service, requirement));
		audit.record(AuditAction.CHANGE, "EligibilityRule", actor.tenant(), "rules " + chosen);
		Flash.show(redirect, messages.getMessage("privacy.settings.saved", null, locale));
		return "redirect:/people/settings";
	}

	private static @Nullable Requirement requirement(BindingResult binding, String field, @Nullable String value) {
		try {
			return Requirement.valueOf(value == null ? "" : value);
		} catch (IllegalArgumentException unknown) {
			binding.rejectValue(field, "people.error.choice");
			return null;
		}
	}

	@PostMapping("/people/settings/target-groups")
	@PreAuthorize("hasAuthority('PEOPLE_ADMINISTER')")
	@Transactional
	String addTargetGroup(@Valid @ModelAttribute("groupForm") EntryForm form, BindingResult binding, Locale locale, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		return add(ConfigurableList.TARGET_GROUP, form, binding, locale, response, model, redirect);
	}

	@PostMapping("/people/settings/proof-types")
	@PreAuthorize("hasAuthority('PEOPLE_ADMINISTER')")
	@Transactional
	String addProofType(@Valid @ModelAttribute("proofForm") EntryForm form, BindingResult binding, Locale locale, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		return add(ConfigurableList.PROOF_TYPE, form, binding, locale, response, model, redirect);
	}

	private String add(ConfigurableList list, EntryForm form, BindingResult binding, Locale locale, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		String field = list == ConfigurableList.TARGET_GROUP ? "groupLabel" : "proofLabel";
		String typed = list == ConfigurableList.TARGET_GROUP ? form.groupLabel() : form.proofLabel();
		String label = typed == null ? "" : typed.strip();
		String code = code(label);
		if (label.isEmpty() || code.length() < 2) {
			if (!binding.hasFieldErrors(field)) {
				binding.rejectValue(field, "privacy.settings.label.required");
			}
		}
		PeopleForms.plain(binding, field, label);
		if (!binding.hasErrors()) {
			lists.copyDefaults(list, actor.tenant());
			if (lists.entries(list, actor.tenant()).stream().anyMatch(e -> e.code().equals(code))) {
				binding.rejectValue(field, "privacy.settings.label.taken");
			}
		}
		if (binding.hasErrors()) {
			response.setStatus(422);
			return page(actor, rules(actor.tenant()), form, form, FormErrors.of(binding, messages, locale), model);
		}
		try {
			lists.add(list, actor.tenant(), code, label, Boolean.TRUE.equals(form.sensitive()));
		} catch (DuplicateKeyException taken) {
			throw new ConflictException("privacy.settings.label.taken");
		}
		audit.record(AuditAction.CREATE, list == ConfigurableList.TARGET_GROUP ? "TargetGroup" : "ProofType", code, "added: " + label);
		Flash.show(redirect, messages.getMessage("privacy.settings.saved", null, locale));
		return "redirect:/people/settings";
	}

	/** The code of a new entry: its label in capitals without accents, other characters as underscores. */
	static String code(String label) {
		String folded = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT)
				.replaceAll("[^A-Z]+", "_").replaceAll("^_+|_+$", "");
		return folded.length() > 40 ? folded.substring(0, 40) : folded;
	}

	@PostMapping("/people/settings/target-groups/{targetGroupId}/toggle")
	@PreAuthorize("hasAuthority('PEOPLE_ADMINISTER')")
	@Transactional
	String toggleTargetGroup(@PathVariable String targetGroupId, Locale locale, RedirectAttributes redirect) {
		return toggle(ConfigurableList.TARGET_GROUP, PeopleController.uuid(targetGroupId), locale, redirect);
	}

	@PostMapping("/people/settings/proof-types/{proofTypeId}/toggle")
	@PreAuthorize("hasAuthority('PEOPLE_ADMINISTER')")
	@Transactional
	String toggleProofType(@PathVariable String proofTypeId, Locale locale, RedirectAttributes redirect) {
		return toggle(ConfigurableList.PROOF_TYPE, PeopleController.uuid(proofTypeId), locale, redirect);
	}

	private String toggle(ConfigurableList list, UUID id, Locale locale, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		String code = lists.entries(list, actor.tenant()).stream().filter(e -> e.id().equals(id)).map(PrivacyRepository.ListEntry::code).findFirst()
				.orElseThrow(NotFoundException::new);
		lists.copyDefaults(list, actor.tenant());
		boolean active = lists.toggle(list, actor.tenant(), code);
		audit.record(AuditAction.CHANGE, list == ConfigurableList.TARGET_GROUP ? "TargetGroup" : "ProofType", code,
				active ? "in use" : "no longer used");
		Flash.show(redirect, messages.getMessage(active ? "privacy.settings.activated" : "privacy.settings.deactivated", null, locale));
		return "redirect:/people/settings";
	}
}
