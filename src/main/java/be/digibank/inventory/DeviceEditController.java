package be.digibank.inventory;

import be.digibank.inventory.InventoryForms.DeviceForm;
import be.digibank.shared.ConflictException;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import be.digibank.shared.web.Option;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
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

/** Correcting a device after intake; the form carries the version it was loaded with. */
@Controller
class DeviceEditController {

	private final DeviceCorrection correction;
	private final DeviceAdministration devices;
	private final DonationAdministration donations;
	private final InventoryLabels labels;

	DeviceEditController(DeviceCorrection correction, DeviceAdministration devices, DonationAdministration donations,
			InventoryLabels labels) {
		this.correction = correction;
		this.devices = devices;
		this.donations = donations;
		this.labels = labels;
	}

	@GetMapping("/devices/{deviceId}/edit")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String edit(@PathVariable String deviceId, Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		DeviceCorrection.Editable editable = correction.editable(actor, DeviceController.id(deviceId));
		return form(model, locale, actor, editable, editable.form(), String.valueOf(editable.version()), FormErrors.none());
	}

	@PostMapping("/devices/{deviceId}/edit")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String save(@PathVariable String deviceId, @Valid @ModelAttribute("form") DeviceForm form, BindingResult result,
			@RequestParam(defaultValue = "") String version, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		DeviceCorrection.Editable editable = correction.editable(actor, DeviceController.id(deviceId));
		FormErrors errors;
		if (!result.hasErrors()) {
			try {
				Device device = correction.correct(actor, editable.id(), InventoryForms.version(version),
						DeviceController.description(form));
				Flash.show(redirect, labels.t("inventory.edit.saved", locale, device.assetTag()));
				return "redirect:/devices/" + device.id();
			} catch (FieldProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			} catch (ConflictException stale) {
				// Someone saved the device after this form was loaded: show their version's number, keep what was typed.
				response.setStatus(409);
				errors = FormErrors.none().add("version", labels.t("inventory.edit.stale", locale));
				return form(model, locale, actor, editable, form, String.valueOf(editable.version()), errors);
			}
		}
		response.setStatus(422);
		return form(model, locale, actor, editable, form, version, labels.errors(result, locale));
	}

	private String form(Model model, Locale locale, Actor actor, DeviceCorrection.Editable editable, DeviceForm form,
			String version, FormErrors errors) {
		model.addAttribute("deviceId", editable.id().toString());
		model.addAttribute("assetTag", editable.assetTag());
		model.addAttribute("version", version);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("categories", labels.options(DeviceCategory.class, "deviceCategory.", locale));
		model.addAttribute("triages", labels.options(Triage.class, "triage.", locale));
		model.addAttribute("storageTypes", labels.storageTypes(locale));
		model.addAttribute("grades", labels.grades(locale));
		model.addAttribute("locations", devices.locations(actor).stream()
				.map(location -> new Option(location.id().toString(), location.name())).toList());
		model.addAttribute("partners", devices.partners(actor).stream()
				.map(partner -> new Option(partner.id().toString(), partner.name())).toList());
		model.addAttribute("donations", donations.list(actor).stream()
				.map(d -> new Option(d.id().toString(), d.donorName() + " · " + d.receivedOn())).toList());
		return "inventory/deviceEdit";
	}
}
