package be.digibank.lending;

import be.digibank.shared.ConflictException;

/** PostgreSQL refused a booking because the device is already booked for an overlapping period. */
final class ReservationConflict extends ConflictException {

	static final String KEY = "lending.reservation.conflict";

	private final String device;

	ReservationConflict(String device) {
		super(KEY);
		this.device = device;
	}

	/** The device that is booked already, as people know it ("Lenovo T480 (DB-000042)"). */
	String device() {
		return device;
	}
}
