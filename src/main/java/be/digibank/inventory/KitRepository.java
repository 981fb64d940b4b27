package be.digibank.inventory;

import be.digibank.inventory.WorkshopViews.KitItemRow;
import be.digibank.inventory.WorkshopViews.KitRow;
import be.digibank.shared.DigibankId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Kits and the devices in them, within one digibank. */
@Repository
class KitRepository {

	private final JdbcClient jdbc;

	KitRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next kit code of the digibank (KIT-00012); the counter row is locked until the transaction ends. */
	String nextCode(DigibankId digibank) {
		long number = jdbc.sql("""
				insert into inventory.kit_code_sequence (digibank_id, last_value) values (?, 1)
				on conflict (digibank_id) do update set last_value = inventory.kit_code_sequence.last_value + 1
				returning last_value
				""").param(digibank.value()).query(Long.class).single();
		return String.format(Locale.ROOT, "KIT-%05d", number);
	}

	void insert(UUID id, DigibankId digibank, String code, String name, Instant at) {
		jdbc.sql("insert into inventory.kit (id, digibank_id, code, name, created_at) values (?, ?, ?, ?, ?)").param(id).param(digibank.value())
				.param(code).param(name).param(Timestamp.from(at)).update();
	}

	Optional<KitRow> find(DigibankId digibank, UUID id) {
		return jdbc.sql("select k.id, k.code, k.name, (select count(*) from inventory.kit_item i where i.kit_id = k.id) as n "
				+ "from inventory.kit k where k.digibank_id = ? and k.id = ?").param(digibank.value()).param(id)
				.query((rs, row) -> new KitRow(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"), rs.getInt("n")))
				.optional();
	}

	Optional<UUID> findByCode(DigibankId digibank, String code) {
		return jdbc.sql("select id from inventory.kit where digibank_id = ? and upper(code) = upper(?)").param(digibank.value()).param(code.strip())
				.query(UUID.class).optional();
	}

	List<KitRow> list(DigibankId digibank) {
		return jdbc.sql("select k.id, k.code, k.name, count(i.device_id) as n from inventory.kit k left join inventory.kit_item i on i.kit_id = k.id "
				+ "where k.digibank_id = ? group by k.id order by k.code limit 500").param(digibank.value())
				.query((rs, row) -> new KitRow(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"), rs.getInt("n")))
				.list();
	}

	List<KitItemRow> items(DigibankId digibank, UUID kit) {
		return jdbc.sql("""
				select d.id, d.asset_tag, d.category, d.make, d.model, d.state from inventory.kit_item i
				  join inventory.device d on d.id = i.device_id and d.digibank_id = i.digibank_id
				 where i.digibank_id = ? and i.kit_id = ? order by d.category, d.asset_tag
				""").param(digibank.value()).param(kit)
				.query((rs, row) -> new KitItemRow(rs.getObject("id", UUID.class), rs.getString("asset_tag"),
						DeviceCategory.valueOf(rs.getString("category")), rs.getString("make"), rs.getString("model"),
						DeviceState.valueOf(rs.getString("state"))))
				.list();
	}

	/** Adds a device unless it is in a kit already: the primary key on the device decides, also for two scans at once. */
	boolean add(DigibankId digibank, UUID kit, DeviceId device, Instant at) {
		return jdbc.sql(
				"insert into inventory.kit_item (device_id, kit_id, digibank_id, added_at) values (?, ?, ?, ?) on conflict (device_id) do nothing")
				.param(device.value()).param(kit).param(digibank.value()).param(Timestamp.from(at)).update() == 1;
	}

	Optional<KitRow> kitOf(DigibankId digibank, DeviceId device) {
		return jdbc.sql("select kit_id from inventory.kit_item where digibank_id = ? and device_id = ?").param(digibank.value()).param(device.value())
				.query(UUID.class).optional().flatMap(kit -> find(digibank, kit));
	}

	boolean remove(DigibankId digibank, UUID kit, DeviceId device) {
		return jdbc.sql("delete from inventory.kit_item where digibank_id = ? and kit_id = ? and device_id = ?").param(digibank.value()).param(kit)
				.param(device.value()).update() == 1;
	}
}
