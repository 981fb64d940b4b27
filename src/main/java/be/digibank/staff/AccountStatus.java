package be.digibank.staff;

/**
 * Where an account stands: invited (no password yet), active, or disabled by a coordinator.
 */
enum AccountStatus {
	INVITED, ACTIVE, DISABLED
}
