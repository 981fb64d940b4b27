package be.digibank.inventory;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.inventory.InventoryForms.DeviceForm;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Corrections of what a device is after intake (specs, make, model, serial, grade, location, value…). */
@Service
class DeviceCorrection {

	/** The device as its edit form shows it, with the version the form was loaded with. */
	record Editable(DeviceId id, String assetTag, DeviceForm form, int version) {
	}

	private final DeviceRepository devices;
	private final DeviceIntakeRepository intake;
	private final DeviceAdministration administration;
	private final AuditTrail audit;

	DeviceCorrection(DeviceRepository devices, DeviceIntakeRepository intake, DeviceAdministration administration,
			AuditTrail audit) {
		this.devices = devices;
		this.intake = intake;
		this.administration = administration;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Editable editable(Actor actor, DeviceId id) {
		Device device = devices.find(actor.tenant(), id).orElseThrow(NotFoundException::new);
		return new Editable(device.id(), device.assetTag(), form(device.description()), device.version());
	}

	/**
	 * Replaces the description of a device seen at {@code version}. The row is locked first, so of two technicians saving
	 * the same version one wins and the other gets a conflict; a serial the digibank already holds is refused by the
	 * database's unique index.
	 */
	@Transactional
	public Device correct(Actor actor, DeviceId id, int version, Device.Description description) {
		Device device = devices.lock(actor.tenant(), id).orElseThrow(NotFoundException::new);
		device.expectVersion(version);
		administration.checkReferences(actor, description);
		List<String> changed = changes(device.description(), description);
		device.describe(description);
		try {
			intake.updateDescription(device);
		} catch (DataIntegrityViolationException refused) {
			if (FieldProblem.isUniqueViolation(refused)) {
				throw new FieldProblem("serial", "device.serial.taken");
			}
			throw refused;
		}
		audit.record(AuditAction.CHANGE, DeviceAdministration.RECORD, device.id(),
				device.assetTag() + ": " + (changed.isEmpty() ? "-" : String.join(", ", changed)));
		return device;
	}

	/** The names of the fields that differ, for the audit trail (values may be personal, so names only). */
	static List<String> changes(Device.Description before, Device.Description after) {
		List<String> changed = new ArrayList<>();
		compare(changed, "category", before.category(), after.category());
		compare(changed, "make", before.make(), after.make());
		compare(changed, "model", before.model(), after.model());
		compare(changed, "serial", before.serial(), after.serial());
		compare(changed, "specs", before.specs(), after.specs());
		compare(changed, "grade", before.grade(), after.grade());
		compare(changed, "triage", before.triage(), after.triage());
		compare(changed, "location", before.locationId(), after.locationId());
		compare(changed, "owner", before.ownerPartnerId(), after.ownerPartnerId());
		compare(changed, "donation", before.donationId(), after.donationId());
		compare(changed, "value", before.replacementValueCents(), after.replacementValueCents());
		return changed;
	}

	private static void compare(List<String> changed, String name, @Nullable Object before, @Nullable Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(name);
		}
	}

	static DeviceForm form(Device.Description d) {
		Device.Specs s = d.specs();
		return new DeviceForm(d.category().name(), d.make(), d.model(), text(d.serial()), s.cpu(), text(s.ramGb()),
				text(s.storageType()), text(s.storageGb()), s.screen(), text(s.batteryHealthPercent()), s.os(), text(d.grade()),
				d.triage().name(), d.locationId() == null ? "" : d.locationId().toString(),
				d.ownerPartnerId() == null ? "" : d.ownerPartnerId().toString(),
				d.donationId() == null ? "" : d.donationId().toString(),
				d.replacementValueCents() == 0 ? "" : BigDecimal.valueOf(d.replacementValueCents(), 2).toPlainString());
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}
}
