package be.digibank.people;

import be.digibank.shared.DigibankId;

/**
 * Two records were the same person: everything of {@code merged} now belongs to {@code survivor}. Other modules move
 * their references to the survivor; counts of unique persons drop by one. May be undone ({@link PersonsUnmerged}).
 */
public record PersonsMerged(DigibankId digibankId, PersonId survivor, PersonId merged) {
}
