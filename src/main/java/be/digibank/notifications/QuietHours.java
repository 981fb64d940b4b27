package be.digibank.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The hours of the night in which no SMS or e-mail leaves for a person (letters are printed by day anyway). The period
 * may cross midnight (21:00–08:00) or not (12:00–13:00); equal times mean no quiet hours.
 */
record QuietHours(LocalTime from, LocalTime until) {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
	static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

	boolean contains(LocalTime time) {
		if (from.equals(until)) {
			return false;
		}
		return from.isBefore(until) ? !time.isBefore(from) && time.isBefore(until) : !time.isBefore(from) || time.isBefore(until);
	}

	/** When a message due at {@code now} may go: now, or at the end of the quiet period that holds now. */
	Instant sendableFrom(Instant now) {
		ZonedDateTime local = now.atZone(BRUSSELS);
		if (!contains(local.toLocalTime())) {
			return now;
		}
		LocalDate day = local.toLocalDate();
		if (!local.toLocalTime().isBefore(until)) {
			day = day.plusDays(1);
		}
		return ZonedDateTime.of(day, until, BRUSSELS).toInstant();
	}
}
