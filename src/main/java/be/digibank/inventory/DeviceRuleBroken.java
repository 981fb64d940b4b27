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

	DeviceRuleBroken(String messageKey) {
		super(messageKey);
	}
}
