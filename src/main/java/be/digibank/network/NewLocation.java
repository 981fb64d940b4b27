package be.digibank.network;

import be.digibank.shared.PartnerId;

/** A help point to add to a digibank, run by one of its partners. */
public record NewLocation(PartnerId partnerId, String name, LocationKind kind, String street, String postcode, String municipality,
		String accessibilityNotes, int publicComputers) {
}
