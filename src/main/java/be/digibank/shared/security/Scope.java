package be.digibank.shared.security;

/** How far a permission reaches for a role. */
public enum Scope {
	/** Every digibank on the installation. */
	PLATFORM,
	/** Everything of the actor's own digibank. */
	DIGIBANK,
	/** Only what belongs to the actor's own partner organisation. */
	PARTNER,
	/** Only the actor's own records. */
	OWN
}
