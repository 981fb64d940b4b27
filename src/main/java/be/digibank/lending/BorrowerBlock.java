package be.digibank.lending;

import be.digibank.people.PersonId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person may not borrow until a coordinator lifts the block: the message is what the counter sees (and may tell the
 * person), the reason is why it was placed.
 */
record BorrowerBlock(UUID id, PersonId person, String message, String reason, String placedByName, Instant placedAt, @Nullable Instant liftedAt,
		String liftedByName, String liftReason) {

	boolean active() {
		return liftedAt == null;
	}
}
