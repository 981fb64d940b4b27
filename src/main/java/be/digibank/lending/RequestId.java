package be.digibank.lending;

import be.digibank.shared.Identifiers;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A person's request for a kind of device, waiting for one to become available. */
record RequestId(UUID value) {

	RequestId {
		Objects.requireNonNull(value, "value");
	}

	static RequestId random() {
		return new RequestId(UUID.randomUUID());
	}

	/** Parses an identifier from a URL or form; anything malformed is simply not found. */
	static Optional<RequestId> parse(String text) {
		return Identifiers.parse(text).map(RequestId::new);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
