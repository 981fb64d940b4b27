package be.digibank.lending;

import be.digibank.inventory.DeviceCategory;
import be.digibank.network.LocationId;
import be.digibank.people.PersonId;
import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A person asks for a kind of device and waits for one. The request moves WAITING → OFFERED (a device is held for them)
 * → ACCEPTED (they said yes) → FULFILLED (the loan started); a declined or expired offer puts it back to WAITING; it
 * can be cancelled with a reason while open.
 */
final class Request {

	/** The kinds of device a person can ask for. */
	static final List<DeviceCategory> CATEGORIES = List.of(DeviceCategory.LAPTOP, DeviceCategory.TABLET, DeviceCategory.SMARTPHONE,
			DeviceCategory.MIFI, DeviceCategory.DATA_SIM);

	enum Urgency {
		NORMAL, URGENT
	}

	enum Status {
		WAITING, OFFERED, ACCEPTED, FULFILLED, CANCELLED;

		static final Set<Status> OPEN = EnumSet.of(WAITING, OFFERED, ACCEPTED);

		boolean open() {
			return OPEN.contains(this);
		}
	}

	private final RequestId id;
	private final DigibankId digibankId;
	private final PersonId personId;
	private final DeviceCategory category;
	private final @Nullable LocationId locationId;
	private final Urgency urgency;
	private final String note;
	private final Instant requestedAt;
	private Status status;
	private String cancelReason;
	private final int version;
	private final String requestedByName;

	Request(RequestId id, DigibankId digibankId, PersonId personId, DeviceCategory category, @Nullable LocationId locationId, Urgency urgency,
			String note, Instant requestedAt, Status status, String cancelReason, int version, String requestedByName) {
		this.id = id;
		this.digibankId = digibankId;
		this.personId = personId;
		this.category = category;
		this.locationId = locationId;
		this.urgency = urgency;
		this.note = note;
		this.requestedAt = requestedAt;
		this.status = status;
		this.cancelReason = cancelReason;
		this.version = version;
		this.requestedByName = requestedByName;
	}

	static Request ask(DigibankId digibank, PersonId person, DeviceCategory category, @Nullable LocationId location, Urgency urgency, String note,
			Instant at) {
		if (!CATEGORIES.contains(category)) {
			throw new IllegalArgumentException("not a category one can ask for: " + category);
		}
		return new Request(RequestId.random(), digibank, person, category, location, urgency, note.strip(), at, Status.WAITING, "", 0, "");
	}

	/** Stops waiting, with the reason the person or staff gave; only an open request can be cancelled. */
	void cancel(String reason) {
		String why = reason.strip();
		if (why.isEmpty()) {
			throw new IllegalArgumentException("a cancellation needs a reason");
		}
		requireOpen();
		status = Status.CANCELLED;
		cancelReason = why.length() > 500 ? why.substring(0, 500) : why;
	}

	/** A device may be offered only to someone who is still waiting. */
	void requireWaiting() {
		if (status != Status.WAITING) {
			throw new ConflictException("lending.queue.rule.notWaiting");
		}
	}

	void requireOpen() {
		if (!status.open()) {
			throw new ConflictException("lending.queue.rule.closed");
		}
	}

	RequestId id() {
		return id;
	}

	DigibankId digibankId() {
		return digibankId;
	}

	PersonId personId() {
		return personId;
	}

	DeviceCategory category() {
		return category;
	}

	@Nullable
	LocationId locationId() {
		return locationId;
	}

	Urgency urgency() {
		return urgency;
	}

	String note() {
		return note;
	}

	Instant requestedAt() {
		return requestedAt;
	}

	Status status() {
		return status;
	}

	String cancelReason() {
		return cancelReason;
	}

	int version() {
		return version;
	}

	String requestedByName() {
		return requestedByName;
	}
}
