package be.digibank.lending;

import be.digibank.inventory.DeviceCategory;
import be.digibank.lending.ReservationForms.CancelReservationForm;
import be.digibank.lending.ReservationForms.ReservationForm;
import be.digibank.network.LocationId;
import be.digibank.people.PeopleRegister;
import be.digibank.people.PersonId;
import be.digibank.people.PersonSummary;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.Flash;
import be.digibank.shared.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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

/** Reservations of devices for a later period, and the availability calendar. */
@Controller
class ReservationController {

	private final ReservationDesk reservations;
	private final PeopleRegister people;
	private final RequestLabels labels;

	ReservationController(ReservationDesk reservations, PeopleRegister people, RequestLabels labels) {
		this.reservations = reservations;
		this.people = people;
		this.labels = labels;
	}

	@GetMapping("/lending/reservations")
	@PreAuthorize("hasAuthority('RESERVATION_VIEW')")
	String list(@RequestParam(defaultValue = "") String cancelled, Model model) {
		model.addAttribute("reservations", reservations.upcoming(CurrentActor.get(), "true".equals(cancelled)));
		model.addAttribute("withCancelled", "true".equals(cancelled));
		return "lending/queue/reservations";
	}

	/** Without JavaScript: a GET search picks the person, a GET filter lists the devices of a kind to tick. */
	@GetMapping("/lending/reservations/new")
	@PreAuthorize("hasAuthority('RESERVATION_MANAGE')")
	String newReservation(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String bookFor,
			@RequestParam(defaultValue = "") String personId, @RequestParam(defaultValue = "") String category, Model model, Locale locale) {
		ReservationForm form = ReservationForm.empty("ORGANISATION".equals(bookFor) ? bookFor : "PERSON", personId,
				RequestLabels.category(category) == null ? "" : category, reservations.today());
		return form(model, locale, q, form, FormErrors.none());
	}

	@PostMapping("/lending/reservations")
	@PreAuthorize("hasAuthority('RESERVATION_MANAGE')")
	String create(@Valid @ModelAttribute("form") ReservationForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		Optional<ReservationDesk.Booking> booking = form.check(result, reservations.today());
		FormErrors errors = labels.errors(result, locale);
		int status = 422;
		if (booking.isPresent()) {
			try {
				ReservationDesk.Booked booked = reservations.book(actor, booking.get());
				Flash.show(redirect, booked.lateClassSet()
						? labels.t("lending.reservation.bookedLate", locale, reservations.noticeDays(actor))
						: labels.t("lending.reservation.booked", locale));
				return "redirect:/lending/reservations/" + booked.id();
			} catch (ReservationRefused refused) {
				errors.add(refused.field(), labels.t(refused.messageKey(), locale, refused.argument()));
			} catch (ReservationConflict conflict) {
				errors.add("codes", labels.t(ReservationConflict.KEY, locale, conflict.device()));
				status = 409;
			}
		}
		response.setStatus(status);
		return form(model, locale, "", form, errors);
	}

	private String form(Model model, Locale locale, String q, ReservationForm form, FormErrors errors) {
		Actor actor = CurrentActor.get();
		Optional<PersonSummary> chosen = PersonId.parse(form.personId()).flatMap(id -> people.person(actor.tenant(), id));
		DeviceCategory category = RequestLabels.category(form.category());
		model.addAttribute("q", q.strip());
		model.addAttribute("found", q.isBlank() ? List.of() : people.search(actor, q));
		model.addAttribute("person", chosen.orElse(null));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("categories", labels.categories(locale));
		model.addAttribute("locations", labels.locations(actor));
		model.addAttribute("devices", reservations.bookable(actor, category == null ? DeviceCategory.LAPTOP : category, null));
		model.addAttribute("noticeDays", reservations.noticeDays(actor));
		return "lending/queue/reservationForm";
	}

	@GetMapping("/lending/reservations/{reservationId}")
	@PreAuthorize("hasAuthority('RESERVATION_VIEW')")
	String show(@PathVariable String reservationId, Model model) {
		return detail(model, CurrentActor.get(), id(reservationId), new CancelReservationForm("", ""), FormErrors.none());
	}

	@PostMapping("/lending/reservations/{reservationId}/cancel")
	@PreAuthorize("hasAuthority('RESERVATION_MANAGE')")
	String cancel(@PathVariable String reservationId, @Valid @ModelAttribute("cancelForm") CancelReservationForm form, BindingResult result,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		ReservationId id = reservations.existing(actor, id(reservationId));
		if (!result.hasErrors()) {
			reservations.cancel(actor, id, RequestForms.version(form.version()), form.reason());
			Flash.show(redirect, labels.t("lending.reservation.cancelled", locale));
			return "redirect:/lending/reservations/" + id;
		}
		response.setStatus(422);
		return detail(model, actor, id, form, labels.errors(result, locale));
	}

	private String detail(Model model, Actor actor, ReservationId id, CancelReservationForm form, FormErrors errors) {
		ReservationViews.ReservationRow reservation = reservations.details(actor, id);
		model.addAttribute("reservation", reservation);
		model.addAttribute("cancelForm", new CancelReservationForm(form.reason(), String.valueOf(reservation.version())));
		model.addAttribute("errors", errors);
		return "lending/queue/reservation";
	}

	@GetMapping("/lending/availability")
	@PreAuthorize("hasAuthority('RESERVATION_VIEW')")
	String availability(@RequestParam(defaultValue = "LAPTOP") String category, @RequestParam(defaultValue = "") String location, Model model,
			Locale locale) {
		Actor actor = CurrentActor.get();
		DeviceCategory chosen = RequestLabels.category(category);
		if (chosen == null) {
			chosen = DeviceCategory.LAPTOP;
		}
		LocationId at = LocationId.parse(location).orElse(null);
		model.addAttribute("category", chosen.name());
		model.addAttribute("location", at == null ? "" : at.toString());
		model.addAttribute("categories", labels.categories(locale));
		model.addAttribute("locations", labels.locations(actor));
		model.addAttribute("days", reservations.availability(actor, chosen, at));
		return "lending/queue/availability";
	}

	static ReservationId id(String text) {
		return ReservationId.parse(text).orElseThrow(NotFoundException::new);
	}
}
