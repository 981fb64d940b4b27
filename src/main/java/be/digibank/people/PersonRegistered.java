package be.digibank.people;

import be.digibank.shared.DigibankId;
import java.time.Instant;

/** A new person was registered: reporting counts them from now on. */
public record PersonRegistered(PersonId personId, DigibankId digibankId, Instant registeredAt) {
}
