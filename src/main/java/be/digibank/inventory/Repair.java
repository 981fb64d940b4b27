package be.digibank.inventory;

import be.digibank.people.PersonId;
import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.StaffAccountId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A repair of one of our devices or of a citizen's own device. Its outcome decides what happens to our device: fixed
 * sends it back to the step it was in before the repair, end of life retires it, repairable later leaves it in repair.
 * Once fixed or at its end of life, a repair is closed and its outcome no longer changes.
 */
final class Repair {

	enum Outcome {
		FIXED, REPAIRABLE_LATER, END_OF_LIFE;

		boolean closes() {
			return this != REPAIRABLE_LATER;
		}
	}

	/** Why a device could not be repaired. */
	enum Barrier {
		NO_PARTS, TOO_COSTLY, NO_INFORMATION, OTHER
	}

	/** A citizen's own device: described by text, never registered as stock. */
	record CitizenDevice(PersonId person, DeviceCategory category, String makeModel) {
		CitizenDevice {
			makeModel = makeModel.strip();
		}
	}

	record Part(UUID id, String name, long costCents) {
		Part {
			name = name.strip();
			if (costCents < 0) {
				throw new FieldProblem("partCost", "inventory.repair.cost.negative");
			}
		}
	}

	/** What was found and done, and by whom. */
	record Work(String problem, String diagnosis, @Nullable StaffAccountId technicianId, String technicianName,
			boolean trainee, String trainingTrack, int minutesSpent, @Nullable Outcome outcome, @Nullable Barrier barrier,
			@Nullable LocalDate returnedOn) {
		Work {
			problem = problem.strip();
			diagnosis = diagnosis.strip();
			trainingTrack = trainee ? trainingTrack.strip() : "";
			if (minutesSpent < 0) {
				throw new FieldProblem("minutesSpent", "inventory.repair.minutes.negative");
			}
			if (outcome == Outcome.END_OF_LIFE && barrier == null) {
				throw new FieldProblem("barrier", "inventory.repair.barrier.required");
			}
			if (outcome != Outcome.END_OF_LIFE) {
				barrier = null;
			}
		}

		static Work opened(String problem, @Nullable StaffAccountId technicianId, String technicianName) {
			return new Work(problem, "", technicianId, technicianName, false, "", 0, null, null, null);
		}
	}

	/** What saving the work did: left the repair open, or closed it as fixed or at the end of the device's life. */
	enum Closing {
		STILL_OPEN, CLOSED_FIXED, CLOSED_END_OF_LIFE
	}

	private final UUID id;
	private final DigibankId digibankId;
	private final @Nullable DeviceId deviceId;
	private final @Nullable CitizenDevice citizenDevice;
	private Work work;
	private final List<Part> parts;
	private final Instant openedAt;
	private @Nullable Instant closedAt;
	private final int version;

	Repair(UUID id, DigibankId digibankId, @Nullable DeviceId deviceId, @Nullable CitizenDevice citizenDevice, Work work,
			List<Part> parts, Instant openedAt, @Nullable Instant closedAt, int version) {
		if ((deviceId == null) == (citizenDevice == null)) {
			throw new IllegalArgumentException("a repair is of our device or of a citizen's device");
		}
		this.id = id;
		this.digibankId = digibankId;
		this.deviceId = deviceId;
		this.citizenDevice = citizenDevice;
		this.work = work;
		this.parts = new ArrayList<>(parts);
		this.openedAt = openedAt;
		this.closedAt = closedAt;
		this.version = version;
	}

	static Repair ofDevice(DigibankId digibank, DeviceId device, Work work, Instant now) {
		return new Repair(UUID.randomUUID(), digibank, device, null, checkedOnOpening(work, false), List.of(), now, null, 0);
	}

	static Repair ofCitizenDevice(DigibankId digibank, CitizenDevice device, Work work, Instant now) {
		return new Repair(UUID.randomUUID(), digibank, null, device, checkedOnOpening(work, true), List.of(), now, null, 0);
	}

	private static Work checkedOnOpening(Work work, boolean citizen) {
		if (work.problem().isEmpty()) {
			throw new FieldProblem("problem", "inventory.repair.problem.required");
		}
		if (!citizen && work.returnedOn() != null) {
			throw new FieldProblem("returnedOn", "inventory.repair.returnedOn.citizenOnly");
		}
		return work;
	}

	void expectVersion(int seen) {
		if (seen != version) {
			throw new ConflictException("error.409.concurrent");
		}
	}

	/**
	 * Records the work as it is now. A closed repair keeps its outcome (our device has already moved on); the returned date
	 * is only for citizens' devices. Answers whether this save closed the repair, and how: our device then comes back from
	 * repair (fixed) or is retired (end of life).
	 */
	Closing record(Work changed, Instant now) {
		checkedOnOpening(changed, citizenDevice != null);
		if (closedAt != null && changed.outcome() != work.outcome()) {
			throw new FieldProblem("outcome", "inventory.repair.outcome.closed");
		}
		if (changed.returnedOn() != null && changed.returnedOn().isBefore(openedAt.atZone(DeviceController.BRUSSELS).toLocalDate())) {
			throw new FieldProblem("returnedOn", "inventory.repair.returnedOn.beforeOpening");
		}
		boolean closing = closedAt == null && changed.outcome() != null && changed.outcome().closes();
		this.work = changed;
		if (!closing) {
			return Closing.STILL_OPEN;
		}
		closedAt = now;
		return changed.outcome() == Outcome.FIXED ? Closing.CLOSED_FIXED : Closing.CLOSED_END_OF_LIFE;
	}

	Part addPart(String name, long costCents) {
		Part part = new Part(UUID.randomUUID(), name, costCents);
		if (part.name().isEmpty()) {
			throw new FieldProblem("partName", "inventory.repair.part.nameRequired");
		}
		parts.add(part);
		return part;
	}

	long partsCostCents() {
		return parts.stream().mapToLong(Part::costCents).sum();
	}

	boolean isOpen() {
		return closedAt == null;
	}

	UUID id() {
		return id;
	}

	DigibankId digibankId() {
		return digibankId;
	}

	@Nullable
	DeviceId deviceId() {
		return deviceId;
	}

	@Nullable
	CitizenDevice citizenDevice() {
		return citizenDevice;
	}

	Work work() {
		return work;
	}

	List<Part> parts() {
		return List.copyOf(parts);
	}

	Instant openedAt() {
		return openedAt;
	}

	@Nullable
	Instant closedAt() {
		return closedAt;
	}

	int version() {
		return version;
	}
}
