package be.digibank.network;

/** The kind of organisation a partner is. */
public enum PartnerType {
	SOCIAL_SERVICES, LIBRARY, WELFARE, LOCAL_SERVICE_CENTRE, SOCIAL_ECONOMY, TRAINING_PROVIDER, NGO, COMPANY, OTHER
}
