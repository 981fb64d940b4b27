package be.digibank.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Quiet hours across midnight, within a day, none at all, and around the change to summer time. */
class QuietHoursTest {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(BRUSSELS).toInstant();
	}

	@Test
	void aNightCrossingMidnightEndsTheNextMorning() {
		QuietHours night = QuietHours.DEFAULT;
		assertThat(night.sendableFrom(at(2026, 12, 1, 20, 59))).isEqualTo(at(2026, 12, 1, 20, 59));
		assertThat(night.sendableFrom(at(2026, 12, 1, 21, 0))).isEqualTo(at(2026, 12, 2, 8, 0));
		assertThat(night.sendableFrom(at(2026, 12, 2, 3, 0))).isEqualTo(at(2026, 12, 2, 8, 0));
		assertThat(night.sendableFrom(at(2026, 12, 2, 8, 0))).isEqualTo(at(2026, 12, 2, 8, 0));
	}

	@Test
	void aQuietPeriodWithinTheDayAndNoneAtAll() {
		QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 0));
		assertThat(lunch.sendableFrom(at(2026, 12, 1, 12, 30))).isEqualTo(at(2026, 12, 1, 13, 0));
		assertThat(lunch.sendableFrom(at(2026, 12, 1, 23, 0))).isEqualTo(at(2026, 12, 1, 23, 0));
		QuietHours none = new QuietHours(LocalTime.of(21, 0), LocalTime.of(21, 0));
		assertThat(none.sendableFrom(at(2026, 12, 1, 21, 30))).isEqualTo(at(2026, 12, 1, 21, 30));
	}

	@Test
	void theNightOfTheChangeToSummerTimeEndsAtEightLocalTime() {
		assertThat(QuietHours.DEFAULT.sendableFrom(at(2027, 3, 27, 23, 0))).isEqualTo(at(2027, 3, 28, 8, 0));
		assertThat(at(2027, 3, 28, 8, 0).toString()).isEqualTo("2027-03-28T06:00:00Z");
	}
}
