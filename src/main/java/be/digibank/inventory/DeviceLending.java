package be.digibank.inventory;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.network.LocationId;
import be.digibank.shared.DigibankId;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
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

	/** Out on loan: AVAILABLE (or RESERVED) → ON_LOAN. Refused with a {@link DeviceRuleBroken} from any other state. */
	@Transactional
	public LendableDevice lend(Actor actor, DeviceId id, String reason) {
		return move(actor, id, DeviceState.ON_LOAN, reason, List.of());
	}

	/**
	 * {@link #lend(Actor, DeviceId, String)}, with the caller's audit lines of the same change (the loan started) written
	 * in the same insert as the device's own line: one statement for both instead of one each.
	 */
	@Transactional
	public LendableDevice lend(Actor actor, DeviceId id, String reason, List<AuditTrail.Line> alongside) {
		return move(actor, id, DeviceState.ON_LOAN, reason, alongside);
	}

	/** Back from the borrower: ON_LOAN → RETURNED, a new holder cycle (sanitise before the next loan). */
	@Transactional
	public LendableDevice takeBack(Actor actor, DeviceId id, String reason) {
		return move(actor, id, DeviceState.RETURNED, reason, List.of());
	}

	/** {@link #takeBack(Actor, DeviceId, String)}, with the caller's audit lines of the same change in the same insert. */
	@Transactional
	public LendableDevice takeBack(Actor actor, DeviceId id, String reason, List<AuditTrail.Line> alongside) {
		return move(actor, id, DeviceState.RETURNED, reason, alongside);
	}

	/** Lost or stolen while on loan: ON_LOAN → RETIRED. */
	@Transactional
	public LendableDevice writeOff(Actor actor, DeviceId id, String reason) {
		return move(actor, id, DeviceState.RETIRED, reason, List.of());
	}

	/** The loan became a gift to the borrower: ON_LOAN → GIVEN_AWAY. */
	@Transactional
	public LendableDevice giveAway(Actor actor, DeviceId id, String reason) {
		return move(actor, id, DeviceState.GIVEN_AWAY, reason, List.of());
	}

	private LendableDevice move(Actor actor, DeviceId id, DeviceState target, String reason, List<AuditTrail.Line> alongside) {
		// lending's targets (ON_LOAN, RETURNED, RETIRED, GIVEN_AWAY) never need the sanitisation evidence
		Device device = devices.findWithoutEvidence(actor.tenant(), id, true).orElseThrow(NotFoundException::new);
		if (target == DeviceState.ON_LOAN && device.state() == DeviceState.AVAILABLE && device.description().triage() != Triage.REUSABLE) {
			throw new DeviceRuleBroken(DeviceRuleBroken.NOT_REUSABLE);
		}
		Device.Transition transition = device.moveTo(target);
		Instant now = clock.instant();
		devices.updateLifecycle(device, now);
		devices.insertEvent(device, transition.from(), transition.to(), reason, actor, now);
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
