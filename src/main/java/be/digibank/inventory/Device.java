package be.digibank.inventory;

import static be.digibank.inventory.DeviceState.*;

import be.digibank.network.LocationId;
import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import be.digibank.shared.PartnerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A device of the device bank and its lifecycle as an explicit state machine: only the moves in {@link #NEXT} are
 * legal, a device becomes sanitised or available only with a passed sanitisation for its current holder cycle, and a
 * return starts a new cycle (so the device must be wiped again).
 */
final class Device {

	/** What a device is and where it came from; fixed on intake and corrected by hand. */
	record Description(DeviceCategory category, String make, String model, @Nullable String serial, Specs specs,
			@Nullable String grade, Triage triage, @Nullable LocationId locationId, @Nullable PartnerId ownerPartnerId,
			@Nullable DonationId donationId, long replacementValueCents) {
		Description {
			make = make.strip();
			model = model.strip();
			serial = serial == null || serial.isBlank() ? null : serial.strip();
			if (replacementValueCents < 0) {
				throw new IllegalArgumentException("replacement value");
			}
		}
	}

	/** Technical details recorded on intake. */
	record Specs(String cpu, @Nullable Integer ramGb, @Nullable String storageType, @Nullable Integer storageGb,
			String screen, @Nullable Integer batteryHealthPercent, String os) {
		static Specs none() {
			return new Specs("", null, null, null, "", null, "");
		}
	}

	/**
	 * One legal move, to be written to the device's history; a move to RECYCLED carries the collector's reference (Recupel
	 * pick-up or container), the proof of where the device went.
	 */
	record Transition(DeviceState from, DeviceState to, @Nullable String recyclingReference) {
		Transition(DeviceState from, DeviceState to) {
			this(from, to, null);
		}
	}

	/** The longest recycling reference kept (the column allows exactly this). */
	static final int RECYCLING_REFERENCE_MAX = 100;

	/** The legal moves from each state; leaving repair goes back to where the device was (see {@link #moveTo}). */
	static final Map<DeviceState, Set<DeviceState>> NEXT = new EnumMap<>(DeviceState.class);

	static {
		NEXT.put(RECEIVED, EnumSet.of(SANITISED, IN_REPAIR, RETIRED));
		NEXT.put(SANITISED, EnumSet.of(REFURBISHING, IN_REPAIR, RETIRED));
		NEXT.put(REFURBISHING, EnumSet.of(QUALITY_CHECKED, IN_REPAIR, RETIRED));
		NEXT.put(QUALITY_CHECKED, EnumSet.of(AVAILABLE, REFURBISHING, IN_REPAIR, RETIRED));
		NEXT.put(AVAILABLE, EnumSet.of(RESERVED, ON_LOAN, IN_REPAIR, RETIRED));
		NEXT.put(RESERVED, EnumSet.of(ON_LOAN, AVAILABLE));
		// a loan ends without the device coming back when it is lost or stolen (retired) or becomes a gift (given away)
		NEXT.put(ON_LOAN, EnumSet.of(RETURNED, RETIRED, GIVEN_AWAY));
		NEXT.put(RETURNED, EnumSet.of(SANITISED, IN_REPAIR, RETIRED));
		NEXT.put(IN_REPAIR, EnumSet.of(RETIRED));
		NEXT.put(RETIRED, EnumSet.of(RECYCLED, GIVEN_AWAY, SOLD_FOR_PARTS));
		NEXT.put(RECYCLED, EnumSet.noneOf(DeviceState.class));
		NEXT.put(GIVEN_AWAY, EnumSet.noneOf(DeviceState.class));
		NEXT.put(SOLD_FOR_PARTS, EnumSet.noneOf(DeviceState.class));
	}

	private final DeviceId id;
	private final DigibankId digibankId;
	private final String assetTag;
	private Description description;
	private DeviceState state;
	private @Nullable DeviceState stateBeforeRepair;
	private int holderCycle;
	private final int version;
	private final List<Sanitisation> sanitisations;

	Device(DeviceId id, DigibankId digibankId, String assetTag, Description description, DeviceState state,
			@Nullable DeviceState stateBeforeRepair, int holderCycle, int version, List<Sanitisation> sanitisations) {
		this.id = id;
		this.digibankId = digibankId;
		this.assetTag = assetTag;
		this.description = description;
		this.state = state;
		this.stateBeforeRepair = stateBeforeRepair;
		this.holderCycle = holderCycle;
		this.version = version;
		this.sanitisations = new ArrayList<>(sanitisations);
	}

	/** A device taken in: received, first holder cycle. */
	static Device receive(DigibankId digibank, String assetTag, Description description) {
		return new Device(DeviceId.random(), digibank, assetTag, description, RECEIVED, null, 1, 0, List.of());
	}

	/** The asset tag for the n-th device of a digibank: DB-000123. */
	static String assetTag(long number) {
		return String.format(Locale.ROOT, "DB-%06d", number);
	}

	void expectVersion(int seen) {
		if (seen != version) {
			throw new ConflictException("error.409.concurrent");
		}
	}

	/** The states this device may legally move to now (lending's own states included). */
	Set<DeviceState> nextStates() {
		EnumSet<DeviceState> next = EnumSet.noneOf(DeviceState.class);
		next.addAll(NEXT.get(state));
		if (state == IN_REPAIR && stateBeforeRepair != null) {
			next.add(stateBeforeRepair);
		}
		return next;
	}

	/** A move that needs no recycling reference (every move but the one to RECYCLED). */
	Transition moveTo(DeviceState target) {
		return moveTo(target, null);
	}

	/**
	 * The one gate of every move: refuses what is not legal, with the reason as a message key. A device is only recycled
	 * with the collector's reference, so the history shows where it went; other moves ignore the reference.
	 */
	Transition moveTo(DeviceState target, @Nullable String recyclingReference) {
		if (!nextStates().contains(target)) {
			throw new DeviceRuleBroken(DeviceRuleBroken.ILLEGAL_TRANSITION);
		}
		String reference = recyclingReference == null || recyclingReference.isBlank() ? null : recyclingReference.strip();
		if (target == RECYCLED && reference == null) {
			throw new DeviceRuleBroken(DeviceRuleBroken.RECYCLING_REFERENCE_MISSING, DeviceRuleBroken.RECYCLING_REFERENCE_FIELD);
		}
		if (target == RECYCLED && reference.length() > RECYCLING_REFERENCE_MAX) {
			throw new DeviceRuleBroken(DeviceRuleBroken.RECYCLING_REFERENCE_TOO_LONG, DeviceRuleBroken.RECYCLING_REFERENCE_FIELD);
		}
		if ((target == REFURBISHING || target == AVAILABLE) && description.triage() != Triage.REUSABLE) {
			throw new DeviceRuleBroken(DeviceRuleBroken.NOT_REUSABLE);
		}
		if ((target == SANITISED || target == AVAILABLE) && !sanitisedThisCycle()) {
			throw new DeviceRuleBroken(DeviceRuleBroken.SANITISATION_MISSING);
		}
		DeviceState from = state;
		if (target == IN_REPAIR) {
			stateBeforeRepair = from;
		} else if (from == IN_REPAIR) {
			stateBeforeRepair = null;
		}
		if (target == RETURNED) {
			holderCycle++;
		}
		state = target;
		return new Transition(from, target, target == RECYCLED ? reference : null);
	}

	Transition markSanitised() {
		return moveTo(SANITISED);
	}

	Transition startRefurbishing() {
		return moveTo(REFURBISHING);
	}

	Transition passQualityCheck() {
		return moveTo(QUALITY_CHECKED);
	}

	Transition makeAvailable() {
		return moveTo(AVAILABLE);
	}

	Transition reserve() {
		return moveTo(RESERVED);
	}

	Transition lend() {
		return moveTo(ON_LOAN);
	}

	/** Back from a holder: a new holder cycle starts, so the device needs a new sanitisation before it goes out. */
	Transition registerReturn() {
		return moveTo(RETURNED);
	}

	Transition sendToRepair() {
		return moveTo(IN_REPAIR);
	}

	Transition finishRepair() {
		if (state != IN_REPAIR || stateBeforeRepair == null) {
			throw new DeviceRuleBroken(DeviceRuleBroken.ILLEGAL_TRANSITION);
		}
		return moveTo(stateBeforeRepair);
	}

	Transition retire() {
		return moveTo(RETIRED);
	}

	/**
	 * Evidence of a sanitisation of one medium, for the current holder cycle. Not while the device is with a holder or at
	 * the end of its life.
	 */
	Sanitisation recordSanitisation(String medium, Sanitisation.Method method, Sanitisation.Technique technique,
			String tool, String toolVersion, String operatorName, LocalDate performedOn, Sanitisation.Result result,
			String verification, Instant now) {
		if (state == RESERVED || state == ON_LOAN || state == RETIRED || state.isFinal()) {
			throw new DeviceRuleBroken(DeviceRuleBroken.NO_SANITISATION_NOW);
		}
		// A second pass of the same medium in the same cycle proves nothing more; it almost always means two technicians
		// entered the same wipe (the device row is locked while this is checked, so the later one is told).
		if (result == Sanitisation.Result.PASSED && sanitisations.stream().anyMatch(s -> s.holderCycle() == holderCycle && s.passed()
				&& s.medium().equalsIgnoreCase(medium.strip()))) {
			throw new DeviceRuleBroken(DeviceRuleBroken.ALREADY_SANITISED);
		}
		Sanitisation sanitisation = new Sanitisation(UUID.randomUUID(), holderCycle, medium.strip(), method, technique,
				tool.strip(), toolVersion.strip(), operatorName.strip(), performedOn, result, verification.strip(), now);
		sanitisations.add(sanitisation);
		return sanitisation;
	}

	/**
	 * Whether the data is proven gone for the current holder cycle: at least one medium sanitised, and for every medium the
	 * latest record of this cycle passed.
	 */
	boolean sanitisedThisCycle() {
		Map<String, Sanitisation> latestPerMedium = sanitisations.stream()
				.filter(s -> s.holderCycle() == holderCycle)
				.collect(Collectors.toMap(s -> s.medium().toLowerCase(Locale.ROOT), s -> s,
						(a, b) -> Comparator.comparing(Sanitisation::recordedAt).compare(a, b) > 0 ? a : b));
		return !latestPerMedium.isEmpty() && latestPerMedium.values().stream().allMatch(Sanitisation::passed);
	}

	void describe(Description newDescription) {
		this.description = newDescription;
	}

	DeviceId id() {
		return id;
	}

	DigibankId digibankId() {
		return digibankId;
	}

	String assetTag() {
		return assetTag;
	}

	Description description() {
		return description;
	}

	DeviceState state() {
		return state;
	}

	@Nullable
	DeviceState stateBeforeRepair() {
		return stateBeforeRepair;
	}

	int holderCycle() {
		return holderCycle;
	}

	int version() {
		return version;
	}

	List<Sanitisation> sanitisations() {
		return List.copyOf(sanitisations);
	}
}
