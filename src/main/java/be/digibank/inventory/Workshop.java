package be.digibank.inventory;

import be.digibank.inventory.WorkshopViews.DeviceWorkshop;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the workshop knows of one device, for the device page: its quality checks, its open repair, its data plan and
 * its kit.
 */
@Service
class Workshop {

	private final DeviceRepository devices;
	private final QualityCheckRepository checks;
	private final RepairRepository repairs;
	private final DataPlanAdministration plans;
	private final KitRepository kits;

	Workshop(DeviceRepository devices, QualityCheckRepository checks, RepairRepository repairs, DataPlanAdministration plans,
			KitRepository kits) {
		this.devices = devices;
		this.checks = checks;
		this.repairs = repairs;
		this.plans = plans;
		this.kits = kits;
	}

	@Transactional(readOnly = true)
	public DeviceWorkshop onDevice(Actor actor, DeviceId id) {
		Device device = devices.find(actor.tenant(), id).orElseThrow(NotFoundException::new);
		return new DeviceWorkshop(id.value(), device.state() == DeviceState.REFURBISHING, checks.checks(actor.tenant(), id, 3),
				repairs.openRepairOf(actor.tenant(), id).orElse(null), plans.ofDevice(actor, id).orElse(null),
				kits.kitOf(actor.tenant(), id).orElse(null));
	}
}
