package be.digibank.network;

import be.digibank.shared.DigibankId;
import be.digibank.shared.PartnerId;

/** A partner organisation as other modules see it. */
public record PartnerSummary(PartnerId id, DigibankId digibankId, String name, PartnerType type, boolean active) {
}
