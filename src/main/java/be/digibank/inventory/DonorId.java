package be.digibank.inventory;

import be.digibank.shared.Identifiers;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Who gave devices: a company, a public body, an organisation or a citizen. */
public record DonorId(UUID value) {

	public DonorId {
		Objects.requireNonNull(value, "value");
	}

	public static DonorId random() {
		return new DonorId(UUID.randomUUID());
	}

	/** Parses an identifier from a URL or form; anything malformed is simply not found. */
	public static Optional<DonorId> parse(String text) {
		return Identifiers.parse(text).map(DonorId::new);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
