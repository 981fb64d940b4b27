package be.digibank.shared;

/**
 * Two people changed the same thing, or a rule of the database refused the change: answered with 409.
 */
public class ConflictException extends RuntimeException {

	private final String messageKey;

	public ConflictException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	/** Key of the message shown to the user. */
	public String messageKey() {
		return messageKey;
	}
}
