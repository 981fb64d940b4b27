package be.digibank.network;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * When a help point is open: weekly slots in Belgian wall-clock time, corrected by date-bound exceptions (closures of a
 * whole day or of some hours, and extra slots). Daylight-saving changes are handled by resolving wall-clock times in
 * the help point's time zone for each date.
 */
record OpeningHours(ZoneId zone, List<WeeklySlot> slots, List<OpeningException> exceptions) {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	/** How far ahead {@link #nextOpenings} looks. */
	private static final int HORIZON_DAYS = 400;

	OpeningHours {
		slots = List.copyOf(slots);
		exceptions = List.copyOf(exceptions);
	}

	/** A weekly recurring slot. */
	record WeeklySlot(UUID id, DayOfWeek day, LocalTime startsAt, LocalTime endsAt) {
		WeeklySlot {
			if (!endsAt.isAfter(startsAt)) {
				throw new IllegalArgumentException("a slot ends after it starts");
			}
		}
	}

	enum ExceptionKind {
		CLOSED, EXTRA
	}

	/**
	 * A change for one date: CLOSED without hours closes the whole day, CLOSED with hours closes those hours, EXTRA adds a
	 * slot.
	 */
	record OpeningException(UUID id, LocalDate date, ExceptionKind kind, @Nullable LocalTime startsAt,
			@Nullable LocalTime endsAt, String reason) {
		OpeningException {
			if ((startsAt == null) != (endsAt == null)) {
				throw new IllegalArgumentException("both hours or none");
			}
			if (startsAt != null && !endsAt.isAfter(startsAt)) {
				throw new IllegalArgumentException("an exception ends after it starts");
			}
			if (kind == ExceptionKind.EXTRA && startsAt == null) {
				throw new IllegalArgumentException("an extra slot has hours");
			}
		}

		boolean wholeDay() {
			return startsAt == null;
		}
	}

	/** One period during which the help point is open, in its own time zone. */
	record Opening(ZonedDateTime startsAt, ZonedDateTime endsAt) {

		boolean contains(Instant instant) {
			return !instant.isBefore(startsAt.toInstant()) && instant.isBefore(endsAt.toInstant());
		}
	}

	private record Span(LocalTime start, LocalTime end) {
	}

	boolean isOpenAt(Instant instant) {
		LocalDate date = instant.atZone(zone).toLocalDate();
		return openingsOn(date).stream().anyMatch(opening -> opening.contains(instant));
	}

	/**
	 * The next {@code count} openings that have not ended at {@code from}; one that is going on counts as the first.
	 */
	List<Opening> nextOpenings(Instant from, int count) {
		List<Opening> found = new ArrayList<>();
		LocalDate date = from.atZone(zone).toLocalDate();
		for (int day = 0; day < HORIZON_DAYS && found.size() < count; day++) {
			for (Opening opening : openingsOn(date.plusDays(day))) {
				if (opening.endsAt().toInstant().isAfter(from) && found.size() < count) {
					found.add(opening);
				}
			}
		}
		return found;
	}

	/** The openings of one date, after closures and extra slots, merged and in order. */
	List<Opening> openingsOn(LocalDate date) {
		List<Span> open = new ArrayList<>();
		for (WeeklySlot slot : slots) {
			if (slot.day() == date.getDayOfWeek()) {
				open.add(new Span(slot.startsAt(), slot.endsAt()));
			}
		}
		for (OpeningException exception : exceptions) {
			if (exception.date().equals(date) && exception.kind() == ExceptionKind.EXTRA) {
				open.add(new Span(exception.startsAt(), exception.endsAt()));
			}
		}
		open = merge(open);
		for (OpeningException exception : exceptions) {
			if (exception.date().equals(date) && exception.kind() == ExceptionKind.CLOSED) {
				open = exception.wholeDay()
						? new ArrayList<>()
						: subtract(open, new Span(exception.startsAt(), exception.endsAt()));
			}
		}
		List<Opening> openings = new ArrayList<>();
		for (Span span : open) {
			// a start in the spring-forward gap moves to after the gap; an end in the autumn overlap takes the
			// later offset, so that the slot lasts its full wall-clock time
			ZonedDateTime start = ZonedDateTime.of(date, span.start(), zone).withEarlierOffsetAtOverlap();
			ZonedDateTime end = ZonedDateTime.of(date, span.end(), zone).withLaterOffsetAtOverlap();
			if (end.isAfter(start)) {
				openings.add(new Opening(start, end));
			}
		}
		return openings;
	}

	private static List<Span> merge(List<Span> spans) {
		List<Span> sorted = new ArrayList<>(spans);
		sorted.sort(Comparator.comparing(Span::start));
		List<Span> merged = new ArrayList<>();
		for (Span span : sorted) {
			if (!merged.isEmpty() && !span.start().isAfter(merged.getLast().end())) {
				Span last = merged.removeLast();
				merged.add(new Span(last.start(), span.end().isAfter(last.end()) ? span.end() : last.end()));
			} else {
				merged.add(span);
			}
		}
		return merged;
	}

	private static List<Span> subtract(List<Span> spans, Span closed) {
		List<Span> left = new ArrayList<>();
		for (Span span : spans) {
			if (!closed.end().isAfter(span.start()) || !closed.start().isBefore(span.end())) {
				left.add(span);
				continue;
			}
			if (closed.start().isAfter(span.start())) {
				left.add(new Span(span.start(), closed.start()));
			}
			if (closed.end().isBefore(span.end())) {
				left.add(new Span(closed.end(), span.end()));
			}
		}
		return left;
	}
}
