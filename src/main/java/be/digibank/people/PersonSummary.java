package be.digibank.people;

import be.digibank.shared.DigibankId;
import org.jspecify.annotations.Nullable;

/** A person as other modules see them: enough to show who it is, nothing sensitive. */
public record PersonSummary(PersonId id, DigibankId digibankId, String displayName, @Nullable Integer birthYear, String postcode) {
}
