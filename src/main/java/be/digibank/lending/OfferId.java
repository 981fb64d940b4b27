package be.digibank.lending;

import be.digibank.shared.Identifiers;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A device held for the person of a request for a few days. */
record OfferId(UUID value) {

	OfferId {
		Objects.requireNonNull(value, "value");
	}

	static OfferId random() {
		return new OfferId(UUID.randomUUID());
	}

	/** Parses an identifier from a URL or form; anything malformed is simply not found. */
	static Optional<OfferId> parse(String text) {
		return Identifiers.parse(text).map(OfferId::new);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
