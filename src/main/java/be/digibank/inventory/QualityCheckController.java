package be.digibank.inventory;

import be.digibank.inventory.QualityChecklist.Answer;
import be.digibank.inventory.WorkshopForms.ChecklistChangeForm;
import be.digibank.inventory.WorkshopForms.ChecklistItemForm;
import be.digibank.inventory.WorkshopForms.QualityCheckForm;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

/** Running a quality check on a device, its history, and the checklists per category. */
@Controller
class QualityCheckController {

	private final QualityCheckAdministration checks;
	private final DeviceAdministration devices;
	private final InventoryLabels labels;

	QualityCheckController(QualityCheckAdministration checks, DeviceAdministration devices, InventoryLabels labels) {
		this.checks = checks;
		this.devices = devices;
		this.labels = labels;
	}

	@GetMapping("/devices/{deviceId}/quality-checks/new")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String sheet(@PathVariable String deviceId, Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		DeviceId id = devices.existing(actor, DeviceController.id(deviceId));
		return sheet(model, actor, id, null, Map.of(), FormErrors.none());
	}

	@PostMapping("/devices/{deviceId}/quality-checks")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String run(@PathVariable String deviceId, @Valid @ModelAttribute("form") QualityCheckForm form, BindingResult result,
			@RequestParam Map<String, String> parameters, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		DeviceId id = devices.existing(actor, DeviceController.id(deviceId));
		Map<UUID, Answer> answers = answers(parameters);
		FormErrors errors = labels.errors(result, locale);
		if (!result.hasErrors()) {
			try {
				QualityCheckAdministration.Outcome outcome = checks.run(actor, id, InventoryForms.version(form.version()), answers,
						WorkshopForms.number(form.batteryPercent()), form.notes(), locale);
				if (outcome.passed()) {
					Flash.show(redirect, labels.t("inventory.qc.flash.passed", locale));
					return "redirect:/devices/" + id;
				}
				Flash.show(redirect, labels.t("inventory.qc.flash.failed", locale));
				return "redirect:/repairs/" + outcome.repairId();
			} catch (QualityCheckAdministration.Incomplete incomplete) {
				incomplete.problems().forEach((field, key) -> errors.add(field, labels.t(key, locale)));
			} catch (DeviceRuleBroken refused) {
				errors.add("items", labels.t(refused.messageKey(), locale));
			}
		}
		response.setStatus(422);
		return sheet(model, actor, id, form, answers, errors);
	}

	@GetMapping("/devices/{deviceId}/quality-checks")
	@PreAuthorize("hasAuthority('DEVICE_VIEW')")
	public String history(@PathVariable String deviceId, Model model) {
		Actor actor = CurrentActor.get();
		DeviceId id = devices.existing(actor, DeviceController.id(deviceId));
		model.addAttribute("device", devices.details(actor, id).device());
		model.addAttribute("checks", checks.history(actor, id, 200));
		return "inventory/qualityChecks";
	}

	@GetMapping("/quality-checklists")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String checklists(@RequestParam(defaultValue = "LAPTOP") String category, Model model, Locale locale) {
		DeviceCategory chosen = DeviceController.parse(DeviceCategory.class, category);
		return checklist(model, locale, chosen == null ? DeviceCategory.LAPTOP : chosen, null, FormErrors.none());
	}

	@PostMapping("/quality-checklists/items")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String addItem(@Valid @ModelAttribute("itemForm") ChecklistItemForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		DeviceCategory category = DeviceController.parse(DeviceCategory.class, form.category());
		if (category == null) {
			throw new NotFoundException();
		}
		FormErrors errors = labels.errors(result, locale);
		if (!result.hasErrors()) {
			try {
				checks.addItem(CurrentActor.get(), category, InventoryForms.version(form.version()), form.label(), "true".equals(form.required()));
				Flash.show(redirect, labels.t("inventory.qc.settings.saved", locale));
				return "redirect:/quality-checklists?category=" + category;
			} catch (FieldProblem problem) {
				errors.add(problem.field(), labels.t(problem.messageKey(), locale));
			}
		}
		response.setStatus(422);
		return checklist(model, locale, category, form, errors);
	}

	@PostMapping("/quality-checklists/items/{checklistItemId}")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String changeItem(@PathVariable String checklistItemId, @Valid @ModelAttribute("changeForm") ChecklistChangeForm form,
			BindingResult result, Locale locale, RedirectAttributes redirect) {
		UUID item = be.digibank.shared.Identifiers.parse(checklistItemId).orElseThrow(NotFoundException::new);
		checks.categoryOfItem(CurrentActor.get(), item);
		Integer threshold = result.hasErrors() ? null : WorkshopForms.number(form.thresholdPercent());
		DeviceCategory category = checks.changeItem(CurrentActor.get(), item, InventoryForms.version(form.version()), "true".equals(form.required()),
				threshold, "true".equals(form.remove()));
		Flash.show(redirect, labels.t(result.hasErrors() ? "inventory.qc.settings.thresholdIgnored" : "inventory.qc.settings.saved", locale));
		return "redirect:/quality-checklists?category=" + category;
	}

	private String sheet(Model model, Actor actor, DeviceId id, @Nullable QualityCheckForm form, Map<UUID, Answer> answers, FormErrors errors) {
		InventoryViews.DeviceDetails details = devices.details(actor, id);
		boolean refurbishing = details.device().state() == DeviceState.REFURBISHING;
		model.addAttribute("device", details.device());
		model.addAttribute("sheet", refurbishing ? checks.sheet(actor, id) : null);
		model.addAttribute("form", form != null ? form : QualityCheckForm.empty(details.version()));
		Map<String, String> given = new HashMap<>();
		answers.forEach((item, answer) -> {
			given.put("result-" + item, answer.result().name());
			given.put("note-" + item, answer.note());
		});
		model.addAttribute("given", given);
		model.addAttribute("errors", errors);
		return "inventory/qualityCheck";
	}

	private String checklist(Model model, Locale locale, DeviceCategory category, @Nullable ChecklistItemForm form, FormErrors errors) {
		var view = checks.checklist(CurrentActor.get(), category);
		model.addAttribute("checklist", view);
		model.addAttribute("categories", labels.options(DeviceCategory.class, "deviceCategory.", locale));
		model.addAttribute("itemForm", form != null ? form : new ChecklistItemForm(category.name(), "", "true", Integer.toString(view.version())));
		model.addAttribute("errors", errors);
		return "inventory/qualityChecklists";
	}

	/**
	 * The answers from {@code result-<item>} and {@code note-<item>}; unreadable ones are left out (and so asked again).
	 */
	static Map<UUID, Answer> answers(Map<String, String> parameters) {
		Map<UUID, Answer> answers = new HashMap<>();
		parameters.forEach((name, value) -> {
			if (!name.startsWith("result-")) {
				return;
			}
			var item = be.digibank.shared.Identifiers.parse(name.substring("result-".length()));
			QualityChecklist.Result result = DeviceController.parse(QualityChecklist.Result.class, value);
			if (item.isPresent() && result != null) {
				String note = parameters.getOrDefault("note-" + item.get(), "");
				answers.put(item.get(), new Answer(result, note.length() > 500 ? note.substring(0, 500) : note));
			}
		});
		return answers;
	}
}
