package be.digibank.network;

import be.digibank.shared.Identifiers;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A help point (digipunt) of a digibank. */
public record LocationId(UUID value) implements Serializable {

	public LocationId {
		Objects.requireNonNull(value, "value");
	}

	public static LocationId random() {
		return new LocationId(UUID.randomUUID());
	}

	public static Optional<LocationId> parse(String text) {
		return Identifiers.parse(text).map(LocationId::new);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
