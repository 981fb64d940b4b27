package be.digibank.shared.security;

/**
 * An action in the application; the authority that guards it has the same name.
 */
public enum Permission {
	/** See the digibank's settings, funding projects and area. */
	DIGIBANK_VIEW,
	/** Change the digibank's settings, funding projects and area. */
	DIGIBANK_MANAGE,
	/** Create digibanks on the installation. */
	DIGIBANKS_ADMINISTER, PARTNER_VIEW, PARTNER_MANAGE, LOCATION_VIEW, LOCATION_MANAGE, STAFF_VIEW, STAFF_MANAGE,
	/** Record and see volunteer hours. */
	VOLUNTEER_HOURS_LOG, AUDIT_VIEW, API_TOKEN_MANAGE,
	/** Health details and metrics of the running application. */
	OPERATIONS_VIEW;

	public String authority() {
		return name();
	}
}
