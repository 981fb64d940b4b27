package be.digibank.people;

import be.digibank.shared.Identifiers;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A person in the register of one digibank. */
public record PersonId(UUID value) implements Serializable {

	public PersonId {
		Objects.requireNonNull(value, "value");
	}

	public static PersonId random() {
		return new PersonId(UUID.randomUUID());
	}

	/** Parses an identifier from a URL or form; anything malformed is simply not found. */
	public static Optional<PersonId> parse(String text) {
		return Identifiers.parse(text).map(PersonId::new);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
