package be.digibank.network;

import be.digibank.network.NetworkForms.ExceptionForm;
import be.digibank.network.NetworkForms.LocationForm;
import be.digibank.network.NetworkForms.SlotForm;
import be.digibank.network.NetworkViews.LocationRow;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.Identifiers;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.PartnerId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import be.digibank.shared.web.Option;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Help points, their weekly slots and their closures and extra slots. */
@Controller
class LocationController {

	private final LocationAdministration locations;
	private final Labels labels;

	LocationController(LocationAdministration locations, Labels labels) {
		this.locations = locations;
		this.labels = labels;
	}

	@GetMapping("/locations")
	@PreAuthorize("hasAuthority('LOCATION_VIEW')")
	public String list(Model model) {
		model.addAttribute("locations", locations.list(CurrentActor.get()));
		return "network/locations";
	}

	@GetMapping("/locations/new")
	@PreAuthorize("hasAuthority('LOCATION_MANAGE')")
	public String newLocation(Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		List<Option> partners = partnerOptions(actor);
		LocationForm empty = new LocationForm(partners.size() == 1 ? partners.getFirst().value() : "", "", "FIXED", "", "",
				"", "", "0", "0");
		return form(model, locale, actor, empty, FormErrors.none(), null);
	}

	@PostMapping("/locations")
	@PreAuthorize("hasAuthority('LOCATION_MANAGE')")
	public String create(@Valid @ModelAttribute("form") LocationForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		if (!result.hasErrors()) {
			try {
				LocationId id = locations.open(actor, description(form));
				Flash.show(redirect, labels.t("location.created", locale, form.name().strip()));
				return "redirect:/locations/" + id;
			} catch (FieldProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		response.setStatus(422);
		return form(model, locale, actor, form, labels.errors(result, locale), null);
	}

	@GetMapping("/locations/{locationId}")
	@PreAuthorize("hasAuthority('LOCATION_VIEW')")
	public String show(@PathVariable String locationId, Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		model.addAttribute("details", locations.view(actor, id(locationId)));
		return detail(model, locale, SlotForm.empty(), FormErrors.none(), ExceptionForm.empty(), FormErrors.none());
	}

	@GetMapping("/locations/{locationId}/edit")
	@PreAuthorize("hasAuthority('LOCATION_MANAGE')")
	public String edit(@PathVariable String locationId, Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		LocationRow location = locations.forChange(actor, id(locationId));
		LocationForm form = new LocationForm(location.partnerId().toString(), location.name(), location.kind().name(),
				location.street(), location.postcode(), location.municipality(), location.accessibilityNotes(),
				String.valueOf(location.publicComputers()), String.valueOf(location.version()));
		return form(model, locale, actor, form, FormErrors.none(), location);
	}

	@PostMapping("/locations/{locationId}")
	@PreAuthorize("hasAuthority('LOCATION_MANAGE')")
	public String update(@PathVariable String locationId, @Valid @ModelAttribute("form") LocationForm form,
			BindingResult result, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		LocationRow location = locations.forChange(actor, id(locationId));
		if (!result.hasErrors()) {
			try {
				locations.describe(actor, new LocationId(location.id()), NetworkForms.version(form.version()),
						description(form));
				Flash.show(redirect, labels.t("location.saved", locale, form.name().strip()));
				return "redirect:/locations/" + location.id();
			} catch (FieldProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		response.setStatus(422);
		return form(model, locale, actor, form, labels.errors(result, locale), location);
	}

	@PostMapping("/locations/{locationId}/slots")
	@PreAuthorize("hasAuthority('LOCATION_MANAGE')")
	public String addSlot(@PathVariable String locationId, @Valid @ModelAttribute("slotForm") SlotForm form,
			BindingResult result, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		LocationId id = new LocationId(locations.forChange(actor, id(locationId)).id());
		LocalTime startsAt = time(form.startsAt(), "startsAt", result);
		LocalTime endsAt = time(form.endsAt(), "endsAt", result);
		if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
			result.rejectValue("endsAt", "time.endBeforeStart");
		}
		if (!result.hasErrors() && startsAt != null && endsAt != null) {
			try {
				locations.addSlot(actor, id, DayOfWeek.of(Integer.parseInt(form.day())), startsAt, endsAt);
				Flash.show(redirect, labels.t("slot.added", locale));
				return "redirect:/locations/" + id;
			} catch (FieldProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		response.setStatus(422);
		model.addAttribute("details", locations.details(actor, id));
		return detail(model, locale, form, labels.errors(result, locale), ExceptionForm.empty(), FormErrors.none());
	}

	@PostMapping("/locations/{locationId}/slots/{slotId}/remove")
	@PreAuthorize("hasAuthority('LOCATION_MANAGE')")
	public String removeSlot(@PathVariable String locationId, @PathVariable String slotId, Locale locale,
			RedirectAttributes redirect) {
		LocationId id = id(locationId);
		locations.removeSlot(CurrentActor.get(), id, uuid(slotId));
		Flash.show(redirect, labels.t("slot.removed", locale));
		return "redirect:/locations/" + id;
	}

	@PostMapping("/locations/{locationId}/exceptions")
	@PreAuthorize("hasAuthority('LOCATION_MANAGE')")
	public String addException(@PathVariable String locationId,
			@Valid @ModelAttribute("exceptionForm") ExceptionForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		LocationId id = new LocationId(locations.forChange(actor, id(locationId)).id());
		LocalDate date = date(form.onDate(), "onDate", result);
		LocalTime startsAt = time(form.exceptionStartsAt(), "exceptionStartsAt", result);
		LocalTime endsAt = time(form.exceptionEndsAt(), "exceptionEndsAt", result);
		boolean extra = "EXTRA".equals(form.kind());
		if (extra && form.exceptionStartsAt().isEmpty()) {
			result.rejectValue("exceptionStartsAt", "exception.hoursNeeded");
		} else if (extra && form.exceptionEndsAt().isEmpty()) {
			result.rejectValue("exceptionEndsAt", "exception.hoursNeeded");
		} else if (form.exceptionStartsAt().isEmpty() != form.exceptionEndsAt().isEmpty()) {
			result.rejectValue(form.exceptionStartsAt().isEmpty() ? "exceptionStartsAt" : "exceptionEndsAt",
					"exception.bothHours");
		} else if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
			result.rejectValue("exceptionEndsAt", "time.endBeforeStart");
		}
		if (!result.hasErrors() && date != null) {
			locations.addException(actor, id, date, extra, startsAt, endsAt, form.reason());
			Flash.show(redirect, labels.t(extra ? "exception.extraAdded" : "exception.closureAdded", locale));
			return "redirect:/locations/" + id;
		}
		response.setStatus(422);
		model.addAttribute("details", locations.details(actor, id));
		return detail(model, locale, SlotForm.empty(), FormErrors.none(), form, labels.errors(result, locale));
	}

	@PostMapping("/locations/{locationId}/exceptions/{exceptionId}/remove")
	@PreAuthorize("hasAuthority('LOCATION_MANAGE')")
	public String removeException(@PathVariable String locationId, @PathVariable String exceptionId, Locale locale,
			RedirectAttributes redirect) {
		LocationId id = id(locationId);
		locations.removeException(CurrentActor.get(), id, uuid(exceptionId));
		Flash.show(redirect, labels.t("exception.removed", locale));
		return "redirect:/locations/" + id;
	}

	private String detail(Model model, Locale locale, SlotForm slotForm, FormErrors slotErrors,
			ExceptionForm exceptionForm, FormErrors exceptionErrors) {
		model.addAttribute("slotForm", slotForm);
		model.addAttribute("slotErrors", slotErrors);
		model.addAttribute("exceptionForm", exceptionForm);
		model.addAttribute("exceptionErrors", exceptionErrors);
		model.addAttribute("weekdays", labels.weekdays(locale));
		model.addAttribute("exceptionKinds", labels.exceptionKinds(locale));
		return "network/location";
	}

	private String form(Model model, Locale locale, Actor actor, LocationForm form, FormErrors errors,
			@Nullable LocationRow location) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("location", location);
		model.addAttribute("partners", partnerOptions(actor));
		model.addAttribute("kinds", labels.locationKinds(locale));
		return "network/locationForm";
	}

	private List<Option> partnerOptions(Actor actor) {
		return locations.partnersFor(actor).stream().map(partner -> new Option(partner.id().toString(), partner.name()))
				.toList();
	}

	private static Location.Description description(LocationForm form) {
		PartnerId partner = PartnerId.parse(form.partnerId().strip())
				.orElseThrow(() -> new FieldProblem("partnerId", "location.partner.notAllowed"));
		return new Location.Description(partner, form.name(), LocationKind.valueOf(form.kind()), form.street(),
				form.postcode(), form.municipality(), form.accessibilityNotes(), form.computers());
	}

	private static @Nullable LocalTime time(String text, String field, BindingResult result) {
		if (text.isEmpty() || result.hasFieldErrors(field)) {
			return null;
		}
		try {
			return LocalTime.parse(text);
		} catch (DateTimeParseException unreadable) {
			result.rejectValue(field, "Pattern");
			return null;
		}
	}

	private static @Nullable LocalDate date(String text, String field, BindingResult result) {
		if (text.isEmpty() || result.hasFieldErrors(field)) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		} catch (DateTimeParseException unreadable) {
			result.rejectValue(field, "date.invalid");
			return null;
		}
	}

	static LocationId id(String text) {
		return LocationId.parse(text).orElseThrow(NotFoundException::new);
	}

	static UUID uuid(String text) {
		return Identifiers.parse(text).orElseThrow(NotFoundException::new);
	}
}
