package be.digibank.network;

/** A partner organisation to add to a digibank. */
public record NewPartner(String name, PartnerType type, String contactEmail, String contactPhone) {
}
