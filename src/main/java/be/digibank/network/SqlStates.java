package be.digibank.network;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** Recognises the database's refusals that the user can correct. */
final class SqlStates {

	static final String UNIQUE_VIOLATION = "23505";
	static final String EXCLUSION_VIOLATION = "23P01";

	private SqlStates() {
	}

	static boolean is(Throwable failure, String sqlState) {
		return sqlState.equals(of(failure));
	}

	static @Nullable String of(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}
}
