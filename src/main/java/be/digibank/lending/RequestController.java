package be.digibank.lending;

import be.digibank.inventory.DeviceCategory;
import be.digibank.inventory.DeviceId;
import be.digibank.lending.RequestForms.CancelForm;
import be.digibank.lending.RequestForms.RequestForm;
import be.digibank.lending.RequestForms.SettingsForm;
import be.digibank.network.LocationId;
import be.digibank.people.PeopleRegister;
import be.digibank.people.PersonId;
import be.digibank.people.PersonSummary;
import be.digibank.people.Service;
import be.digibank.shared.ConflictException;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
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

/** Requests for a device, the waiting list per kind of device, offers and the waiting-list settings. */
@Controller
class RequestController {

	/** Places shown per page of a waiting list: enough for a day's offers, light on a phone at thousands waiting. */
	static final int WAITING_PAGE = 50;

	private final RequestDesk requests;
	private final OfferDesk offers;
	private final PeopleRegister people;
	private final RequestLabels labels;

	RequestController(RequestDesk requests, OfferDesk offers, PeopleRegister people, RequestLabels labels) {
		this.requests = requests;
		this.offers = offers;
		this.people = people;
		this.labels = labels;
	}

	@GetMapping("/lending/requests")
	@PreAuthorize("hasAuthority('LENDING_REQUEST_VIEW')")
	String list(Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("counts", requests.counts(actor));
		model.addAttribute("requests", requests.recent(actor));
		return "lending/queue/requests";
	}

	/** Step 1 without JavaScript: search a person (GET); step 2: the form for the chosen person. */
	@GetMapping("/lending/requests/new")
	@PreAuthorize("hasAuthority('LENDING_REQUEST_CREATE')")
	String newRequest(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String personId,
			@RequestParam(defaultValue = "") String category, Model model, Locale locale) {
		RequestForm form = RequestForm.empty(personId);
		if (RequestLabels.category(category) != null) {
			form = new RequestForm(personId, category, "", "NORMAL", "");
		}
		return form(model, locale, q, form, FormErrors.none());
	}

	@PostMapping("/lending/requests")
	@PreAuthorize("hasAuthority('LENDING_REQUEST_CREATE')")
	String create(@Valid @ModelAttribute("form") RequestForm form, BindingResult result, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		PersonId person = PersonId.parse(form.personId()).orElse(null);
		if (person == null && !result.hasFieldErrors("personId")) {
			result.rejectValue("personId", "lending.queue.person.unknown");
		}
		LocationId location = form.locationId().isBlank() ? null : LocationId.parse(form.locationId()).orElse(null);
		if (!form.locationId().isBlank() && location == null) {
			result.rejectValue("locationId", "lending.queue.location.unknown");
		}
		if (!result.hasErrors() && person != null) {
			try {
				RequestId id = requests.ask(actor, person, DeviceCategory.valueOf(form.category()), location, Request.Urgency.valueOf(form.urgency()),
						form.note());
				Flash.show(redirect, labels.t("lending.queue.request.created", locale));
				return "redirect:/lending/requests/" + id;
			} catch (FieldProblem problem) {
				result.rejectValue(problem.field(), problem.messageKey());
			}
		}
		response.setStatus(422);
		return form(model, locale, "", form, labels.errors(result, locale));
	}

	private String form(Model model, Locale locale, String q, RequestForm form, FormErrors errors) {
		Actor actor = CurrentActor.get();
		Optional<PersonId> person = PersonId.parse(form.personId());
		Optional<PersonSummary> chosen = person.flatMap(id -> people.person(actor.tenant(), id));
		model.addAttribute("q", q.strip());
		model.addAttribute("found", q.isBlank() || chosen.isPresent() ? List.of() : people.search(actor, q));
		model.addAttribute("person", chosen.orElse(null));
		model.addAttribute("verdict", chosen.flatMap(p -> people.eligibility(actor.tenant(), p.id(), Service.LENDING)).orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("categories", labels.categories(locale));
		model.addAttribute("locations", labels.locations(actor));
		return "lending/queue/requestForm";
	}

	@GetMapping("/lending/requests/{requestId}")
	@PreAuthorize("hasAuthority('LENDING_REQUEST_VIEW')")
	String show(@PathVariable String requestId, Model model) {
		return detail(model, CurrentActor.get(), id(requestId), new CancelForm("", ""), FormErrors.none(), "", FormErrors.none());
	}

	@PostMapping("/lending/requests/{requestId}/cancel")
	@PreAuthorize("hasAuthority('LENDING_QUEUE_MANAGE')")
	String cancel(@PathVariable String requestId, @Valid @ModelAttribute("cancelForm") CancelForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		RequestId id = requests.existing(actor, id(requestId)).id();
		if (!result.hasErrors()) {
			offers.cancel(actor, id, RequestForms.version(form.version()), form.reason());
			Flash.show(redirect, labels.t("lending.queue.request.cancelled", locale));
			return "redirect:/lending/requests/" + id;
		}
		response.setStatus(422);
		return detail(model, actor, id, form, labels.errors(result, locale), "", FormErrors.none());
	}

	/** "Offer now": hold a chosen device (or the first free one) for this request. */
	@PostMapping("/lending/requests/{requestId}/offers")
	@PreAuthorize("hasAuthority('LENDING_QUEUE_MANAGE')")
	String offerNow(@PathVariable String requestId, @RequestParam(defaultValue = "") String deviceId, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		RequestId id = requests.existing(actor, id(requestId)).id();
		FormErrors errors = FormErrors.none();
		try {
			DeviceId device = deviceId.isBlank()
					? null
					: DeviceId.parse(deviceId).orElseThrow(() -> new FieldProblem("deviceId", "lending.queue.offer.deviceUnknown"));
			offers.offerNow(actor, id, device);
			Flash.show(redirect, labels.t("lending.queue.offer.made", locale));
			return "redirect:/lending/requests/" + id;
		} catch (FieldProblem problem) {
			errors.add(problem.field(), labels.t(problem.messageKey(), locale));
		} catch (ConflictException refused) {
			errors.add("deviceId", labels.t(refused.messageKey(), locale));
		}
		response.setStatus(422);
		return detail(model, actor, id, new CancelForm("", ""), FormErrors.none(), deviceId, errors);
	}

	@PostMapping("/lending/offers/{offerId}/accept")
	@PreAuthorize("hasAuthority('LENDING_QUEUE_MANAGE')")
	String accept(@PathVariable String offerId, Locale locale, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		OfferId id = OfferId.parse(offerId).orElseThrow(NotFoundException::new);
		offers.accept(actor, id);
		Flash.show(redirect, labels.t("lending.queue.offer.accepted", locale));
		return "redirect:/lending/requests/" + requests.offerRequest(actor, id);
	}

	@PostMapping("/lending/offers/{offerId}/decline")
	@PreAuthorize("hasAuthority('LENDING_QUEUE_MANAGE')")
	String decline(@PathVariable String offerId, Locale locale, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		OfferId id = OfferId.parse(offerId).orElseThrow(NotFoundException::new);
		RequestId request = requests.offerRequest(actor, id);
		boolean next = offers.decline(actor, id).isPresent();
		Flash.show(redirect, labels.t(next ? "lending.queue.offer.declinedNext" : "lending.queue.offer.declined", locale));
		return "redirect:/lending/requests/" + request;
	}

	private String detail(Model model, Actor actor, RequestId id, CancelForm cancelForm, FormErrors cancelErrors, String deviceId,
			FormErrors offerErrors) {
		RequestViews.RequestDetails details = requests.details(actor, id);
		model.addAttribute("details", details);
		model.addAttribute("verdict", people.eligibility(actor.tenant(), new PersonId(details.request().personId()), Service.LENDING).orElse(null));
		model.addAttribute("cancelForm", new CancelForm(cancelForm.reason(), String.valueOf(details.version())));
		model.addAttribute("cancelErrors", cancelErrors);
		model.addAttribute("deviceId", deviceId);
		model.addAttribute("offerErrors", offerErrors);
		model.addAttribute("freeDevices", "WAITING".equals(details.request().status())
				? offers.freeDevices(actor, details.request().category())
				: List.of());
		return "lending/queue/request";
	}

	@GetMapping("/lending/waiting-list")
	@PreAuthorize("hasAuthority('LENDING_REQUEST_VIEW')")
	String waitingList(@RequestParam(defaultValue = "LAPTOP") String category, @RequestParam(defaultValue = "1") String page, Model model,
			Locale locale) {
		Actor actor = CurrentActor.get();
		DeviceCategory chosen = RequestLabels.category(category);
		if (chosen == null) {
			chosen = DeviceCategory.LAPTOP;
		}
		model.addAttribute("category", chosen.name());
		model.addAttribute("categories", labels.categories(locale));
		model.addAttribute("list", requests.waitingList(actor, chosen, (pageNumber(page) - 1) * WAITING_PAGE, WAITING_PAGE));
		model.addAttribute("holding", requests.holding(actor, chosen));
		model.addAttribute("rules", requests.settings(actor).rules().stream().map(Enum::name).toList());
		return "lending/queue/waitingList";
	}

	@GetMapping("/lending/waiting-list/settings")
	@PreAuthorize("hasAuthority('WAITING_LIST_CONFIGURE')")
	String settings(Model model, Locale locale) {
		return settingsPage(model, locale, SettingsForm.of(requests.settings(CurrentActor.get())), FormErrors.none());
	}

	@PostMapping("/lending/waiting-list/settings")
	@PreAuthorize("hasAuthority('WAITING_LIST_CONFIGURE')")
	String saveSettings(@Valid @ModelAttribute("form") SettingsForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!form.firstRule().isEmpty() && form.firstRule().equals(form.secondRule())) {
			result.rejectValue("secondRule", "lending.queue.settings.sameRule");
		}
		if (!result.hasErrors()) {
			List<WaitingList.Rule> rules = new ArrayList<>();
			for (String rule : List.of(form.firstRule(), form.secondRule())) {
				if (!rule.isEmpty()) {
					rules.add(WaitingList.Rule.valueOf(rule));
				}
			}
			requests.saveSettings(CurrentActor.get(), new WaitingListSettings(rules, Integer.parseInt(form.offerHoldDays()),
					Integer.parseInt(form.classSetNoticeDays()), form.refused(), RequestForms.version(form.version())));
			Flash.show(redirect, labels.t("lending.queue.settings.saved", locale));
			return "redirect:/lending/waiting-list/settings";
		}
		response.setStatus(422);
		return settingsPage(model, locale, form, labels.errors(result, locale));
	}

	private String settingsPage(Model model, Locale locale, SettingsForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("rules", List.of(new be.digibank.shared.web.Option("URGENT", labels.t("lending.queue.rule.URGENT", locale)),
				new be.digibank.shared.web.Option("JOB_SEEKER", labels.t("lending.queue.rule.JOB_SEEKER", locale))));
		return "lending/queue/settings";
	}

	/** A page number typed or altered in the address: anything but a number from 1 shows the first page. */
	static int pageNumber(String text) {
		try {
			return Math.clamp(Integer.parseInt(text.strip()), 1, 10_000);
		} catch (NumberFormatException notANumber) {
			return 1;
		}
	}

	static RequestId id(String text) {
		return RequestId.parse(text).orElseThrow(NotFoundException::new);
	}
}
