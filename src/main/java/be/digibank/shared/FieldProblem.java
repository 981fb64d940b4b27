package be.digibank.shared;

/** A rule refused a form's value: shown next to that field (or as JSON on that field), never as an error page. */
public final class FieldProblem extends RuntimeException {

	private final String field;
	private final String messageKey;

	public FieldProblem(String field, String messageKey) {
		super(field + ": " + messageKey, null, false, false);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

	/** Whether PostgreSQL refused the change because a unique index already holds the value (SQLState 23505). */
	public static boolean isUniqueViolation(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
				return "23505".equals(sql.getSQLState());
			}
		}
		return false;
	}
}
