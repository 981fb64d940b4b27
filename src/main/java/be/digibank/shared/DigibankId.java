package be.digibank.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A digibank: one partnership, the tenant that owns its data. */
public record DigibankId(UUID value) implements Serializable {

	public DigibankId {
		Objects.requireNonNull(value, "value");
	}

	public static DigibankId random() {
		return new DigibankId(UUID.randomUUID());
	}

	/**
	 * Parses an identifier from a URL or form; anything malformed is simply not found.
	 */
	public static Optional<DigibankId> parse(String text) {
		return Identifiers.parse(text).map(DigibankId::new);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
