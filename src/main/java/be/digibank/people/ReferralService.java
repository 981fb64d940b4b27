package be.digibank.people;

/** What a referrer asks the digibank for. */
public enum ReferralService {
	DEVICE, TRAINING, GUIDANCE
}
