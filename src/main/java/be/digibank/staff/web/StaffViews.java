package be.digibank.staff.web;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/** What the staff templates show: plain values, never the persistence objects. */
public final class StaffViews {

	private StaffViews() {
	}

	/** An account in the list or on its detail page. */
	public record Account(String id, String name, String email, String role, @Nullable String partnerId,
			String partner, String status, @Nullable ZonedDateTime lastSignIn, boolean secondFactor, int version) {
	}

	/** An API token, without its secret (which is never stored). */
	public record Token(String id, String name, String owner, ZonedDateTime created, ZonedDateTime expires,
			@Nullable ZonedDateTime lastUsed, @Nullable ZonedDateTime revoked, boolean usable) {
	}

	/** One logged stretch of volunteer work. */
	public record HoursEntry(String id, LocalDate date, int minutes, String activity, String location, String person,
			boolean removable) {
	}

	/** Total minutes of one person. */
	public record PersonTotal(String person, int minutes) {
	}

	/** Minutes as "3 h 15 min". */
	public static String duration(int minutes) {
		int hours = minutes / 60;
		int rest = minutes % 60;
		return hours == 0 ? rest + " min" : rest == 0 ? hours + " h" : hours + " h " + rest + " min";
	}
}
