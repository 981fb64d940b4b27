package be.digibank.inventory;

/** The verdict of the visual check on intake (OVAM: only devices that look reusable are accepted as such). */
public enum Triage {
	REUSABLE, PARTS_ONLY, E_WASTE
}
