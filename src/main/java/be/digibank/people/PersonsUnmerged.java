package be.digibank.people;

import be.digibank.shared.DigibankId;

/** A merge was undone by a coordinator: {@code restored} is a person of its own again, with its own history. */
public record PersonsUnmerged(DigibankId digibankId, PersonId survivor, PersonId restored) {
}
