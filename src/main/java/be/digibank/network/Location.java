package be.digibank.network;

import be.digibank.network.OpeningHours.ExceptionKind;
import be.digibank.network.OpeningHours.OpeningException;
import be.digibank.network.OpeningHours.WeeklySlot;
import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import be.digibank.shared.PartnerId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A help point (digipunt) with its weekly slots and date-bound exceptions. */
final class Location {

	/** Where a help point is and what it offers. */
	record Description(PartnerId partnerId, String name, LocationKind kind, String street, String postcode,
			String municipality, String accessibilityNotes, int publicComputers) {
		Description {
			name = name.strip();
			street = street.strip();
			postcode = postcode.strip();
			municipality = municipality.strip();
			accessibilityNotes = accessibilityNotes.strip();
			if (publicComputers < 0) {
				throw new IllegalArgumentException("public computers");
			}
		}
	}

	private final LocationId id;
	private final DigibankId digibankId;
	private Description description;
	private boolean active;
	private final int version;
	private final List<WeeklySlot> slots;
	private final List<OpeningException> exceptions;

	Location(LocationId id, DigibankId digibankId, Description description, boolean active, int version,
			List<WeeklySlot> slots, List<OpeningException> exceptions) {
		this.id = id;
		this.digibankId = digibankId;
		this.description = description;
		this.active = active;
		this.version = version;
		this.slots = List.copyOf(slots);
		this.exceptions = List.copyOf(exceptions);
	}

	static Location open(DigibankId digibank, Description description) {
		return new Location(LocationId.random(), digibank, description, true, 0, List.of(), List.of());
	}

	void expectVersion(int seen) {
		if (seen != version) {
			throw new ConflictException("error.409.concurrent");
		}
	}

	void describe(Description newDescription) {
		this.description = newDescription;
	}

	/** A new weekly slot; the database refuses one that overlaps another slot on the same day. */
	WeeklySlot newSlot(DayOfWeek day, LocalTime startsAt, LocalTime endsAt) {
		return new WeeklySlot(UUID.randomUUID(), day, startsAt, endsAt);
	}

	OpeningException closure(LocalDate date, @Nullable LocalTime startsAt, @Nullable LocalTime endsAt, String reason) {
		return new OpeningException(UUID.randomUUID(), date, ExceptionKind.CLOSED, startsAt, endsAt, reason.strip());
	}

	OpeningException extraSlot(LocalDate date, LocalTime startsAt, LocalTime endsAt, String reason) {
		return new OpeningException(UUID.randomUUID(), date, ExceptionKind.EXTRA, startsAt, endsAt, reason.strip());
	}

	boolean hasSlot(UUID slotId) {
		return slots.stream().anyMatch(slot -> slot.id().equals(slotId));
	}

	boolean hasException(UUID exceptionId) {
		return exceptions.stream().anyMatch(exception -> exception.id().equals(exceptionId));
	}

	OpeningHours schedule() {
		return new OpeningHours(OpeningHours.BRUSSELS, slots, exceptions);
	}

	LocationId id() {
		return id;
	}

	DigibankId digibankId() {
		return digibankId;
	}

	PartnerId partnerId() {
		return description.partnerId();
	}

	Description description() {
		return description;
	}

	boolean active() {
		return active;
	}

	int version() {
		return version;
	}

	List<WeeklySlot> slots() {
		return slots;
	}

	List<OpeningException> exceptions() {
		return exceptions;
	}
}
