package be.digibank.network;

/** A fixed digipunt, a mobile point (a bus, an e-cargo bike) or an area served by home visits. */
public enum LocationKind {
	FIXED, MOBILE, OUTREACH_AREA
}
