package be.digibank.people;

import be.digibank.shared.DigibankId;

/**
 * A person's identity was erased from the register, on request or by the retention policy. Modules that keep a copy of
 * something identifying (a name on a loan, the text of a message sent) remove it in the same transaction; IDs and
 * counts stay, so past reports do not change.
 */
public record PersonErased(DigibankId digibankId, PersonId person) {
}
