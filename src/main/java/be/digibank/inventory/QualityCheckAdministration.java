package be.digibank.inventory;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.inventory.QualityChecklist.Answer;
import be.digibank.inventory.QualityChecklist.Item;
import be.digibank.inventory.QualityChecklist.Judged;
import be.digibank.inventory.QualityChecklist.Verdict;
import be.digibank.inventory.WorkshopViews.ChecklistItemRow;
import be.digibank.inventory.WorkshopViews.ChecklistView;
import be.digibank.inventory.WorkshopViews.QualityCheckRow;
import be.digibank.inventory.WorkshopViews.QualityCheckSheet;
import be.digibank.network.LocationSummary;
import be.digibank.network.Network;
import be.digibank.shared.FieldProblem;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.security.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quality checks of devices in refurbishment against their category's checklist, and the checklists themselves. A
 * passed check makes the device quality-checked; a failed one sends it to repair, with a repair opened for the failed
 * items.
 */
@Service
class QualityCheckAdministration {

	/** The answers did not allow a judgement; field name → message key, nothing was written. */
	static final class Incomplete extends RuntimeException {
		private final Map<String, String> problems;

		Incomplete(Map<String, String> problems) {
			super(String.join(", ", problems.keySet()), null, false, false);
			this.problems = Map.copyOf(problems);
		}

		Map<String, String> problems() {
			return problems;
		}
	}

	/** What came of a check: whether it passed, and the repair opened when it did not. */
	record Outcome(boolean passed, @Nullable UUID repairId) {
	}

	static final String RECORD = "QualityCheck";
	static final String NOT_REFURBISHING = "inventory.qc.rule.notRefurbishing";

	private final DeviceRepository devices;
	private final QualityCheckRepository checks;
	private final RepairRepository repairs;
	private final Network network;
	private final InventoryLabels labels;
	private final AuditTrail audit;
	private final Clock clock;

	QualityCheckAdministration(DeviceRepository devices, QualityCheckRepository checks, RepairRepository repairs, Network network,
			InventoryLabels labels, AuditTrail audit, Clock clock) {
		this.devices = devices;
		this.checks = checks;
		this.repairs = repairs;
		this.network = network;
		this.labels = labels;
		this.audit = audit;
		this.clock = clock;
	}

	/** The checklist as it is (its defaults while nobody changed it); reading never writes. */
	@Transactional(readOnly = true)
	public ChecklistView checklist(Actor actor, DeviceCategory category) {
		int version = checks.version(actor.tenant(), category).orElse(0);
		return new ChecklistView(category, version, rows(checks.items(actor.tenant(), category)));
	}

	/** The item must belong to the actor's digibank, or the request is answered with 404 before anything else. */
	@Transactional(readOnly = true)
	public DeviceCategory categoryOfItem(Actor actor, UUID item) {
		return checks.categoryOfItem(actor.tenant(), item).orElseThrow(NotFoundException::new);
	}

	/** The sheet for checking a device; only a device in refurbishment can be checked. */
	@Transactional(readOnly = true)
	public QualityCheckSheet sheet(Actor actor, DeviceId id) {
		Device device = devices.find(actor.tenant(), id).orElseThrow(NotFoundException::new);
		if (device.state() != DeviceState.REFURBISHING) {
			throw new DeviceRuleBroken(NOT_REFURBISHING);
		}
		DeviceCategory category = device.description().category();
		return new QualityCheckSheet(DeviceRepository.row(device, locationNames(actor)), device.version(),
				rows(checks.items(actor.tenant(), category)));
	}

	@Transactional(readOnly = true)
	public List<QualityCheckRow> history(Actor actor, DeviceId id, int limit) {
		return checks.checks(actor.tenant(), id, limit);
	}

	/**
	 * Runs a check of a device seen at {@code version}: the device row is locked, so of two technicians saving at once the
	 * second finds a new version and is told. Incomplete answers change nothing.
	 */
	@Transactional
	public Outcome run(Actor actor, DeviceId id, int version, Map<UUID, Answer> answers, @Nullable Integer batteryPercent, String notes,
			Locale locale) {
		Device device = devices.lock(actor.tenant(), id).orElseThrow(NotFoundException::new);
		device.expectVersion(version);
		if (device.state() != DeviceState.REFURBISHING) {
			throw new DeviceRuleBroken(NOT_REFURBISHING);
		}
		checks.ensureChecklist(actor.tenant(), device.description().category());
		List<Item> items = checks.items(actor.tenant(), device.description().category());
		Map<String, String> problems = QualityChecklist.problems(items, answers, batteryPercent);
		if (!problems.isEmpty()) {
			throw new Incomplete(problems);
		}
		Verdict verdict = QualityChecklist.judge(items, answers, batteryPercent);
		Instant now = clock.instant();
		UUID checkId = UUID.randomUUID();
		UUID repairId = null;
		Device.Transition transition;
		String reason;
		if (verdict.passed()) {
			transition = device.passQualityCheck();
			reason = labels.t("inventory.qc.passed", locale);
		} else {
			transition = device.sendToRepair();
			reason = labels.t("inventory.qc.failed", locale, failedItems(verdict, batteryPercent, locale));
			Repair repair = Repair.ofDevice(actor.tenant(), device.id(), Repair.Work.opened(reason, null, ""), now);
			repairs.insert(repair, actor);
			repairId = repair.id();
			audit.record(AuditAction.CREATE, RepairAdministration.RECORD, repair.id(), device.assetTag() + ": " + reason);
		}
		devices.saveMove(device, transition, reason, actor, now);
		checks.insertCheck(checkId, device, batteryPercent, verdict.passed(), notes, repairId, actor, now, verdict.results());
		audit.record(AuditAction.CREATE, RECORD, checkId, device.assetTag() + ": " + (verdict.passed() ? "PASSED" : "FAILED"));
		audit.record(AuditAction.CHANGE, DeviceAdministration.RECORD, device.id(),
				device.assetTag() + ": " + transition.from() + " → " + transition.to());
		return new Outcome(verdict.passed(), repairId);
	}

	/** Adds an own item to a category's checklist, if the checklist is still as the coordinator saw it. */
	@Transactional
	public void addItem(Actor actor, DeviceCategory category, int version, String label, boolean required) {
		checks.ensureChecklist(actor.tenant(), category);
		checks.bumpVersion(actor.tenant(), category, version);
		if (label.isBlank()) {
			throw new FieldProblem("label", "inventory.qc.item.labelRequired");
		}
		checks.addItem(actor.tenant(), category, label.strip(), required);
		audit.record(AuditAction.CHANGE, "QualityChecklist", category.name(), category + ": added " + label.strip());
	}

	/** Changes whether an item is required, the battery threshold, or removes the item (earlier checks keep its text). */
	@Transactional
	public DeviceCategory changeItem(Actor actor, UUID item, int version, boolean required, @Nullable Integer threshold, boolean remove) {
		DeviceCategory category = checks.categoryOfItem(actor.tenant(), item).orElseThrow(NotFoundException::new);
		checks.ensureChecklist(actor.tenant(), category);
		checks.bumpVersion(actor.tenant(), category, version);
		checks.changeItem(actor.tenant(), item, required, threshold, !remove);
		audit.record(AuditAction.CHANGE, "QualityChecklist", item,
				category + (remove ? ": removed" : ": required=" + required + (threshold == null ? "" : ", threshold=" + threshold)));
		return category;
	}

	private String failedItems(Verdict verdict, @Nullable Integer batteryPercent, Locale locale) {
		return verdict.failed().stream().map(judged -> describe(judged, batteryPercent, locale)).collect(Collectors.joining(", "));
	}

	private String describe(Judged judged, @Nullable Integer batteryPercent, Locale locale) {
		Item item = judged.item();
		String label = item.code() == null ? item.label() : labels.t("inventory.qc.item." + item.code(), locale);
		if (judged.belowThreshold()) {
			label = labels.t("inventory.qc.battery.below", locale, label, batteryPercent,
					item.thresholdPercent() == null ? QualityChecklist.DEFAULT_BATTERY_THRESHOLD : item.thresholdPercent());
		}
		return judged.note().isEmpty() ? label : label + " (" + judged.note() + ")";
	}

	static List<ChecklistItemRow> rows(List<Item> items) {
		return items.stream()
				.map(item -> new ChecklistItemRow(item.id(), item.code(), item.label(), item.required(), item.thresholdPercent())).toList();
	}

	private Map<UUID, String> locationNames(Actor actor) {
		return network.locations(actor.tenant()).stream()
				.collect(Collectors.toMap(location -> location.id().value(), LocationSummary::name, (a, b) -> a));
	}
}
