package be.digibank.audit;

import be.digibank.shared.DigibankId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Permission;
import be.digibank.shared.security.Scope;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The search parameters as typed (pages and API share them), turned into a query scoped to what the actor may see.
 */
record AuditSearch(@Nullable String recordType, @Nullable String recordId, @Nullable String actor,
		@Nullable String action, @Nullable String from, @Nullable String to, @Nullable Integer page) {

	/** Field name to message key of each filter that cannot be read. */
	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (present(action) && Arrays.stream(AuditAction.values()).noneMatch(value -> value.name().equals(action))) {
			problems.put("action", "audit.error.action");
		}
		if (present(from) && date(from) == null) {
			problems.put("from", "audit.error.date");
		}
		if (present(to) && date(to) == null) {
			problems.put("to", "audit.error.date");
		}
		return problems;
	}

	/** Platform administrators search every digibank, everyone else only their own. */
	AuditQuery query(Actor actor) {
		boolean platform = actor.scopeOf(Permission.AUDIT_VIEW).filter(scope -> scope == Scope.PLATFORM).isPresent();
		DigibankId digibank = platform ? null : actor.tenant();
		AuditAction chosen = present(action) && problems().get("action") == null ? AuditAction.valueOf(action) : null;
		return new AuditQuery(digibank, recordType, recordId, this.actor, chosen, date(from), date(to));
	}

	int pageNumber() {
		return page == null || page < 1 ? 1 : page;
	}

	Map<String, String> typed() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("recordType", text(recordType));
		values.put("recordId", text(recordId));
		values.put("actor", text(actor));
		values.put("action", text(action));
		values.put("from", text(from));
		values.put("to", text(to));
		return values;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static boolean present(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	private static @Nullable LocalDate date(@Nullable String value) {
		if (!present(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		} catch (DateTimeParseException malformed) {
			return null;
		}
	}
}
