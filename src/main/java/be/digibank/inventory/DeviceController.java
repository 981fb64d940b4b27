package be.digibank.inventory;

import be.digibank.inventory.InventoryForms.DeviceForm;
import be.digibank.inventory.InventoryForms.SanitisationForm;
import be.digibank.inventory.InventoryForms.TransitionForm;
import be.digibank.network.LocationId;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.PartnerId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import be.digibank.shared.web.Option;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** The stock overview, intake of one device, a device with its history, lifecycle moves and wipe evidence. */
@Controller
class DeviceController {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final DeviceAdministration devices;
	private final DonationAdministration donations;
	private final InventoryLabels labels;
	private final Workshop workshop;
	private final Clock clock;

	private final DevicePhotos photos;

	DeviceController(DeviceAdministration devices, DonationAdministration donations, InventoryLabels labels, Workshop workshop,
			Clock clock, DevicePhotos photos) {
		this.photos = photos;
		this.devices = devices;
		this.donations = donations;
		this.labels = labels;
		this.workshop = workshop;
		this.clock = clock;
	}

	@GetMapping("/devices")
	@PreAuthorize("hasAuthority('DEVICE_VIEW')")
	public String list(@RequestParam(defaultValue = "") String state, @RequestParam(defaultValue = "") String category,
			@RequestParam(defaultValue = "") String location, @RequestParam(defaultValue = "") String after, Model model,
			Locale locale) {
		return overview(model, locale, state, category, location, after, "", FormErrors.none());
	}

	/** A code typed or scanned (a USB scanner types it and presses Enter): opens the device with that tag or serial. */
	@GetMapping("/devices/scan")
	@PreAuthorize("hasAuthority('DEVICE_VIEW')")
	public String scan(@RequestParam(defaultValue = "") String tag, Model model, Locale locale,
			HttpServletResponse response) {
		Optional<DeviceId> found = devices.findByCode(CurrentActor.get(), tag);
		if (found.isPresent()) {
			return "redirect:/devices/" + found.get();
		}
		response.setStatus(404);
		FormErrors errors = FormErrors.none().add("tag", labels.t(tag.isBlank() ? "devices.scan.empty" : "devices.scan.notFound", locale));
		return overview(model, locale, "", "", "", "", tag.strip(), errors);
	}

	@GetMapping("/devices/new")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String newDevice(@RequestParam(defaultValue = "") String donation, Model model, Locale locale) {
		return form(model, locale, CurrentActor.get(), DeviceForm.empty(donation), FormErrors.none());
	}

	@PostMapping("/devices")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String create(@Valid @ModelAttribute("form") DeviceForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		if (!result.hasErrors()) {
			try {
				Device device = devices.register(actor, description(form));
				Flash.show(redirect, labels.t("device.created", locale, device.assetTag()));
				return "redirect:/devices/" + device.id();
			} catch (FieldProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		response.setStatus(422);
		return form(model, locale, actor, form, labels.errors(result, locale));
	}

	@GetMapping("/devices/{deviceId}")
	@PreAuthorize("hasAuthority('DEVICE_VIEW')")
	public String show(@PathVariable String deviceId, Model model, Locale locale) {
		Actor actor = CurrentActor.get();
		return detail(model, locale, actor, id(deviceId), FormErrors.none(), null, SanitisationForm.empty(actor.displayName(), today().toString()),
				FormErrors.none());
	}

	@PostMapping("/devices/{deviceId}/transitions")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String transition(@PathVariable String deviceId, @Valid @ModelAttribute("transitionForm") TransitionForm form,
			BindingResult result, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		DeviceId id = devices.existing(actor, id(deviceId));
		FormErrors errors = labels.errors(result, locale);
		if (!result.hasErrors()) {
			DeviceState target = parse(DeviceState.class, form.target());
			try {
				if (target == null) {
					throw new DeviceRuleBroken(DeviceRuleBroken.ILLEGAL_TRANSITION);
				}
				if (DeviceState.LENDING.contains(target)) {
					throw new DeviceRuleBroken(DeviceRuleBroken.BY_LENDING);
				}
				devices.transition(actor, id, InventoryForms.version(form.version()), target, form.reason(),
						form.recyclingReference());
				Flash.show(redirect, labels.t("device.moved", locale, labels.t("deviceState." + target.name(), locale)));
				return "redirect:/devices/" + id;
			} catch (DeviceRuleBroken refused) {
				errors.add(refused.field(), labels.t(refused.messageKey(), locale));
			}
		}
		response.setStatus(422);
		return detail(model, locale, actor, id, errors, form, SanitisationForm.empty(actor.displayName(), today().toString()),
				FormErrors.none());
	}

	/** Adds an optional photo of the device; a refused file is shown next to the field with 422 and nothing is saved. */
	@PostMapping("/devices/{deviceId}/photos")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String addPhoto(@PathVariable String deviceId, @RequestParam(name = "photo", required = false) @Nullable MultipartFile photo,
			@RequestParam(defaultValue = "") String altText, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		DeviceId id = devices.existing(actor, id(deviceId));
		try {
			photos.add(actor, id, photo == null ? new byte[0] : photo.getBytes(), altText);
			Flash.show(redirect, labels.t("devicePhoto.added", locale));
			return "redirect:/devices/" + id;
		} catch (FieldProblem refused) {
			model.addAttribute("photoErrors", FormErrors.none().add(refused.field(), labels.t(refused.messageKey(), locale)));
			model.addAttribute("altText", altText);
		} catch (IOException unreadable) {
			model.addAttribute("photoErrors", FormErrors.none().add("photo", labels.t("devicePhoto.missing", locale)));
		}
		response.setStatus(422);
		return detail(model, locale, actor, id, FormErrors.none(), null, SanitisationForm.empty(actor.displayName(), today().toString()),
				FormErrors.none());
	}

	@GetMapping("/devices/{deviceId}/photos/{photoId}")
	@PreAuthorize("hasAuthority('DEVICE_VIEW')")
	public ResponseEntity<byte[]> photo(@PathVariable String deviceId, @PathVariable String photoId) {
		DevicePhotos.Image image = photos.image(CurrentActor.get(), id(deviceId), photoId(photoId));
		// the shared headers apply (no-store, nosniff): a photo is a digibank's data and must not stay in any cache
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType())).body(image.bytes());
	}

	@PostMapping("/devices/{deviceId}/photos/{photoId}/delete")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String removePhoto(@PathVariable String deviceId, @PathVariable String photoId, Locale locale, RedirectAttributes redirect) {
		DeviceId id = id(deviceId);
		photos.remove(CurrentActor.get(), id, photoId(photoId));
		Flash.show(redirect, labels.t("devicePhoto.removed", locale));
		return "redirect:/devices/" + id;
	}

	private static UUID photoId(String text) {
		try {
			return UUID.fromString(text.strip());
		} catch (IllegalArgumentException unreadable) {
			throw new NotFoundException();
		}
	}

	@PostMapping("/devices/{deviceId}/sanitisations")
	@PreAuthorize("hasAuthority('DEVICE_MANAGE')")
	public String sanitise(@PathVariable String deviceId,
			@Valid @ModelAttribute("sanitisationForm") SanitisationForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		DeviceId id = devices.existing(actor, id(deviceId));
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
		FormErrors errors = labels.errors(result, locale);
		if (!result.hasErrors() && performedOn != null) {
			try {
				devices.recordSanitisation(actor, id, form.medium(), Sanitisation.Method.valueOf(form.method()),
						Sanitisation.Technique.valueOf(form.technique()), form.tool(), form.toolVersion(),
						form.operatorName(), performedOn, Sanitisation.Result.valueOf(form.result()), form.verification());
				Flash.show(redirect, labels.t("sanitisation.recorded", locale));
				return "redirect:/devices/" + id;
			} catch (DeviceRuleBroken refused) {
				errors.add("medium", labels.t(refused.messageKey(), locale));
			}
		}
		response.setStatus(422);
		return detail(model, locale, actor, id, FormErrors.none(), null, form, errors);
	}

	private String overview(Model model, Locale locale, String state, String category, String location, String after,
			String tag, FormErrors scanErrors) {
		Actor actor = CurrentActor.get();
		DeviceState stateFilter = parse(DeviceState.class, state);
		DeviceCategory categoryFilter = parse(DeviceCategory.class, category);
		LocationId locationFilter = LocationId.parse(location).orElse(null);
		String from = after.isBlank() ? null : after.strip();
		model.addAttribute("stock", devices.overview(actor, stateFilter, categoryFilter, locationFilter, from));
		model.addAttribute("states", labels.options(DeviceState.class, "deviceState.", locale));
		model.addAttribute("categories", labels.options(DeviceCategory.class, "deviceCategory.", locale));
		model.addAttribute("locations", locationOptions(actor));
		model.addAttribute("state", stateFilter == null ? "" : stateFilter.name());
		model.addAttribute("category", categoryFilter == null ? "" : categoryFilter.name());
		model.addAttribute("location", locationFilter == null ? "" : locationFilter.toString());
		model.addAttribute("after", from == null ? "" : from);
		model.addAttribute("tag", tag);
		model.addAttribute("scanErrors", scanErrors);
		return "inventory/devices";
	}

	private String form(Model model, Locale locale, Actor actor, DeviceForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("categories", labels.options(DeviceCategory.class, "deviceCategory.", locale));
		model.addAttribute("triages", labels.options(Triage.class, "triage.", locale));
		model.addAttribute("storageTypes", labels.storageTypes(locale));
		model.addAttribute("grades", labels.grades(locale));
		model.addAttribute("locations", locationOptions(actor));
		model.addAttribute("partners", devices.partners(actor).stream()
				.map(partner -> new Option(partner.id().toString(), partner.name())).toList());
		model.addAttribute("donations", donations.list(actor).stream()
				.map(d -> new Option(d.id().toString(), d.donorName() + " · " + d.receivedOn())).toList());
		return "inventory/deviceForm";
	}

	private String detail(Model model, Locale locale, Actor actor, DeviceId id, FormErrors transitionErrors,
			@Nullable TransitionForm transitionForm, SanitisationForm sanitisationForm, FormErrors sanitisationErrors) {
		InventoryViews.DeviceDetails details = devices.details(actor, id);
		model.addAttribute("details", details);
		model.addAttribute("workshop", workshop.onDevice(actor, id));
		model.addAttribute("reason", transitionForm == null ? "" : transitionForm.reason());
		model.addAttribute("recyclingReference", transitionForm == null ? "" : transitionForm.recyclingReference());
		model.addAttribute("photos", photos.list(actor, id));
		if (!model.containsAttribute("photoErrors")) {
			model.addAttribute("photoErrors", FormErrors.none());
		}
		if (!model.containsAttribute("altText")) {
			model.addAttribute("altText", "");
		}
		model.addAttribute("transitionErrors", transitionErrors);
		model.addAttribute("sanitisationForm", sanitisationForm);
		model.addAttribute("sanitisationErrors", sanitisationErrors);
		model.addAttribute("methods", labels.options(Sanitisation.Method.class, "sanitisationMethod.", locale));
		model.addAttribute("techniques", labels.options(Sanitisation.Technique.class, "sanitisationTechnique.", locale));
		model.addAttribute("results", labels.options(Sanitisation.Result.class, "sanitisationResult.", locale));
		return "inventory/device";
	}

	private List<Option> locationOptions(Actor actor) {
		return devices.locations(actor).stream().map(location -> new Option(location.id().toString(), location.name()))
				.toList();
	}

	private LocalDate today() {
		return clock.instant().atZone(BRUSSELS).toLocalDate();
	}

	static Device.Description description(DeviceForm form) {
		LocationId location = optional(form.locationId(), "locationId", LocationId::parse);
		PartnerId owner = optional(form.ownerPartnerId(), "ownerPartnerId", PartnerId::parse);
		DonationId donation = optional(form.donationId(), "donationId", DonationId::parse);
		Device.Specs specs = new Device.Specs(form.cpu().strip(), InventoryForms.number(form.ramGb()),
				form.storageType().isEmpty() ? null : form.storageType(), InventoryForms.number(form.storageGb()),
				form.screen().strip(), InventoryForms.number(form.batteryHealth()), form.os().strip());
		return new Device.Description(DeviceCategory.valueOf(form.category()), form.make(), form.model(), form.serial(),
				specs, form.grade().isEmpty() ? null : form.grade(), Triage.valueOf(form.triage()), location, owner,
				donation, form.replacementValueCents());
	}

	private static <T> @Nullable T optional(String text, String field,
			java.util.function.Function<String, Optional<T>> parser) {
		if (text.isBlank()) {
			return null;
		}
		return parser.apply(text.strip()).orElseThrow(() -> new FieldProblem(field, "device.reference.unknown"));
	}

	static <E extends Enum<E>> @Nullable E parse(Class<E> type, String text) {
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(text)) {
				return value;
			}
		}
		return null;
	}

	static DeviceId id(String text) {
		return DeviceId.parse(text).orElseThrow(NotFoundException::new);
	}
}
