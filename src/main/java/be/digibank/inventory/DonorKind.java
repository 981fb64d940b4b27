package be.digibank.inventory;

/** Who gave the devices. */
public enum DonorKind {
	COMPANY, PUBLIC_BODY, ORGANISATION, CITIZEN
}
