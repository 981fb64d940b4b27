package be.digibank.inventory;

import be.digibank.inventory.WorkshopForms.KitForm;
import be.digibank.inventory.WorkshopForms.ScanForm;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.Identifiers;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Kits: the list, a new kit, and adding or removing devices by scanning them. */
@Controller
class KitController {

	private final KitAdministration kits;
	private final InventoryLabels labels;

	KitController(KitAdministration kits, InventoryLabels labels) {
		this.kits = kits;
		this.labels = labels;
	}

	@GetMapping("/kits")
	@PreAuthorize("hasAuthority('DEVICE_VIEW')")
	public String list(Model model) {
		model.addAttribute("kits", kits.list(CurrentActor.get()));
		model.addAttribute("form", new KitForm(""));
		model.addAttribute("errors", FormErrors.none());
		return "inventory/kits";
	}

	@PostMapping("/kits")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String create(@Valid @ModelAttribute("form") KitForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		if (result.hasErrors()) {
			response.setStatus(422);
			model.addAttribute("kits", kits.list(actor));
			model.addAttribute("errors", labels.errors(result, locale));
			return "inventory/kits";
		}
		var kit = kits.create(actor, form.name());
		Flash.show(redirect, labels.t("inventory.kit.created", locale, kit.code()));
		return "redirect:/kits/" + kit.id();
	}

	@GetMapping("/kits/{kitId}")
	@PreAuthorize("hasAuthority('DEVICE_VIEW')")
	public String show(@PathVariable String kitId, Model model) {
		return detail(model, id(kitId), new ScanForm(""), FormErrors.none());
	}

	/** A scanned code (a USB scanner types it and presses Enter) adds that device to the kit. */
	@PostMapping("/kits/{kitId}/items")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String add(@PathVariable String kitId, @Valid @ModelAttribute("form") ScanForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		UUID kit = id(kitId);
		FormErrors errors = labels.errors(result, locale);
		if (!result.hasErrors()) {
			try {
				String tag = kits.add(CurrentActor.get(), kit, form.code());
				Flash.show(redirect, labels.t("inventory.kit.added", locale, tag));
				return "redirect:/kits/" + kit;
			} catch (FieldProblem problem) {
				errors.add(problem.field(), labels.t(problem.messageKey(), locale));
			}
		}
		response.setStatus(422);
		return detail(model, kit, form, errors);
	}

	@PostMapping("/kits/{kitId}/items/{deviceId}/remove")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String remove(@PathVariable String kitId, @PathVariable String deviceId, Locale locale, RedirectAttributes redirect) {
		UUID kit = id(kitId);
		kits.remove(CurrentActor.get(), kit, DeviceController.id(deviceId));
		Flash.show(redirect, labels.t("inventory.kit.removed", locale));
		return "redirect:/kits/" + kit;
	}

	private String detail(Model model, UUID kit, ScanForm form, FormErrors errors) {
		model.addAttribute("kit", kits.details(CurrentActor.get(), kit));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "inventory/kit";
	}

	private static UUID id(String text) {
		return Identifiers.parse(text).orElseThrow(NotFoundException::new);
	}
}
