package be.digibank.lending;

import be.digibank.inventory.DeviceId;
import be.digibank.network.LocationId;
import be.digibank.people.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** What the reservation forms and the reservation API may submit, and the checks of their values. */
public final class ReservationForms {

	static final String DATE = "|[0-9]{4}-[0-9]{2}-[0-9]{2}";

	private ReservationForms() {
	}

	/**
	 * A booking as typed: for a person (picked by search) or an organisation's class set; devices by scanned or typed codes
	 * (one a line) and/or ticked in the list of available devices.
	 */
	public record ReservationForm(@NotBlank @Pattern(regexp = "|PERSON|ORGANISATION") String bookFor, String personId,
			@Size(max = 200) String organisationName, @Size(max = 200) String contact, @NotBlank String pickupLocationId,
			@NotBlank @Pattern(regexp = DATE) String startsOn, @NotBlank @Pattern(regexp = DATE) String endsOn, @Size(max = 5000) String codes,
			@Nullable List<String> deviceIds, @Size(max = 1000) String note, String category) {
		public ReservationForm {
			bookFor = RequestForms.text(bookFor);
			personId = RequestForms.text(personId).strip();
			organisationName = RequestForms.text(organisationName);
			contact = RequestForms.text(contact);
			pickupLocationId = RequestForms.text(pickupLocationId);
			startsOn = RequestForms.text(startsOn).strip();
			endsOn = RequestForms.text(endsOn).strip();
			codes = RequestForms.text(codes);
			deviceIds = deviceIds == null ? List.of() : List.copyOf(deviceIds);
			note = RequestForms.text(note);
			category = RequestForms.text(category);
		}

		static ReservationForm empty(String bookFor, String personId, String category, LocalDate today) {
			return new ReservationForm(bookFor.isEmpty() ? "PERSON" : bookFor, personId, "", "", "", today.plusDays(7).toString(),
					today.plusDays(7).toString(), "", List.of(), "", category.isEmpty() ? "LAPTOP" : category);
		}

		public boolean picked(String id) {
			return deviceIds.contains(id);
		}

		/**
		 * The form's own checks (dates, who, where); the rest (codes, overlaps) is for the desk. Empty when anything failed.
		 */
		Optional<ReservationDesk.Booking> check(BindingResult result, LocalDate today) {
			LocalDate from = date(result, "startsOn", startsOn);
			LocalDate to = date(result, "endsOn", endsOn);
			if (from != null && from.isBefore(today)) {
				result.rejectValue("startsOn", "lending.reservation.startsOn.past");
			}
			if (from != null && to != null && to.isBefore(from)) {
				result.rejectValue("endsOn", "lending.reservation.endsOn.beforeStart");
			}
			PersonId person = null;
			if ("PERSON".equals(bookFor)) {
				person = PersonId.parse(personId).orElse(null);
				if (person == null) {
					result.rejectValue("personId", "lending.reservation.person.required");
				}
			} else if ("ORGANISATION".equals(bookFor)) {
				if (organisationName.isBlank()) {
					result.rejectValue("organisationName", "lending.reservation.organisation.required");
				}
				if (contact.isBlank()) {
					result.rejectValue("contact", "lending.reservation.contact.required");
				}
			}
			LocationId pickup = LocationId.parse(pickupLocationId).orElse(null);
			if (pickup == null && !result.hasFieldErrors("pickupLocationId")) {
				result.rejectValue("pickupLocationId", "lending.queue.location.unknown");
			}
			List<String> typed = typedCodes();
			List<DeviceId> chosen = deviceIds.stream().map(DeviceId::parse).flatMap(Optional::stream).toList();
			if (chosen.size() != deviceIds.size()) {
				result.rejectValue("deviceIds", "lending.reservation.device.unknown");
			} else if (typed.isEmpty() && chosen.isEmpty()) {
				result.rejectValue("codes", "lending.reservation.devices.none");
			}
			if (result.hasErrors() || from == null || to == null || pickup == null) {
				return Optional.empty();
			}
			return Optional.of(new ReservationDesk.Booking(person, "ORGANISATION".equals(bookFor) ? organisationName : "",
					"ORGANISATION".equals(bookFor) ? contact : "", pickup, from, to, typed, chosen, note));
		}

		List<String> typedCodes() {
			return Arrays.stream(codes.split("[\\s,;]+")).map(String::strip).filter(code -> !code.isEmpty()).distinct().toList();
		}

		private static @Nullable LocalDate date(BindingResult result, String field, String text) {
			if (result.hasFieldErrors(field) || text.isEmpty()) {
				return null;
			}
			try {
				return LocalDate.parse(text);
			} catch (DateTimeParseException unreadable) {
				result.rejectValue(field, "lending.reservation.date.invalid");
				return null;
			}
		}
	}

	public record CancelReservationForm(@NotBlank @Size(max = 500) String reason, String version) {
		public CancelReservationForm {
			reason = RequestForms.text(reason);
			version = RequestForms.text(version);
		}
	}
}
