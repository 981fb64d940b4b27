package be.digibank.shared.security;

/**
 * What a staff or volunteer account is for; each role has its permissions in {@link PermissionMatrix}.
 */
public enum Role {
	PLATFORM_ADMIN, FUNDER, COORDINATOR, STAFF, VOLUNTEER, TRAINER, TECHNICIAN, OUTREACH_WORKER, REFERRER;

	/** Platform-wide roles belong to no digibank. */
	public boolean isPlatformWide() {
		return this == PLATFORM_ADMIN || this == FUNDER;
	}

	/**
	 * Everyone who can see personal data must sign in with a second factor; the funder sees aggregates only.
	 */
	public boolean requiresSecondFactor() {
		return this != FUNDER;
	}
}
