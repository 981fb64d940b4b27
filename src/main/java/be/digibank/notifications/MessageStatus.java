package be.digibank.notifications;

/**
 * Where a message in the outbox stands. SMS and e-mail go PENDING → SENT, or FAILED after the last attempt; letters go
 * TO_PRINT → PRINTED; SKIPPED means it was never going to be sent (no contact data, opted out), with the reason.
 */
public enum MessageStatus {
	PENDING, SENT, FAILED, SKIPPED, TO_PRINT, PRINTED
}
