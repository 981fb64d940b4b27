package be.digibank.lending;

/**
 * A lending rule refused an action (the device is not available, the person is blocked, a date lies in the past…). The
 * field names where the message is shown next to the form field; the message key and arguments tell why. Nothing was
 * saved: it is thrown before or inside the transaction, which then rolls back.
 */
final class LoanRefused extends RuntimeException {

	private final String field;
	private final String messageKey;
	private final transient Object[] arguments;

	LoanRefused(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey, null, false, false);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	String field() {
		return field;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments.clone();
	}
}
