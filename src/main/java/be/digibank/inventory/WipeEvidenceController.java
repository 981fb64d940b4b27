package be.digibank.inventory;

import be.digibank.inventory.EvidenceViews.ColumnHelp;
import be.digibank.inventory.EvidenceViews.ProblemRow;
import be.digibank.inventory.InventoryForms.SanitisationForm;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Wipe evidence for a batch: one record for several devices of a donation, or a wiping tool's results from CSV. */
@Controller
class WipeEvidenceController {

	private final WipeEvidence evidence;
	private final DonationAdministration donations;
	private final InventoryLabels labels;
	private final Clock clock;

	WipeEvidenceController(WipeEvidence evidence, DonationAdministration donations, InventoryLabels labels, Clock clock) {
		this.evidence = evidence;
		this.donations = donations;
		this.labels = labels;
		this.clock = clock;
	}

	@GetMapping("/donations/{donationId}/sanitisations")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String batch(@PathVariable String donationId, @RequestParam(name = "deviceId", required = false) @Nullable List<String> deviceIds,
			@RequestParam(required = false) @Nullable String scan, Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		DonationId donation = donation(donationId);
		List<String> chosen = new ArrayList<>(deviceIds == null ? List.of() : deviceIds);
		FormErrors scanErrors = FormErrors.none();
		if (scan != null) {
			// a USB scanner types the tag and presses Enter: without JavaScript that ticks the device by a round trip
			String code = scan.strip();
			evidence.devicesOf(actor, donation).stream()
					.filter(device -> device.assetTag().equalsIgnoreCase(code) || (!code.isEmpty() && device.serial().equalsIgnoreCase(code)))
					.findFirst().ifPresentOrElse(device -> {
						if (!chosen.contains(device.id().toString())) {
							chosen.add(device.id().toString());
						}
					}, () -> scanErrors.add("scan", labels.t(code.isEmpty() ? "devices.scan.empty" : "devices.scan.notFound", locale)));
		}
		return batchPage(model, locale, donation, SanitisationForm.empty(actor.displayName(), today().toString()), chosen,
				FormErrors.none(), scanErrors);
	}

	@PostMapping("/donations/{donationId}/sanitisations")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String recordBatch(@PathVariable String donationId, @Valid @ModelAttribute("sanitisationForm") SanitisationForm form,
			BindingResult result, @RequestParam(name = "deviceId", required = false) @Nullable List<String> deviceIds, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		DonationId donation = donation(donationId);
		List<String> chosen = deviceIds == null ? List.of() : deviceIds;
		LocalDate performedOn = performedOn(form, result);
		FormErrors errors = labels.errors(result, locale);
		List<DeviceId> ids = new ArrayList<>();
		for (String text : chosen) {
			DeviceId.parse(text.strip()).ifPresent(ids::add);
		}
		if (ids.isEmpty()) {
			errors.add("devices", labels.t("inventory.wipe.batch.noneChosen", locale));
		}
		if (!errors.any() && performedOn != null) {
			try {
				int count = evidence.recordForAll(actor, donation, ids, new WipeRecord(form.medium(),
						Sanitisation.Method.valueOf(form.method()), Sanitisation.Technique.valueOf(form.technique()), form.tool(),
						form.toolVersion(), form.operatorName(), performedOn, Sanitisation.Result.valueOf(form.result()),
						form.verification()));
				Flash.show(redirect, labels.t("inventory.wipe.batch.done", locale, count));
				return "redirect:/donations/" + donation;
			} catch (ImportRefused refused) {
				StringBuilder message = new StringBuilder();
				for (ImportRefused.Problem problem : refused.problems()) {
					message.append(message.isEmpty() ? "" : " ").append(problem.column()).append(": ")
							.append(labels.t(problem.messageKey(), locale));
				}
				errors.add("devices", message.toString());
			}
		}
		response.setStatus(422);
		return batchPage(model, locale, donation, form, chosen, errors, FormErrors.none());
	}

	@GetMapping("/sanitisations/import")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String importForm(Model model, Locale locale) {
		return importPage(model, locale, FormErrors.none(), List.of(), 0);
	}

	@PostMapping("/sanitisations/import")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String importResults(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		response.setStatus(422);
		if (file == null || file.isEmpty()) {
			return importPage(model, locale, FormErrors.none().add("file", labels.t("inventory.import.file.missing", locale)),
					List.of(), 0);
		}
		try {
			int count = evidence.importResults(CurrentActor.get(), UploadedText.read(file));
			Flash.show(redirect, labels.t("inventory.wipe.import.done", locale, count));
			return "redirect:/sanitisations/import";
		} catch (ImportRefused refused) {
			return importPage(model, locale, FormErrors.none(), DeviceImportController.rows(refused, labels, locale), refused.total());
		}
	}

	private String batchPage(Model model, Locale locale, DonationId donation, SanitisationForm form, List<String> chosen,
			FormErrors errors, FormErrors scanErrors) {
		Actor actor = CurrentActor.get();
		InventoryViews.DonationRow row = donations.details(actor, donation).donation();
		model.addAttribute("donationId", donation.toString());
		model.addAttribute("donationLabel", row.donorName() + " · " + row.receivedOn());
		model.addAttribute("devices", evidence.devicesOf(actor, donation));
		model.addAttribute("chosen", chosen);
		model.addAttribute("sanitisationForm", form);
		model.addAttribute("errors", errors);
		model.addAttribute("scanErrors", scanErrors);
		model.addAttribute("labelFormats", labels.options(LabelFormat.class, "inventory.label.format.", locale));
		model.addAttribute("methods", labels.options(Sanitisation.Method.class, "sanitisationMethod.", locale));
		model.addAttribute("techniques", labels.options(Sanitisation.Technique.class, "sanitisationTechnique.", locale));
		model.addAttribute("results", labels.options(Sanitisation.Result.class, "sanitisationResult.", locale));
		return "inventory/wipeBatch";
	}

	private String importPage(Model model, Locale locale, FormErrors errors, List<ProblemRow> problems, int total) {
		model.addAttribute("errors", errors);
		model.addAttribute("problems", problems);
		model.addAttribute("total", total);
		model.addAttribute("columns", Arrays.stream(WipeEvidence.Column.values())
				.map(column -> new ColumnHelp(String.join(", ", column.names), WipeEvidence.REQUIRED.contains(column),
						labels.t("inventory.wipe.column." + column.name(), locale)))
				.toList());
		return "inventory/wipeImport";
	}

	private @Nullable LocalDate performedOn(SanitisationForm form, BindingResult result) {
		LocalDate performedOn = null;
		if (!result.hasFieldErrors("performedOn")) {
			try {
				performedOn = LocalDate.parse(form.performedOn());
				if (performedOn.isAfter(today())) {
					result.rejectValue("performedOn", "sanitisation.performedOn.future");
				}
			} catch (DateTimeParseException unreadable) {
				result.rejectValue("performedOn", "date.invalid");
			}
		}
		if ("PHYSICAL_DESTRUCTION".equals(form.technique()) && !"DESTROY".equals(form.method())) {
			result.rejectValue("technique", "sanitisation.technique.destroyOnly");
		}
		return performedOn;
	}

	private LocalDate today() {
		return clock.instant().atZone(DeviceController.BRUSSELS).toLocalDate();
	}

	private static DonationId donation(String text) {
		return DonationId.parse(text).orElseThrow(NotFoundException::new);
	}
}
