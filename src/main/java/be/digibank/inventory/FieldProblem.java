package be.digibank.inventory;

/** A rule refused a form's value: shown next to that field, never as an error page. */
final class FieldProblem extends RuntimeException {

	private final String field;
	private final String messageKey;

	FieldProblem(String field, String messageKey) {
		super(field + ": " + messageKey, null, false, false);
		this.field = field;
		this.messageKey = messageKey;
	}

	String field() {
		return field;
	}

	String messageKey() {
		return messageKey;
	}

	static boolean isUniqueViolation(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
				return "23505".equals(sql.getSQLState());
			}
		}
		return false;
	}
}
