package be.digibank.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Read models of the workshop's pages: quality checks, repairs, data plans, kits and stocktakes. */
public final class WorkshopViews {

	private WorkshopViews() {
	}

	/** An item of a checklist; a default item has a code whose text is translated, an own item its label. */
	public record ChecklistItemRow(UUID id, @Nullable String code, String label, boolean required, @Nullable Integer thresholdPercent) {
		public String messageKey() {
			return "inventory.qc.item." + code;
		}
	}

	public record ChecklistView(DeviceCategory category, int version, List<ChecklistItemRow> items) {
	}

	public record QualityResultRow(@Nullable String code, String label, boolean required, String result, String note) {
		public String messageKey() {
			return "inventory.qc.item." + code;
		}
	}

	public record QualityCheckRow(UUID id, @Nullable Integer batteryPercent, boolean passed, String notes, @Nullable UUID repairId,
			String performerName, Instant performedAt, List<QualityResultRow> results) {
	}

	/** A device about to be checked: what is asked and the version the answers are given against. */
	public record QualityCheckSheet(InventoryViews.DeviceRow device, int version, List<ChecklistItemRow> items) {
	}

	public record PartRow(String name, long costCents) {
	}

	/** A repair in a list: what was repaired (our asset tag, or the citizen's device), by whom, and how it ended. */
	public record RepairRow(UUID id, @Nullable UUID deviceId, String assetTag, @Nullable DeviceCategory citizenCategory,
			String citizenMakeModel, String personName, String problem, String technicianName, @Nullable String outcome, Instant openedAt,
			boolean open) {
		public boolean citizen() {
			return citizenCategory != null;
		}
	}

	public record RepairDetails(RepairRow repair, @Nullable UUID personId, String diagnosis, @Nullable UUID technicianId,
			boolean trainee, String trainingTrack, int minutesSpent, @Nullable String barrier, @Nullable LocalDate returnedOn,
			List<PartRow> parts, long partsCostCents, int version) {
	}

	/** A data plan of a device; {@code warning} when it ends within the warning window or has ended. */
	public record DataPlanRow(UUID deviceId, String assetTag, DeviceCategory category, String provider, String phoneNumber,
			@Nullable String dataAllowanceGb, LocalDate validUntil, long daysLeft, boolean warning) {
	}

	public record KitItemRow(UUID deviceId, String assetTag, DeviceCategory category, String make, String model, DeviceState state) {
	}

	public record KitRow(UUID id, String code, String name, int itemCount) {
	}

	public record KitDetails(UUID id, String code, String name, List<KitItemRow> items) {
	}

	/** What the device page shows of the workshop: checks, the open repair, the data plan and the kit. */
	public record DeviceWorkshop(UUID deviceId, boolean refurbishing, List<QualityCheckRow> checks, @Nullable UUID openRepairId,
			@Nullable DataPlanRow dataPlan, @Nullable KitRow kit) {
	}

	public record StocktakeRow(UUID id, UUID locationId, String locationName, Instant startedAt, String startedByName,
			@Nullable Instant closedAt, int expected, int found) {
	}

	/** A device as a stocktake sees it: where it should be, and what was scanned. */
	public record StocktakeDevice(UUID deviceId, String assetTag, DeviceCategory category, String make, String model,
			String locationName) {
	}

	public record StocktakeReport(StocktakeRow stocktake, List<StocktakeDevice> found, List<StocktakeDevice> missing,
			List<StocktakeDevice> misplaced, List<String> unknownCodes, int scans, int version) {
	}
}
