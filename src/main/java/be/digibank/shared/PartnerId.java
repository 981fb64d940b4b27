package be.digibank.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A partner organisation within a digibank. */
public record PartnerId(UUID value) implements Serializable {

	public PartnerId {
		Objects.requireNonNull(value, "value");
	}

	public static PartnerId random() {
		return new PartnerId(UUID.randomUUID());
	}

	/**
	 * Parses an identifier from a URL or form; anything malformed is simply not found.
	 */
	public static Optional<PartnerId> parse(String text) {
		return Identifiers.parse(text).map(PartnerId::new);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
