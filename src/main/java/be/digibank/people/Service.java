package be.digibank.people;

/** What a person can receive from the digibank; each has its own eligibility rule. */
public enum Service {
	/** Borrowing a device (laptop, tablet, MiFi…). */
	LENDING,
	/** Courses and workshops. */
	TRAINING,
	/** One-to-one help with e-services. */
	GUIDANCE;

	/** The service a referral asks for counts for this service. */
	boolean coveredBy(ReferralService asked) {
		return switch (asked) {
			case DEVICE -> this == LENDING;
			case TRAINING -> this == TRAINING;
			case GUIDANCE -> this == GUIDANCE;
		};
	}
}
