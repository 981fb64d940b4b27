package be.digibank.inventory;

import be.digibank.shared.ConflictException;

/**
 * A lifecycle rule refused a change of a device (an illegal step, no proof of sanitisation, …). The message key tells
 * the user why; the device pages show it on the device with 422, anything else shows it on the 409 page.
 */
public class DeviceRuleBroken extends ConflictException {

	static final String ILLEGAL_TRANSITION = "device.rule.illegalTransition";
	static final String SANITISATION_MISSING = "device.rule.sanitisationMissing";
	static final String NOT_REUSABLE = "device.rule.notReusable";
	static final String NO_SANITISATION_NOW = "device.rule.noSanitisationNow";
	static final String ALREADY_SANITISED = "device.rule.alreadySanitised";
	static final String BY_LENDING = "device.rule.byLending";
	static final String RECYCLING_REFERENCE_MISSING = "device.rule.recyclingReferenceMissing";
	static final String RECYCLING_REFERENCE_TOO_LONG = "device.rule.recyclingReferenceTooLong";
	static final String RECYCLING_REFERENCE_FIELD = "recyclingReference";

	private final String field;

	DeviceRuleBroken(String messageKey) {
		this(messageKey, "target");
	}

	/** A refusal about one field of the move form, so the page shows the message next to that field. */
	DeviceRuleBroken(String messageKey, String field) {
		super(messageKey);
		this.field = field;
	}

	String field() {
		return field;
	}
}
