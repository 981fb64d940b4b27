package be.digibank.inventory;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.inventory.WorkshopViews.KitDetails;
import be.digibank.inventory.WorkshopViews.KitRow;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Kits: devices bundled to go out together; a device is in at most one kit. */
@Service
class KitAdministration {

	static final String RECORD = "Kit";

	private final KitRepository kits;
	private final DeviceRepository devices;
	private final AuditTrail audit;
	private final Clock clock;

	KitAdministration(KitRepository kits, DeviceRepository devices, AuditTrail audit, Clock clock) {
		this.kits = kits;
		this.devices = devices;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<KitRow> list(Actor actor) {
		return kits.list(actor.tenant());
	}

	@Transactional(readOnly = true)
	public KitDetails details(Actor actor, UUID id) {
		KitRow kit = kits.find(actor.tenant(), id).orElseThrow(NotFoundException::new);
		return new KitDetails(kit.id(), kit.code(), kit.name(), kits.items(actor.tenant(), id));
	}

	@Transactional
	public KitRow create(Actor actor, String name) {
		UUID id = UUID.randomUUID();
		String code = kits.nextCode(actor.tenant());
		kits.insert(id, actor.tenant(), code, name.strip(), clock.instant());
		audit.record(AuditAction.CREATE, RECORD, id, code + " " + name.strip());
		return new KitRow(id, code, name.strip(), 0);
	}

	/** Adds the device with the scanned code; refused when it is in this or another kit already. */
	@Transactional
	public String add(Actor actor, UUID kit, String code) {
		KitRow found = kits.find(actor.tenant(), kit).orElseThrow(NotFoundException::new);
		DeviceId device = devices.findByTagOrSerial(actor.tenant(), code.strip())
				.orElseThrow(() -> new FieldProblem("code", "inventory.kit.device.unknown"));
		String tag = devices.find(actor.tenant(), device).map(Device::assetTag).orElseThrow(NotFoundException::new);
		if (!kits.add(actor.tenant(), kit, device, clock.instant())) {
			boolean here = kits.kitOf(actor.tenant(), device).map(other -> other.id().equals(kit)).orElse(false);
			throw new FieldProblem("code", here ? "inventory.kit.device.alreadyHere" : "inventory.kit.device.inOtherKit");
		}
		audit.record(AuditAction.CHANGE, RECORD, kit, found.code() + ": + " + tag);
		return tag;
	}

	@Transactional
	public void remove(Actor actor, UUID kit, DeviceId device) {
		KitRow found = kits.find(actor.tenant(), kit).orElseThrow(NotFoundException::new);
		if (!kits.remove(actor.tenant(), kit, device)) {
			throw new NotFoundException();
		}
		audit.record(AuditAction.CHANGE, RECORD, kit, found.code() + ": - " + device);
	}
}
