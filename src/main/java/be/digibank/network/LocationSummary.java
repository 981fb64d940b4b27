package be.digibank.network;

import be.digibank.shared.DigibankId;
import be.digibank.shared.PartnerId;

/** A help point as other modules see it. */
public record LocationSummary(LocationId id, DigibankId digibankId, PartnerId partnerId, String name, LocationKind kind, String postcode,
		String municipality, boolean active) {
}
