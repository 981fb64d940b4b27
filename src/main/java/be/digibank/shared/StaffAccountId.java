package be.digibank.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A staff or volunteer account. */
public record StaffAccountId(UUID value) implements Serializable {

	public StaffAccountId {
		Objects.requireNonNull(value, "value");
	}

	public static StaffAccountId random() {
		return new StaffAccountId(UUID.randomUUID());
	}

	/**
	 * Parses an identifier from a URL or form; anything malformed is simply not found.
	 */
	public static Optional<StaffAccountId> parse(String text) {
		return Identifiers.parse(text).map(StaffAccountId::new);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
