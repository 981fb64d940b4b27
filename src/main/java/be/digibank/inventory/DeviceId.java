package be.digibank.inventory;

import be.digibank.shared.Identifiers;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A device of the device bank. */
public record DeviceId(UUID value) {

	public DeviceId {
		Objects.requireNonNull(value, "value");
	}

	public static DeviceId random() {
		return new DeviceId(UUID.randomUUID());
	}

	/** Parses an identifier from a URL or form; anything malformed is simply not found. */
	public static Optional<DeviceId> parse(String text) {
		return Identifiers.parse(text).map(DeviceId::new);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
