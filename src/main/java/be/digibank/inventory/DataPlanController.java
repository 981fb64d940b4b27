package be.digibank.inventory;

import be.digibank.inventory.WorkshopForms.DataPlanForm;
import be.digibank.inventory.WorkshopViews.DataPlanRow;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
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

/** Data plans: the list of plans ending soon, and the plan of one device. */
@Controller
class DataPlanController {

	private final DataPlanAdministration plans;
	private final DeviceAdministration devices;
	private final InventoryLabels labels;

	DataPlanController(DataPlanAdministration plans, DeviceAdministration devices, InventoryLabels labels) {
		this.plans = plans;
		this.devices = devices;
		this.labels = labels;
	}

	/** {@code expiring}: only plans ending within that many days (or ended); empty: every plan. */
	@GetMapping("/sim-plans")
	@PreAuthorize("hasAuthority('DEVICE_VIEW')")
	public String list(@RequestParam(defaultValue = "") String expiring, Model model) {
		Integer days = expiring.matches("[0-9]{1,4}") ? Integer.valueOf(expiring) : null;
		model.addAttribute("plans", plans.list(CurrentActor.get(), days));
		model.addAttribute("days", days);
		return "inventory/dataPlans";
	}

	@GetMapping("/devices/{deviceId}/data-plan")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String edit(@PathVariable String deviceId, Model model) {
		Actor actor = CurrentActor.get();
		DeviceId id = devices.existing(actor, DeviceController.id(deviceId));
		Optional<DataPlanRow> plan = plans.ofDevice(actor, id);
		String version = plans.version(actor, id).map(String::valueOf).orElse("");
		DataPlanForm form = plan.map(p -> new DataPlanForm(p.provider(), p.phoneNumber(), p.dataAllowanceGb() == null ? "" : p.dataAllowanceGb(),
				p.validUntil().toString(), version)).orElse(new DataPlanForm("", "", "", "", ""));
		return form(model, actor, id, form, FormErrors.none());
	}

	@PostMapping("/devices/{deviceId}/data-plan")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String save(@PathVariable String deviceId, @Valid @ModelAttribute("form") DataPlanForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		DeviceId id = devices.existing(actor, DeviceController.id(deviceId));
		LocalDate validUntil = null;
		if (!result.hasFieldErrors("validUntil")) {
			try {
				validUntil = LocalDate.parse(form.validUntil());
			} catch (DateTimeParseException unreadable) {
				result.rejectValue("validUntil", "date.invalid");
			}
		}
		if (!result.hasErrors() && validUntil != null) {
			BigDecimal allowance = form.dataAllowanceGb().isEmpty() ? null : new BigDecimal(form.dataAllowanceGb().replace(',', '.'));
			Integer seen = form.version().isBlank() ? null : InventoryForms.version(form.version());
			plans.save(actor, new DataPlan(id, form.provider(), form.phoneNumber(), allowance, validUntil, seen == null ? 0 : seen), seen);
			Flash.show(redirect, labels.t("inventory.sim.saved", locale));
			return "redirect:/devices/" + id;
		}
		response.setStatus(422);
		return form(model, actor, id, form, labels.errors(result, locale));
	}

	private String form(Model model, Actor actor, DeviceId id, DataPlanForm form, FormErrors errors) {
		model.addAttribute("device", devices.details(actor, id).device());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "inventory/dataPlanForm";
	}
}
