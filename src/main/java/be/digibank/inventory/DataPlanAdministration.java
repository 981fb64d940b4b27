package be.digibank.inventory;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.inventory.WorkshopViews.DataPlanRow;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Data plans of SIMs and MiFi routers (or any device with a SIM), and the ones about to end. */
@Service
class DataPlanAdministration {

	static final String RECORD = "DataPlan";

	private final DataPlanRepository plans;
	private final DeviceRepository devices;
	private final AuditTrail audit;
	private final Clock clock;

	DataPlanAdministration(DataPlanRepository plans, DeviceRepository devices, AuditTrail audit, Clock clock) {
		this.plans = plans;
		this.devices = devices;
		this.audit = audit;
		this.clock = clock;
	}

	LocalDate today() {
		return clock.instant().atZone(DeviceController.BRUSSELS).toLocalDate();
	}

	/** Plans ending within {@code days} or already ended; all plans when {@code days} is null. */
	@Transactional(readOnly = true)
	public List<DataPlanRow> list(Actor actor, @Nullable Integer days) {
		LocalDate today = today();
		return plans.list(actor.tenant(), days == null ? null : today.plusDays(days), today, DataPlan.WARNING_DAYS);
	}

	@Transactional(readOnly = true)
	public Optional<DataPlanRow> ofDevice(Actor actor, DeviceId id) {
		Device device = devices.find(actor.tenant(), id).orElseThrow(NotFoundException::new);
		return plans.find(actor.tenant(), id)
				.map(plan -> DataPlanRepository.row(plan, device.assetTag(), device.description().category(), today(), DataPlan.WARNING_DAYS));
	}

	@Transactional(readOnly = true)
	public Optional<Integer> version(Actor actor, DeviceId id) {
		return plans.find(actor.tenant(), id).map(DataPlan::version);
	}

	/** Records or changes the plan of a device; {@code seenVersion} null means the device had no plan. */
	@Transactional
	public void save(Actor actor, DataPlan plan, @Nullable Integer seenVersion) {
		Device device = devices.find(actor.tenant(), plan.deviceId()).orElseThrow(NotFoundException::new);
		plans.save(actor.tenant(), plan, seenVersion);
		audit.record(seenVersion == null ? AuditAction.CREATE : AuditAction.CHANGE, RECORD, device.id(),
				device.assetTag() + ": " + plan.provider() + " until " + plan.validUntil());
	}
}
