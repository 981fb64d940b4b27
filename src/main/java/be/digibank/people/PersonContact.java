package be.digibank.people;

import be.digibank.shared.DigibankId;

/**
 * How a person can be reached, for the modules that send them messages: language ({@code nl}, {@code fr}, {@code en}, …
 * or {@code other}), mobile phone in E.164 form, e-mail and post address, each empty when not known. {@code noContact}
 * means the person asked not to be contacted at all.
 */
public record PersonContact(PersonId id, DigibankId digibankId, String displayName, String language, String phone, String email,
		String address, boolean noContact) {
}
