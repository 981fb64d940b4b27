package be.digibank.lending;

import be.digibank.shared.Identifiers;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** One loan of one device to one borrower. */
public record LoanId(UUID value) {

	public LoanId {
		Objects.requireNonNull(value, "value");
	}

	public static LoanId random() {
		return new LoanId(UUID.randomUUID());
	}

	/** Parses an identifier from a URL or form; anything malformed is simply not found. */
	public static Optional<LoanId> parse(String text) {
		return Identifiers.parse(text).map(LoanId::new);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
