package be.digibank.inventory;

import be.digibank.shared.Identifiers;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A batch of donated devices. */
public record DonationId(UUID value) {

	public DonationId {
		Objects.requireNonNull(value, "value");
	}

	public static DonationId random() {
		return new DonationId(UUID.randomUUID());
	}

	/** Parses an identifier from a URL or form; anything malformed is simply not found. */
	public static Optional<DonationId> parse(String text) {
		return Identifiers.parse(text).map(DonationId::new);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
