package be.digibank.lending;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Read models of the reservation pages, the availability calendar and the API. */
public final class ReservationViews {

	private ReservationViews() {
	}

	/** A reservation: for a person ({@code personId}) or an organisation's class set ({@code organisationName}). */
	public record ReservationRow(UUID id, @Nullable UUID personId, String forWhom, boolean classSet, String contact, UUID pickupLocationId,
			String pickupLocation, LocalDate startsOn, LocalDate endsOn, List<String> devices, String status, String note, String cancelReason,
			String bookedByName, Instant bookedAt, int version) {
	}

	/** One day of the availability calendar: devices that can go out, how many are booked that day, how many are free. */
	public record DayAvailability(LocalDate day, int total, int booked, int free) {
	}

	/** A device that can be picked for a reservation. */
	public record BookableDevice(UUID id, String label, String locationName) {
	}
}
