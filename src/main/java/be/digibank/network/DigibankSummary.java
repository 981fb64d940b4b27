package be.digibank.network;

import be.digibank.shared.DigibankId;

/** A digibank as other modules see it. */
public record DigibankSummary(DigibankId id, String name, String region) {
}
