package be.digibank.inventory;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.network.LocationId;
import be.digibank.people.PersonId;
import be.digibank.shared.DigibankId;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What lending may ask of the device bank: find a device by its scanned code and move it out on loan and back. Every
 * move goes through the device's own lifecycle rules, locks the device row, and is written to the device's history and
 * the audit trail in the caller's transaction. A returned device starts a new holder cycle, so it needs a new
 * sanitisation before it can be lent again.
 */
@Component
public class DeviceLending {

	/** A device as lending sees it: enough for the checkout page and the loan agreement. */
	public record LendableDevice(DeviceId id, String assetTag, DeviceCategory category, String make, String model, @Nullable String serial,
			DeviceState state, @Nullable LocationId locationId, long replacementValueCents) {

		/** Whether a checkout may take it now: available, or reserved (lending decides for whom). */
		public boolean lendable() {
			return state == DeviceState.AVAILABLE || state == DeviceState.RESERVED;
		}

		/** "Lenovo T480 (DB-000042)". */
		public String label() {
			String name = (make + " " + model).strip();
			return name.isEmpty() ? assetTag : name + " (" + assetTag + ")";
		}
	}

	/**
	 * A device read for a checkout and locked until the transaction ends: the checkout's checks look at it, and
	 * {@link #lend(Actor, LockedDevice, Reach, String, List)} moves it without reading it again. Only this class makes one.
	 */
	public static final class LockedDevice {

		private final Device device;
		private final LendableDevice view;

		private LockedDevice(Device device) {
			this.device = device;
			this.view = view(device);
		}

		public LendableDevice device() {
			return view;
		}
	}

	/** Who a loan of one of our devices reached, for the donor impact; the person is null when an organisation borrows. */
	public record Reach(UUID loanId, @Nullable PersonId person, LocalDate startsOn) {
	}

	private final DeviceRepository devices;
	private final AuditTrail audit;
	private final Clock clock;

	DeviceLending(DeviceRepository devices, AuditTrail audit, Clock clock) {
		this.devices = devices;
		this.audit = audit;
		this.clock = clock;
	}

	/** The device with this asset tag or serial (the same matching as the device pages' scan field). */
	@Transactional(readOnly = true)
	public Optional<LendableDevice> byCode(DigibankId digibank, String code) {
		String trimmed = code.strip();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			return Optional.empty();
		}
		return devices.findByTagOrSerial(digibank, trimmed).flatMap(id -> device(digibank, id));
	}

	@Transactional(readOnly = true)
	public Optional<LendableDevice> device(DigibankId digibank, DeviceId id) {
		return devices.findWithoutEvidence(digibank, id, false).map(DeviceLending::view);
	}

	/**
	 * The device, locked for a checkout in the caller's transaction: a second counter lending it at the same moment waits
	 * here, and then sees it on loan.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<LockedDevice> lockForLoan(DigibankId digibank, DeviceId id) {
		return devices.findWithoutEvidence(digibank, id, true).map(LockedDevice::new);
	}

	/**
	 * Out on loan: AVAILABLE (or RESERVED) → ON_LOAN, the device locked by {@link #lockForLoan} moved without a second
	 * read, who it reached recorded in the same statement and the caller's audit lines in the same insert as the device's
	 * own.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public LendableDevice lend(Actor actor, LockedDevice locked, Reach reach, String reason, List<AuditTrail.Line> alongside) {
		if (!locked.device.digibankId().equals(actor.tenant())) {
			throw new NotFoundException();
		}
		return move(actor, locked.device, DeviceState.ON_LOAN, reason, alongside, reach);
	}

	/** Out on loan: AVAILABLE (or RESERVED) → ON_LOAN. Refused with a {@link DeviceRuleBroken} from any other state. */
	@Transactional
	public LendableDevice lend(Actor actor, DeviceId id, String reason) {
		return move(actor, locked(actor, id), DeviceState.ON_LOAN, reason, List.of(), null);
	}

	/** Back from the borrower: ON_LOAN → RETURNED, a new holder cycle (sanitise before the next loan). */
	@Transactional
	public LendableDevice takeBack(Actor actor, DeviceId id, String reason) {
		return move(actor, locked(actor, id), DeviceState.RETURNED, reason, List.of(), null);
	}

	/** {@link #takeBack(Actor, DeviceId, String)}, with the caller's audit lines of the same change in the same insert. */
	@Transactional
	public LendableDevice takeBack(Actor actor, DeviceId id, String reason, List<AuditTrail.Line> alongside) {
		return move(actor, locked(actor, id), DeviceState.RETURNED, reason, alongside, null);
	}

	/** Lost or stolen while on loan: ON_LOAN → RETIRED. */
	@Transactional
	public LendableDevice writeOff(Actor actor, DeviceId id, String reason) {
		return move(actor, locked(actor, id), DeviceState.RETIRED, reason, List.of(), null);
	}

	/** The loan became a gift to the borrower: ON_LOAN → GIVEN_AWAY. */
	@Transactional
	public LendableDevice giveAway(Actor actor, DeviceId id, String reason) {
		return move(actor, locked(actor, id), DeviceState.GIVEN_AWAY, reason, List.of(), null);
	}

	private Device locked(Actor actor, DeviceId id) {
		// lending's targets (ON_LOAN, RETURNED, RETIRED, GIVEN_AWAY) never need the sanitisation evidence
		return devices.findWithoutEvidence(actor.tenant(), id, true).orElseThrow(NotFoundException::new);
	}

	private LendableDevice move(Actor actor, Device device, DeviceState target, String reason, List<AuditTrail.Line> alongside,
			@Nullable Reach reach) {
		if (target == DeviceState.ON_LOAN && device.state() == DeviceState.AVAILABLE && device.description().triage() != Triage.REUSABLE) {
			throw new DeviceRuleBroken(DeviceRuleBroken.NOT_REUSABLE);
		}
		Device.Transition transition = device.moveTo(target);
		Instant now = clock.instant();
		devices.saveMove(device, transition, reason, actor, now, reach);
		List<AuditTrail.Line> lines = new ArrayList<>(alongside.size() + 1);
		lines.add(new AuditTrail.Line(AuditAction.CHANGE, DeviceAdministration.RECORD, device.id(),
				device.assetTag() + ": " + transition.from() + " → " + transition.to()));
		lines.addAll(alongside);
		audit.record(actor, actor.tenant(), lines);
		return view(device);
	}

	private static LendableDevice view(Device device) {
		Device.Description d = device.description();
		return new LendableDevice(device.id(), device.assetTag(), d.category(), d.make(), d.model(), d.serial(), device.state(), d.locationId(),
				d.replacementValueCents());
	}
}
