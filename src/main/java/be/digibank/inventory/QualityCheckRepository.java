package be.digibank.inventory;

import be.digibank.inventory.QualityChecklist.Item;
import be.digibank.inventory.QualityChecklist.Judged;
import be.digibank.inventory.WorkshopViews.QualityCheckRow;
import be.digibank.inventory.WorkshopViews.QualityResultRow;
import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import be.digibank.shared.security.Actor;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Checklists per digibank and category, and the quality checks run against them. */
@Repository
class QualityCheckRepository {

	private final JdbcClient jdbc;

	QualityCheckRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes the checklist of a category with its default items the first time anyone changes it or checks a device against
	 * it. The insert decides: of two requests at once only one writes the defaults. The default items get IDs derived from
	 * the digibank, category and code, so the items shown before the checklist was written are the same.
	 */
	int ensureChecklist(DigibankId digibank, DeviceCategory category) {
		int created = jdbc.sql("insert into inventory.quality_checklist (digibank_id, category) values (?, ?) on conflict do nothing")
				.param(digibank.value()).param(category.name()).update();
		if (created == 1) {
			for (Item item : defaults(digibank, category)) {
				jdbc.sql("insert into inventory.quality_check_item (id, digibank_id, category, code, required, threshold_percent, position) "
						+ "values (?, ?, ?, ?, ?, ?, ?)").param(item.id()).param(digibank.value()).param(category.name()).param(item.code())
						.param(item.required()).param(item.thresholdPercent()).param(item.position()).update();
			}
		}
		return version(digibank, category).orElseThrow();
	}

	/** The version of a written checklist; empty while the category still has only its defaults. */
	Optional<Integer> version(DigibankId digibank, DeviceCategory category) {
		return jdbc.sql("select version from inventory.quality_checklist where digibank_id = ? and category = ?").param(digibank.value())
				.param(category.name()).query(Integer.class).optional();
	}

	/** The default items of a category in a digibank, with their derived IDs. */
	static List<Item> defaults(DigibankId digibank, DeviceCategory category) {
		List<Item> items = new java.util.ArrayList<>();
		int position = 0;
		for (QualityChecklist.DefaultItem item : QualityChecklist.defaults(category)) {
			UUID id = UUID
					.nameUUIDFromBytes((digibank.value() + "/" + category + "/" + item.code()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			items.add(new Item(id, item.code(), "", item.required(),
					QualityChecklist.BATTERY.equals(item.code()) ? QualityChecklist.DEFAULT_BATTERY_THRESHOLD : null, position += 10));
		}
		return items;
	}

	/** The items of a category: as written, or the defaults while nobody changed or used the checklist yet. */
	List<Item> items(DigibankId digibank, DeviceCategory category) {
		if (version(digibank, category).isEmpty()) {
			return defaults(digibank, category);
		}
		return jdbc.sql("select id, code, label, required, threshold_percent, position from inventory.quality_check_item "
				+ "where digibank_id = ? and category = ? and active order by position, id").param(digibank.value()).param(category.name())
				.query((rs, row) -> new Item(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("label"),
						rs.getBoolean("required"), (Integer) rs.getObject("threshold_percent"), rs.getInt("position")))
				.list();
	}

	/** The category of an item of the digibank: a written one, or a default of a checklist not written yet. */
	Optional<DeviceCategory> categoryOfItem(DigibankId digibank, UUID item) {
		Optional<DeviceCategory> written = jdbc.sql("select category from inventory.quality_check_item where digibank_id = ? and id = ? and active")
				.param(digibank.value()).param(item).query(String.class).optional().map(DeviceCategory::valueOf);
		if (written.isPresent()) {
			return written;
		}
		for (DeviceCategory category : DeviceCategory.values()) {
			if (version(digibank, category).isEmpty() && defaults(digibank, category).stream().anyMatch(d -> d.id().equals(item))) {
				return Optional.of(category);
			}
		}
		return Optional.empty();
	}

	/** Bumps the checklist's version if it is still {@code seen}: two coordinators editing at once, one wins. */
	void bumpVersion(DigibankId digibank, DeviceCategory category, int seen) {
		int changed = jdbc.sql("update inventory.quality_checklist set version = version + 1 where digibank_id = ? and category = ? and version = ?")
				.param(digibank.value()).param(category.name()).param(seen).update();
		if (changed != 1) {
			throw new ConflictException("error.409.concurrent");
		}
	}

	void addItem(DigibankId digibank, DeviceCategory category, String label, boolean required) {
		jdbc.sql("""
				insert into inventory.quality_check_item (id, digibank_id, category, label, required, position)
				select ?, ?, ?, ?, ?, coalesce(max(position), 0) + 10 from inventory.quality_check_item where digibank_id = ? and category = ?
				""").param(UUID.randomUUID()).param(digibank.value()).param(category.name()).param(label).param(required)
				.param(digibank.value()).param(category.name()).update();
	}

	void changeItem(DigibankId digibank, UUID item, boolean required, @Nullable Integer threshold, boolean active) {
		jdbc.sql("update inventory.quality_check_item set required = ?, threshold_percent = coalesce(?, threshold_percent), active = ? "
				+ "where digibank_id = ? and id = ?").param(required).param(threshold).param(active).param(digibank.value()).param(item)
				.update();
	}

	void insertCheck(UUID id, Device device, @Nullable Integer battery, boolean passed, String notes, @Nullable UUID repair,
			Actor actor, Instant at, List<Judged> results) {
		jdbc.sql("""
				insert into inventory.quality_check (id, digibank_id, device_id, holder_cycle, battery_percent, passed, notes, repair_id,
				       performed_by, performer_name, performed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").param(id).param(device.digibankId().value()).param(device.id().value()).param(device.holderCycle()).param(battery)
				.param(passed).param(notes.strip()).param(repair).param(actor.accountId().value()).param(actor.displayName())
				.param(Timestamp.from(at)).update();
		for (Judged judged : results) {
			Item item = judged.item();
			jdbc.sql("insert into inventory.quality_check_result (quality_check_id, position, item_id, code, label, required, result, note) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?)").param(id).param(item.position()).param(item.id()).param(item.code()).param(item.label())
					.param(item.required()).param(judged.result().name()).param(judged.note()).update();
		}
	}

	List<QualityCheckRow> checks(DigibankId digibank, DeviceId device, int limit) {
		List<QualityCheckRow> checks = jdbc.sql("""
				select id, battery_percent, passed, notes, repair_id, performer_name, performed_at from inventory.quality_check
				 where digibank_id = ? and device_id = ? order by performed_at desc limit ?
				""").param(digibank.value()).param(device.value()).param(limit)
				.query((rs, row) -> new QualityCheckRow(rs.getObject("id", UUID.class), (Integer) rs.getObject("battery_percent"),
						rs.getBoolean("passed"), rs.getString("notes"), rs.getObject("repair_id", UUID.class), rs.getString("performer_name"),
						rs.getTimestamp("performed_at").toInstant(), List.of()))
				.list();
		return checks.stream().map(check -> new QualityCheckRow(check.id(), check.batteryPercent(), check.passed(), check.notes(),
				check.repairId(), check.performerName(), check.performedAt(), results(check.id()))).toList();
	}

	private List<QualityResultRow> results(UUID check) {
		return jdbc.sql("select code, label, required, result, note from inventory.quality_check_result where quality_check_id = ? order by position")
				.param(check).query((rs, row) -> new QualityResultRow(rs.getString("code"), rs.getString("label"), rs.getBoolean("required"),
						rs.getString("result"), rs.getString("note")))
				.list();
	}
}
