package be.digibank.lending;

/** A rule of reservations refused a form value: shown next to that field, with what it refers to (a typed code). */
final class ReservationRefused extends RuntimeException {

	private final String field;
	private final String messageKey;
	private final String argument;

	ReservationRefused(String field, String messageKey, String argument) {
		super(field + ": " + messageKey, null, false, false);
		this.field = field;
		this.messageKey = messageKey;
		this.argument = argument;
	}

	String field() {
		return field;
	}

	String messageKey() {
		return messageKey;
	}

	String argument() {
		return argument;
	}
}
