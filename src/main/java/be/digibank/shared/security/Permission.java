package be.digibank.shared.security;

/**
 * An action in the application; the authority that guards it has the same name.
 */
public enum Permission {
	/** See the digibank's settings, funding projects and area. */
	DIGIBANK_VIEW,
	/** Change the digibank's settings, funding projects and area. */
	DIGIBANK_MANAGE,
	/** Create digibanks on the installation. */
	DIGIBANKS_ADMINISTER, PARTNER_VIEW, PARTNER_MANAGE, LOCATION_VIEW, LOCATION_MANAGE, STAFF_VIEW, STAFF_MANAGE,
	/** Record and see volunteer hours. */
	VOLUNTEER_HOURS_LOG, AUDIT_VIEW, API_TOKEN_MANAGE,
	/** Health details and metrics of the running application. */
	OPERATIONS_VIEW,
	/** Find a person in the register and open the record (identity, contact, eligibility verdict). */
	PERSON_VIEW,
	/** Register a new person. */
	PERSON_REGISTER,
	/** Change a person's identity and contact details. */
	PERSON_EDIT,
	/** See and change sensitive details: target groups and the type of eligibility proofs. */
	PERSON_SENSITIVE_VIEW,
	/** Record an eligibility proof that was shown (never a copy). */
	ELIGIBILITY_PROOF_RECORD,
	/** Override the eligibility rules for a person, with a reason. */
	ELIGIBILITY_OVERRIDE,
	/** Record or withdraw a person's consent. */
	CONSENT_RECORD,
	/** See referrals (referrers: only their own). */
	REFERRAL_VIEW,
	/** Refer a person to the digibank. */
	REFERRAL_CREATE,
	/** Accept, decline or complete referrals. */
	REFERRAL_HANDLE,
	/** Log a help contact with someone who is not registered (nothing identifying is kept). */
	ANONYMOUS_CONTACT_LOG,
	/** Set up eligibility rules, proof types and target groups; resolve duplicates. */
	PEOPLE_ADMINISTER,
	/** Give a person everything the register holds about them (subject access: a PDF and a JSON file). */
	PERSON_EXPORT,
	/** Erase a person on request: anonymise the record for good, keeping the counts. */
	PERSON_ERASE,
	/** Set how long each kind of personal data is kept, preview and run the anonymisation. */
	RETENTION_MANAGE,
	/** See the device bank: stock, devices, their history and sanitisation evidence. */
	DEVICE_VIEW,
	/** Register devices, move them through their lifecycle and record sanitisation evidence. */
	DEVICE_MANAGE,
	/** See and record donors and donations (donor contact details included). */
	DONATION_MANAGE,
	/** See the digibank's outbox of messages to persons (status, reasons) and the letters waiting to be printed. */
	NOTIFICATION_VIEW,
	/** Retry a failed message; download the letter batch and mark it printed. */
	NOTIFICATION_HANDLE,
	/** Word the message templates and set the quiet hours of the digibank. */
	NOTIFICATION_ADMINISTER,
	/** See the messages sent to one person and their channel preference. */
	PERSON_MESSAGES_VIEW,
	/** Send a person a message by hand and record their channel preference or opt-out. */
	PERSON_MESSAGE_SEND,
	/** See loans, their agreements, the lending overviews and a person's or device's loan history. */
	LOAN_VIEW,
	/** Lend a device (checkout with agreement and signature), take it back, extend a loan, send a reminder by hand. */
	LOAN_LEND,
	/** Decide on loss, theft and damage, follow incidents up, convert a loan into a gift. */
	LOAN_SETTLE,
	/** Block a person from borrowing, with a message and a reason. */
	BORROWER_BLOCK_PLACE,
	/** Lift a borrower block. */
	BORROWER_BLOCK_LIFT,
	/** Set the loan policies per device category. */
	LOAN_POLICY_MANAGE,
	/** See requests for a device, the waiting lists and their offers. */
	LENDING_REQUEST_VIEW,
	/** Ask for a device for a person (a request on the waiting list). */
	LENDING_REQUEST_CREATE,
	/** Offer a device to a waiting person, record the answer, cancel requests. */
	LENDING_QUEUE_MANAGE,
	/** Set the waiting list's priority rules, how long an offer holds a device and the notice for class sets. */
	WAITING_LIST_CONFIGURE,
	/** See reservations of devices and the availability calendar. */
	RESERVATION_VIEW,
	/** Book devices for a later period (also class sets for organisations) and cancel bookings. */
	RESERVATION_MANAGE,
	/** Record repairs of our devices and of citizens' own devices (finds the citizen by name). */
	REPAIR_MANAGE,
	/** Count the devices at a location: start a stocktake, scan, close it with a report. */
	STOCKTAKE_MANAGE;

	public String authority() {
		return name();
	}
}
