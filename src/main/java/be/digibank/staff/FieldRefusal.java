package be.digibank.staff;

/**
 * A form value the rules refuse (an e-mail address in use, a partner of another digibank): shown next to the field, and
 * the transaction is rolled back.
 */
class FieldRefusal extends RuntimeException {

	private final String field;
	private final String messageKey;

	FieldRefusal(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	String field() {
		return field;
	}

	String messageKey() {
		return messageKey;
	}
}
