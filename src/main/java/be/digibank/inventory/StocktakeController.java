package be.digibank.inventory;

import be.digibank.inventory.WorkshopForms.ScanForm;
import be.digibank.inventory.WorkshopForms.StocktakeCloseForm;
import be.digibank.inventory.WorkshopForms.StocktakeForm;
import be.digibank.network.LocationId;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.Identifiers;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import be.digibank.shared.web.Option;
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

/** Stocktakes: start one for a location, scan what is there, close it with a printable report. */
@Controller
class StocktakeController {

	private final StocktakeAdministration stocktakes;
	private final InventoryLabels labels;

	StocktakeController(StocktakeAdministration stocktakes, InventoryLabels labels) {
		this.stocktakes = stocktakes;
		this.labels = labels;
	}

	@GetMapping("/stocktakes")
	@PreAuthorize("hasAuthority('STOCKTAKE_MANAGE')")
	public String list(Model model) {
		return list(model, new StocktakeForm(""), FormErrors.none());
	}

	@PostMapping("/stocktakes")
	@PreAuthorize("hasAuthority('STOCKTAKE_MANAGE')")
	public String start(@Valid @ModelAttribute("form") StocktakeForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response) {
		FormErrors errors = labels.errors(result, locale);
		if (!result.hasErrors()) {
			try {
				LocationId location = LocationId.parse(form.locationId())
						.orElseThrow(() -> new FieldProblem("locationId", "device.reference.unknown"));
				return "redirect:/stocktakes/" + stocktakes.start(CurrentActor.get(), location);
			} catch (FieldProblem problem) {
				errors.add(problem.field(), labels.t(problem.messageKey(), locale));
			}
		}
		response.setStatus(422);
		return list(model, form, errors);
	}

	@GetMapping("/stocktakes/{stocktakeId}")
	@PreAuthorize("hasAuthority('STOCKTAKE_MANAGE')")
	public String show(@PathVariable String stocktakeId, Model model) {
		return detail(model, id(stocktakeId), new ScanForm(""), FormErrors.none());
	}

	/** One scan (a USB scanner types the code and presses Enter); the page comes back ready for the next one. */
	@PostMapping("/stocktakes/{stocktakeId}/scans")
	@PreAuthorize("hasAuthority('STOCKTAKE_MANAGE')")
	public String scan(@PathVariable String stocktakeId, @Valid @ModelAttribute("form") ScanForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		UUID id = id(stocktakeId);
		FormErrors errors = labels.errors(result, locale);
		if (!result.hasErrors()) {
			try {
				StocktakeAdministration.Scan scan = stocktakes.scan(CurrentActor.get(), id, form.code());
				Flash.show(redirect, labels.t("inventory.stocktake.scan." + scan.outcome().name(), locale, scan.code()));
				return "redirect:/stocktakes/" + id + "#code";
			} catch (FieldProblem problem) {
				errors.add(problem.field(), labels.t(problem.messageKey(), locale));
			}
		}
		response.setStatus(422);
		return detail(model, id, form, errors);
	}

	@PostMapping("/stocktakes/{stocktakeId}/close")
	@PreAuthorize("hasAuthority('STOCKTAKE_MANAGE')")
	public String close(@PathVariable String stocktakeId, @ModelAttribute("closeForm") StocktakeCloseForm form, Locale locale,
			RedirectAttributes redirect) {
		UUID id = id(stocktakeId);
		stocktakes.existing(CurrentActor.get(), id);
		int moved = stocktakes.close(CurrentActor.get(), id, InventoryForms.version(form.version()), "true".equals(form.moveMisplaced()));
		Flash.show(redirect, labels.t("inventory.stocktake.closedFlash", locale, moved));
		return "redirect:/stocktakes/" + id + "/report";
	}

	@GetMapping("/stocktakes/{stocktakeId}/report")
	@PreAuthorize("hasAuthority('STOCKTAKE_MANAGE')")
	public String report(@PathVariable String stocktakeId, Model model) {
		model.addAttribute("report", stocktakes.report(CurrentActor.get(), id(stocktakeId)));
		return "inventory/stocktakeReport";
	}

	private String list(Model model, StocktakeForm form, FormErrors errors) {
		Actor actor = CurrentActor.get();
		model.addAttribute("stocktakes", stocktakes.list(actor));
		model.addAttribute("locations", stocktakes.locations(actor).stream().map(l -> new Option(l.id().toString(), l.name())).toList());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "inventory/stocktakes";
	}

	private String detail(Model model, UUID id, ScanForm form, FormErrors errors) {
		model.addAttribute("report", stocktakes.report(CurrentActor.get(), id));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "inventory/stocktake";
	}

	private static UUID id(String text) {
		return Identifiers.parse(text).orElseThrow(NotFoundException::new);
	}
}
