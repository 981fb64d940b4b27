package be.digibank.network;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.network.OpeningHours.ExceptionKind;
import be.digibank.network.OpeningHours.Opening;
import be.digibank.network.OpeningHours.OpeningException;
import be.digibank.network.OpeningHours.WeeklySlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Opening hours in Belgian wall-clock time, with closures, extra slots and the changes to and from summer time. */
class OpeningHoursTest {

	static WeeklySlot slot(DayOfWeek day, String from, String to) {
		return new WeeklySlot(UUID.randomUUID(), day, LocalTime.parse(from), LocalTime.parse(to));
	}

	static OpeningException closed(String date) {
		return new OpeningException(UUID.randomUUID(), LocalDate.parse(date), ExceptionKind.CLOSED, null, null, "Feestdag");
	}

	static OpeningException closed(String date, String from, String to) {
		return new OpeningException(UUID.randomUUID(), LocalDate.parse(date), ExceptionKind.CLOSED, LocalTime.parse(from),
				LocalTime.parse(to), "Vergadering");
	}

	static OpeningException extra(String date, String from, String to) {
		return new OpeningException(UUID.randomUUID(), LocalDate.parse(date), ExceptionKind.EXTRA, LocalTime.parse(from),
				LocalTime.parse(to), "Extra zitdag");
	}

	static OpeningHours hours(List<WeeklySlot> slots, List<OpeningException> exceptions) {
		return new OpeningHours(OpeningHours.BRUSSELS, slots, exceptions);
	}

	static Instant utc(String localDateTime) {
		return LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.UTC);
	}

	@Test
	void isOpenDuringAWeeklySlotInBrusselsTime() {
		OpeningHours tuesday = hours(List.of(slot(DayOfWeek.TUESDAY, "14:00", "16:30")), List.of());
		// Tuesday 2026-12-01, winter time: UTC+1
		assertThat(tuesday.isOpenAt(utc("2026-12-01T12:59:59"))).isFalse();
		assertThat(tuesday.isOpenAt(utc("2026-12-01T13:00:00"))).isTrue();
		assertThat(tuesday.isOpenAt(utc("2026-12-01T15:29:59"))).isTrue();
		assertThat(tuesday.isOpenAt(utc("2026-12-01T15:30:00"))).isFalse();
		// Tuesday 2026-06-02, summer time: UTC+2
		assertThat(tuesday.isOpenAt(utc("2026-06-02T12:00:00"))).isTrue();
		assertThat(tuesday.isOpenAt(utc("2026-06-02T14:30:00"))).isFalse();
	}

	@Test
	void nextOpeningsAreInBrusselsTimeAcrossTheChangeToSummerTime() {
		OpeningHours sunday = hours(List.of(slot(DayOfWeek.SUNDAY, "10:00", "12:00")), List.of());
		List<Opening> next = sunday.nextOpenings(utc("2026-03-28T12:00:00"), 2);
		assertThat(next).hasSize(2);
		// 2026-03-29 is the first day of summer time: 10:00 is 08:00 UTC
		assertThat(next.get(0).startsAt().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-29T10:00"));
		assertThat(next.get(0).startsAt().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
		assertThat(next.get(0).startsAt().toInstant()).isEqualTo(utc("2026-03-29T08:00:00"));
		assertThat(next.get(1).startsAt().toInstant()).isEqualTo(utc("2026-04-05T08:00:00"));
		assertThat(sunday.isOpenAt(utc("2026-03-29T08:30:00"))).isTrue();
		assertThat(sunday.isOpenAt(utc("2026-03-29T10:30:00"))).isFalse();
	}

	@Test
	void aSlotOverTheSpringGapLastsOnlyTheHoursThatExist() {
		// clocks jump from 02:00 to 03:00 on 2026-03-29
		OpeningHours night = hours(List.of(slot(DayOfWeek.SUNDAY, "01:00", "04:00")), List.of());
		Opening opening = night.nextOpenings(utc("2026-03-28T12:00:00"), 1).getFirst();
		assertThat(Duration.between(opening.startsAt(), opening.endsAt())).isEqualTo(Duration.ofHours(2));
		assertThat(opening.endsAt().toInstant()).isEqualTo(utc("2026-03-29T02:00:00"));
	}

	@Test
	void aSlotOverTheAutumnOverlapLastsItsFullWallClockTime() {
		// clocks go back from 03:00 to 02:00 on 2026-10-25
		OpeningHours night = hours(List.of(slot(DayOfWeek.SUNDAY, "01:30", "03:30")), List.of());
		Opening opening = night.nextOpenings(utc("2026-10-24T12:00:00"), 1).getFirst();
		assertThat(opening.startsAt().toInstant()).isEqualTo(utc("2026-10-24T23:30:00"));
		assertThat(opening.endsAt().toInstant()).isEqualTo(utc("2026-10-25T02:30:00"));
		assertThat(Duration.between(opening.startsAt(), opening.endsAt())).isEqualTo(Duration.ofHours(3));
		// the second 02:15 (UTC+1) is still open
		assertThat(night.isOpenAt(utc("2026-10-25T01:15:00"))).isTrue();
	}

	@Test
	void aDaySlotAfterTheChangeToWinterTimeIsInWinterTime() {
		OpeningHours sunday = hours(List.of(slot(DayOfWeek.SUNDAY, "10:00", "12:00")), List.of());
		Opening opening = sunday.nextOpenings(utc("2026-10-24T12:00:00"), 1).getFirst();
		assertThat(opening.startsAt().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
		assertThat(opening.startsAt().toInstant()).isEqualTo(utc("2026-10-25T09:00:00"));
		assertThat(sunday.isOpenAt(utc("2026-10-25T08:30:00"))).isFalse();
		assertThat(sunday.isOpenAt(utc("2026-10-25T09:30:00"))).isTrue();
	}

	@Test
	void aWholeDayClosureSkipsTheSlotOfThatDay() {
		OpeningHours tuesday = hours(List.of(slot(DayOfWeek.TUESDAY, "14:00", "16:30")), List.of(closed("2026-12-22")));
		assertThat(tuesday.isOpenAt(utc("2026-12-22T14:00:00"))).isFalse();
		List<Opening> next = tuesday.nextOpenings(utc("2026-12-21T00:00:00"), 1);
		assertThat(next.getFirst().startsAt().toLocalDate()).isEqualTo(LocalDate.parse("2026-12-29"));
	}

	@Test
	void aClosureOfSomeHoursSplitsTheSlot() {
		OpeningHours tuesday = hours(List.of(slot(DayOfWeek.TUESDAY, "09:00", "17:00")),
				List.of(closed("2026-12-01", "12:00", "13:00")));
		List<Opening> day = tuesday.openingsOn(LocalDate.parse("2026-12-01"));
		assertThat(day).extracting(o -> o.startsAt().toLocalTime().toString() + "-" + o.endsAt().toLocalTime())
				.containsExactly("09:00-12:00", "13:00-17:00");
		assertThat(tuesday.isOpenAt(utc("2026-12-01T11:30:00"))).isFalse();
		assertThat(tuesday.isOpenAt(utc("2026-12-01T12:30:00"))).isTrue();
	}

	@Test
	void anExtraSlotOnAClosureDayOpensOnlyWhenItIsOutsideTheClosedHours() {
		// closed all day: even an extra slot that day stays closed
		OpeningHours closedAllDay = hours(List.of(slot(DayOfWeek.TUESDAY, "14:00", "16:00")),
				List.of(closed("2026-12-22"), extra("2026-12-22", "18:00", "20:00")));
		assertThat(closedAllDay.openingsOn(LocalDate.parse("2026-12-22"))).isEmpty();
		// closed in the afternoon, extra slot in the evening: open in the evening only
		OpeningHours afternoonClosed = hours(List.of(slot(DayOfWeek.TUESDAY, "14:00", "16:00")),
				List.of(closed("2026-12-22", "13:00", "17:00"), extra("2026-12-22", "18:00", "20:00")));
		assertThat(afternoonClosed.isOpenAt(utc("2026-12-22T13:30:00"))).isFalse();
		assertThat(afternoonClosed.isOpenAt(utc("2026-12-22T17:30:00"))).isTrue();
	}

	@Test
	void anExtraSlotOnADayWithoutWeeklySlotsOpens() {
		OpeningHours hours = hours(List.of(slot(DayOfWeek.TUESDAY, "14:00", "16:00")), List.of(extra("2026-12-05", "10:00", "12:00")));
		List<Opening> next = hours.nextOpenings(utc("2026-12-03T00:00:00"), 2);
		assertThat(next).extracting(o -> o.startsAt().toLocalDate().toString()).containsExactly("2026-12-05", "2026-12-08");
	}

	@Test
	void anOngoingOpeningCountsAsTheNextOne() {
		OpeningHours tuesday = hours(List.of(slot(DayOfWeek.TUESDAY, "14:00", "16:30")), List.of());
		Opening next = tuesday.nextOpenings(utc("2026-12-01T14:00:00"), 1).getFirst();
		assertThat(next.startsAt().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-12-01T14:00"));
	}

	@Test
	void withoutSlotsThereIsNoNextOpening() {
		assertThat(hours(List.of(), List.of()).nextOpenings(utc("2026-12-01T00:00:00"), 3)).isEmpty();
	}
}
