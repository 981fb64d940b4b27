package be.digibank.network;

import be.digibank.network.NetworkForms.PartnerForm;
import be.digibank.network.NetworkViews.PartnerRow;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.PartnerId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partner organisations of the coordinator's digibank. */
@Controller
class PartnerController {

	private final PartnerAdministration partners;
	private final LocationAdministration locations;
	private final Labels labels;

	PartnerController(PartnerAdministration partners, LocationAdministration locations, Labels labels) {
		this.partners = partners;
		this.locations = locations;
		this.labels = labels;
	}

	@GetMapping("/partners")
	@PreAuthorize("hasAuthority('PARTNER_VIEW')")
	public String list(Model model) {
		model.addAttribute("partners", partners.list(CurrentActor.get()));
		return "network/partners";
	}

	@GetMapping("/partners/new")
	@PreAuthorize("hasAuthority('PARTNER_MANAGE')")
	public String newPartner(Model model, Locale locale) {
		return form(model, locale, PartnerForm.empty(), FormErrors.none(), null);
	}

	@PostMapping("/partners")
	@PreAuthorize("hasAuthority('PARTNER_MANAGE')")
	public String create(@Valid @ModelAttribute("form") PartnerForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		if (!result.hasErrors()) {
			try {
				PartnerId id = partners.register(actor, form.name(), PartnerType.valueOf(form.type()),
						form.contactEmail(), form.contactPhone());
				Flash.show(redirect, labels.t("partner.created", locale, form.name().strip()));
				return "redirect:/partners/" + id;
			} catch (FieldProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		response.setStatus(422);
		return form(model, locale, form, labels.errors(result, locale), null);
	}

	@GetMapping("/partners/{partnerId}")
	@PreAuthorize("hasAuthority('PARTNER_VIEW')")
	public String show(@PathVariable String partnerId, Model model) {
		Actor actor = CurrentActor.get();
		PartnerRow partner = partners.view(actor, id(partnerId));
		model.addAttribute("partner", partner);
		model.addAttribute("locations",
				locations.list(actor).stream().filter(location -> location.partnerId().equals(partner.id())).toList());
		return "network/partner";
	}

	@GetMapping("/partners/{partnerId}/edit")
	@PreAuthorize("hasAuthority('PARTNER_MANAGE')")
	public String edit(@PathVariable String partnerId, Model model, Locale locale) {
		PartnerRow partner = partners.get(CurrentActor.get(), id(partnerId));
		return form(model, locale, new PartnerForm(partner.name(), partner.type().name(), partner.contactEmail(),
				partner.contactPhone(), String.valueOf(partner.version())), FormErrors.none(), partner);
	}

	@PostMapping("/partners/{partnerId}")
	@PreAuthorize("hasAuthority('PARTNER_MANAGE')")
	public String update(@PathVariable String partnerId, @Valid @ModelAttribute("form") PartnerForm form,
			BindingResult result, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		PartnerRow partner = partners.get(actor, id(partnerId));
		if (!result.hasErrors()) {
			try {
				partners.change(actor, new PartnerId(partner.id()),
						NetworkForms.version(form.version()), form.name(), PartnerType.valueOf(form.type()),
						form.contactEmail(), form.contactPhone());
				Flash.show(redirect, labels.t("partner.saved", locale, form.name().strip()));
				return "redirect:/partners/" + partner.id();
			} catch (FieldProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		response.setStatus(422);
		return form(model, locale, form, labels.errors(result, locale), partner);
	}

	@PostMapping("/partners/{partnerId}/deactivate")
	@PreAuthorize("hasAuthority('PARTNER_MANAGE')")
	public String deactivate(@PathVariable String partnerId, Locale locale, RedirectAttributes redirect) {
		PartnerId id = id(partnerId);
		partners.deactivate(CurrentActor.get(), id);
		Flash.show(redirect, labels.t("partner.deactivated", locale));
		return "redirect:/partners/" + id;
	}

	@PostMapping("/partners/{partnerId}/reactivate")
	@PreAuthorize("hasAuthority('PARTNER_MANAGE')")
	public String reactivate(@PathVariable String partnerId, Locale locale, RedirectAttributes redirect) {
		PartnerId id = id(partnerId);
		partners.reactivate(CurrentActor.get(), id);
		Flash.show(redirect, labels.t("partner.reactivated", locale));
		return "redirect:/partners/" + id;
	}

	private String form(Model model, Locale locale, PartnerForm form, FormErrors errors, @Nullable PartnerRow partner) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("partner", partner);
		model.addAttribute("types", labels.partnerTypes(locale));
		return "network/partnerForm";
	}

	static PartnerId id(String text) {
		return PartnerId.parse(text).orElseThrow(NotFoundException::new);
	}
}
