package be.digibank.people;

import be.digibank.shared.DigibankId;

/**
 * The undo window of a merge has passed: it can no longer be undone, so what modules remembered to undo it (their merge
 * ledgers) can go. Published once per merge by the nightly {@code MergeFinalisation}.
 */
public record PersonsMergeBecameFinal(DigibankId digibankId, PersonId survivor, PersonId merged) {
}
