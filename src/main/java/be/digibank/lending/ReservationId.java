package be.digibank.lending;

import be.digibank.shared.Identifiers;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Devices booked for a later period, for a person or an organisation. */
record ReservationId(UUID value) {

	ReservationId {
		Objects.requireNonNull(value, "value");
	}

	static ReservationId random() {
		return new ReservationId(UUID.randomUUID());
	}

	/** Parses an identifier from a URL or form; anything malformed is simply not found. */
	static Optional<ReservationId> parse(String text) {
		return Identifiers.parse(text).map(ReservationId::new);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
