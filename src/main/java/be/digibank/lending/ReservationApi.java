package be.digibank.lending;

import be.digibank.lending.ReservationForms.ReservationForm;
import be.digibank.lending.ReservationViews.ReservationRow;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import be.digibank.shared.web.ApiErrors;
import be.digibank.shared.web.ApiErrors.ApiError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reservations as JSON: 400 with messages per field for wrong input, 409 naming the device when a period overlaps. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reservations", description = "Devices booked for a later period (persons and class sets)")
class ReservationApi {

	private final ReservationDesk reservations;
	private final Validator validator;
	private final MessageSource messages;

	ReservationApi(ReservationDesk reservations, Validator validator, MessageSource messages) {
		this.reservations = reservations;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping("/reservations")
	@PreAuthorize("hasAuthority('RESERVATION_VIEW')")
	@Operation(summary = "Reservations that have not ended yet")
	public List<ReservationRow> reservations(@RequestParam(defaultValue = "false") boolean cancelled) {
		return reservations.upcoming(CurrentActor.get(), cancelled);
	}

	@GetMapping("/reservations/{reservationId}")
	@PreAuthorize("hasAuthority('RESERVATION_VIEW')")
	@Operation(summary = "One reservation with its devices")
	public ReservationRow reservation(@PathVariable String reservationId) {
		return reservations.details(CurrentActor.get(), ReservationController.id(reservationId));
	}

	@PostMapping("/reservations")
	@PreAuthorize("hasAuthority('RESERVATION_MANAGE')")
	@Operation(summary = "Book devices (by asset tag or serial in codes, or by ID in deviceIds) for a period, for a person or an organisation")
	public ResponseEntity<?> book(@RequestBody ReservationForm form, Locale locale) {
		Actor actor = CurrentActor.get();
		BindingResult result = new BeanPropertyBindingResult(form, "form");
		validator.validate(form, result);
		Optional<ReservationDesk.Booking> booking = form.check(result, reservations.today());
		if (booking.isEmpty()) {
			return ResponseEntity.badRequest().body(new ApiError(400, "invalid", ApiErrors.fieldMessages(result, messages, locale)));
		}
		try {
			ReservationDesk.Booked booked = reservations.book(actor, booking.get());
			return ResponseEntity.created(URI.create("/api/v1/reservations/" + booked.id())).body(reservations.details(actor, booked.id()));
		} catch (ReservationRefused refused) {
			return ResponseEntity.badRequest().body(new ApiError(400, "invalid",
					Map.of(refused.field(),
							messages.getMessage(refused.messageKey(), new Object[]{refused.argument()}, refused.messageKey(), locale))));
		} catch (ReservationConflict conflict) {
			return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiError(409,
					messages.getMessage(ReservationConflict.KEY, new Object[]{conflict.device()}, ReservationConflict.KEY, locale), Map.of()));
		}
	}
}
