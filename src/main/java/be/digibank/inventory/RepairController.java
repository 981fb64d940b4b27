package be.digibank.inventory;

import be.digibank.inventory.WorkshopForms.PartForm;
import be.digibank.inventory.WorkshopForms.RepairForm;
import be.digibank.inventory.WorkshopForms.RepairWorkForm;
import be.digibank.inventory.WorkshopViews.RepairDetails;
import be.digibank.people.PersonId;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.Identifiers;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.StaffAccountId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import be.digibank.shared.web.Option;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
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

/** Repairs: the list, opening a repair of our device or a citizen's, and recording the work, parts and outcome. */
@Controller
class RepairController {

	private final RepairAdministration repairs;
	private final InventoryLabels labels;

	RepairController(RepairAdministration repairs, InventoryLabels labels) {
		this.repairs = repairs;
		this.labels = labels;
	}

	@GetMapping("/repairs")
	@PreAuthorize("hasAuthority('REPAIR_MANAGE')")
	public String list(@RequestParam(defaultValue = "") String all, Model model) {
		boolean everything = "true".equals(all);
		model.addAttribute("repairs", repairs.list(CurrentActor.get(), !everything));
		model.addAttribute("all", everything);
		return "inventory/repairs";
	}

	/** The form for a new repair; {@code q} searches the person whose device it is (a GET, so it works without JS). */
	@GetMapping("/repairs/new")
	@PreAuthorize("hasAuthority('REPAIR_MANAGE')")
	public String newRepair(@RequestParam(defaultValue = "DEVICE") String kind, @RequestParam(defaultValue = "") String device,
			@RequestParam(defaultValue = "") String q, Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		String chosen = "CITIZEN".equals(kind) ? "CITIZEN" : "DEVICE";
		return form(model, locale, actor, RepairForm.empty(chosen, device, actor.accountId().toString()), q.strip(), FormErrors.none());
	}

	@PostMapping("/repairs")
	@PreAuthorize("hasAuthority('REPAIR_MANAGE')")
	public String create(@Valid @ModelAttribute("form") RepairForm form, BindingResult result, @RequestParam(defaultValue = "") String q,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		boolean citizen = "CITIZEN".equals(form.kind());
		if (citizen && form.personId().isBlank()) {
			result.rejectValue("personId", "inventory.repair.person.required");
		}
		if (citizen && form.citizenCategory().isBlank()) {
			result.rejectValue("citizenCategory", "inventory.repair.category.required");
		}
		if (!citizen && form.deviceCode().isBlank()) {
			result.rejectValue("deviceCode", "inventory.repair.device.required");
		}
		FormErrors errors = labels.errors(result, locale);
		if (!result.hasErrors()) {
			try {
				Map<StaffAccountId, String> technicians = repairs.technicians(actor);
				StaffAccountId technician = technician(form.technicianId());
				Repair.Work work = Repair.Work.opened(form.problem(), technician, technician == null ? "" : technicians.getOrDefault(technician, ""));
				UUID id;
				if (citizen) {
					PersonId person = Identifiers.parse(form.personId()).map(PersonId::new)
							.orElseThrow(() -> new FieldProblem("personId", "inventory.repair.person.unknown"));
					id = repairs.openForCitizen(actor, person,
							new Repair.CitizenDevice(person, DeviceCategory.valueOf(form.citizenCategory()), form.citizenMakeModel()), work);
				} else {
					id = repairs.openForDevice(actor, form.deviceCode(), work);
				}
				Flash.show(redirect, labels.t("inventory.repair.opened", locale));
				return "redirect:/repairs/" + id;
			} catch (FieldProblem problem) {
				errors.add(problem.field(), labels.t(problem.messageKey(), locale));
			} catch (DeviceRuleBroken refused) {
				errors.add("deviceCode", labels.t(refused.messageKey(), locale));
			}
		}
		response.setStatus(422);
		return form(model, locale, actor, form, q.strip(), errors);
	}

	@GetMapping("/repairs/{repairId}")
	@PreAuthorize("hasAuthority('REPAIR_MANAGE')")
	public String show(@PathVariable String repairId, Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		RepairDetails details = repairs.details(actor, id(repairId));
		return detail(model, locale, actor, details, workForm(details), FormErrors.none(), new PartForm("", ""), FormErrors.none());
	}

	@PostMapping("/repairs/{repairId}")
	@PreAuthorize("hasAuthority('REPAIR_MANAGE')")
	public String save(@PathVariable String repairId, @Valid @ModelAttribute("workForm") RepairWorkForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		UUID id = id(repairId);
		RepairDetails details = repairs.details(actor, id);
		LocalDate returnedOn = null;
		if (!form.returnedOn().isEmpty() && !result.hasFieldErrors("returnedOn")) {
			try {
				returnedOn = LocalDate.parse(form.returnedOn());
			} catch (DateTimeParseException unreadable) {
				result.rejectValue("returnedOn", "date.invalid");
			}
		}
		FormErrors errors = labels.errors(result, locale);
		if (!result.hasErrors()) {
			try {
				Map<StaffAccountId, String> technicians = repairs.technicians(actor);
				StaffAccountId technician = technician(form.technicianId());
				Repair.Work work = new Repair.Work(form.problem(), form.diagnosis(), technician,
						technician == null ? "" : technicians.getOrDefault(technician, ""), form.isTrainee(), form.trainingTrack(),
						form.minutesSpent().isEmpty() ? 0 : Integer.parseInt(form.minutesSpent()),
						form.outcome().isEmpty() ? null : Repair.Outcome.valueOf(form.outcome()),
						form.barrier().isEmpty() ? null : Repair.Barrier.valueOf(form.barrier()), returnedOn);
				repairs.save(actor, id, InventoryForms.version(form.version()), work);
				Flash.show(redirect, labels.t("inventory.repair.saved", locale));
				return "redirect:/repairs/" + id;
			} catch (FieldProblem problem) {
				errors.add(problem.field(), labels.t(problem.messageKey(), locale));
			} catch (DeviceRuleBroken refused) {
				errors.add("outcome", labels.t(refused.messageKey(), locale));
			}
		}
		response.setStatus(422);
		return detail(model, locale, actor, details, form, errors, new PartForm("", ""), FormErrors.none());
	}

	@PostMapping("/repairs/{repairId}/parts")
	@PreAuthorize("hasAuthority('REPAIR_MANAGE')")
	public String addPart(@PathVariable String repairId, @Valid @ModelAttribute("partForm") PartForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		UUID id = id(repairId);
		RepairDetails details = repairs.details(actor, id);
		FormErrors errors = labels.errors(result, locale);
		if (!result.hasErrors()) {
			try {
				repairs.addPart(actor, id, form.partName(), form.costCents());
				Flash.show(redirect, labels.t("inventory.repair.partAdded", locale));
				return "redirect:/repairs/" + id;
			} catch (FieldProblem problem) {
				errors.add(problem.field(), labels.t(problem.messageKey(), locale));
			}
		}
		response.setStatus(422);
		return detail(model, locale, actor, details, workForm(details), FormErrors.none(), form, errors);
	}

	private String form(Model model, Locale locale, Actor actor, RepairForm form, String query, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("query", query);
		model.addAttribute("people", "CITIZEN".equals(form.kind()) ? repairs.searchPeople(actor, query) : List.of());
		model.addAttribute("technicians", technicianOptions(actor));
		model.addAttribute("categories", labels.options(DeviceCategory.class, "deviceCategory.", locale));
		model.addAttribute("errors", errors);
		return "inventory/repairForm";
	}

	private String detail(Model model, Locale locale, Actor actor, RepairDetails details, RepairWorkForm workForm, FormErrors workErrors,
			PartForm partForm, FormErrors partErrors) {
		model.addAttribute("details", details);
		model.addAttribute("workForm", workForm);
		model.addAttribute("workErrors", workErrors);
		model.addAttribute("partForm", partForm);
		model.addAttribute("partErrors", partErrors);
		model.addAttribute("technicians", technicianOptions(actor));
		model.addAttribute("outcomes", labels.options(Repair.Outcome.class, "inventory.repair.outcome.", locale));
		model.addAttribute("barriers", labels.options(Repair.Barrier.class, "inventory.repair.barrier.", locale));
		return "inventory/repair";
	}

	private List<Option> technicianOptions(Actor actor) {
		return repairs.technicians(actor).entrySet().stream().map(e -> new Option(e.getKey().toString(), e.getValue())).toList();
	}

	private static RepairWorkForm workForm(RepairDetails d) {
		return new RepairWorkForm(d.repair().problem(), d.diagnosis(), d.technicianId() == null ? "" : d.technicianId().toString(),
				d.trainee() ? "true" : "", d.trainingTrack(), Integer.toString(d.minutesSpent()),
				d.repair().outcome() == null ? "" : d.repair().outcome(), d.barrier() == null ? "" : d.barrier(),
				d.returnedOn() == null ? "" : d.returnedOn().toString(), Integer.toString(d.version()));
	}

	private static @Nullable StaffAccountId technician(String text) {
		if (text.isBlank()) {
			return null;
		}
		return Identifiers.parse(text).map(StaffAccountId::new)
				.orElseThrow(() -> new FieldProblem("technicianId", "inventory.repair.technician.unknown"));
	}

	private static UUID id(String text) {
		return Identifiers.parse(text).orElseThrow(NotFoundException::new);
	}
}
