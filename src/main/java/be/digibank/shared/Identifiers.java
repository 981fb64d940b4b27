package be.digibank.shared;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Parsing of the UUIDs behind typed identifiers, shared by every module's typed IDs.
 */
public final class Identifiers {

	private Identifiers() {
	}

	public static Optional<UUID> parse(@Nullable String text) {
		if (text == null || text.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(text));
		} catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
	}
}
