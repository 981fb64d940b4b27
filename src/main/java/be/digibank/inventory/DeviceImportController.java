package be.digibank.inventory;

import be.digibank.inventory.EvidenceViews.ColumnHelp;
import be.digibank.inventory.EvidenceViews.ProblemRow;
import be.digibank.network.LocationId;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import be.digibank.shared.web.Option;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Bulk intake of a donation's devices from a CSV file, with a report per row when the file is refused. */
@Controller
class DeviceImportController {

	private final DeviceImport imports;
	private final DonationAdministration donations;
	private final DeviceAdministration devices;
	private final InventoryLabels labels;

	DeviceImportController(DeviceImport imports, DonationAdministration donations, DeviceAdministration devices,
			InventoryLabels labels) {
		this.imports = imports;
		this.donations = donations;
		this.devices = devices;
		this.labels = labels;
	}

	@GetMapping("/donations/{donationId}/import")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String form(@PathVariable String donationId, Model model, Locale locale) {
		return page(model, locale, donation(donationId), "", FormErrors.none(), List.of(), 0);
	}

	@PostMapping("/donations/{donationId}/import")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String upload(@PathVariable String donationId, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(defaultValue = "") String locationId, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		DonationId donation = donation(donationId);
		// every answer below but the redirect re-shows the form with what went wrong
		response.setStatus(422);
		if (file == null || file.isEmpty()) {
			return page(model, locale, donation, locationId,
					FormErrors.none().add("file", labels.t("inventory.import.file.missing", locale)), List.of(), 0);
		}
		LocationId location = null;
		if (!locationId.isBlank()) {
			location = LocationId.parse(locationId.strip()).orElse(null);
			if (location == null) {
				return page(model, locale, donation, locationId,
						FormErrors.none().add("locationId", labels.t("device.reference.unknown", locale)), List.of(), 0);
			}
		}
		try {
			DeviceImport.Imported imported = imports.importDevices(actor, donation, location, UploadedText.read(file));
			Flash.show(redirect, labels.t("inventory.import.done", locale, imported.count(), imported.firstTag(), imported.lastTag()));
			return "redirect:/donations/" + donation;
		} catch (ImportRefused refused) {
			return page(model, locale, donation, locationId, FormErrors.none(), rows(refused, labels, locale), refused.total());
		} catch (FieldProblem problem) {
			return page(model, locale, donation, locationId, FormErrors.none().add(problem.field(), labels.t(problem.messageKey(), locale)),
					List.of(), 0);
		}
	}

	static List<ProblemRow> rows(ImportRefused refused, InventoryLabels labels, Locale locale) {
		return refused.problems().stream()
				.map(p -> new ProblemRow(p.row(), p.column(), labels.t(p.messageKey(), locale, p.arguments().stream()
						.map(argument -> argument instanceof ImportRefused.Key key ? labels.t(key.value(), locale) : argument).toArray())))
				.toList();
	}

	private String page(Model model, Locale locale, DonationId donation, String locationId, FormErrors errors,
			List<ProblemRow> problems, int total) {
		Actor actor = CurrentActor.get();
		InventoryViews.DonationRow row = donations.details(actor, donation).donation();
		model.addAttribute("donationId", donation.toString());
		model.addAttribute("donationLabel", row.donorName() + " · " + row.receivedOn());
		model.addAttribute("locations", devices.locations(actor).stream()
				.map(location -> new Option(location.id().toString(), location.name())).toList());
		model.addAttribute("locationId", locationId);
		model.addAttribute("errors", errors);
		model.addAttribute("problems", problems);
		model.addAttribute("total", total);
		model.addAttribute("columns", Arrays.stream(DeviceImport.Column.values())
				.map(column -> new ColumnHelp(String.join(", ", column.names), DeviceImport.REQUIRED.contains(column),
						labels.t("inventory.import.column." + column.name(), locale)))
				.toList());
		return "inventory/importDevices";
	}

	private static DonationId donation(String text) {
		return DonationId.parse(text).orElseThrow(NotFoundException::new);
	}
}
