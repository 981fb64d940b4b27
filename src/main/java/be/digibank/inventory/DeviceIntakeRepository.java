package be.digibank.inventory;

import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import be.digibank.shared.security.Actor;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Corrections of a device's description and intake of many devices at once (batch inserts, tags in one go). */
@Repository
class DeviceIntakeRepository {

	/** Element types of the column arrays of the device insert, in column order. */
	private static final String[] ARRAY_TYPES = {"uuid", "uuid", "text", "text", "text", "text", "text", "text", "int4", "text",
			"int4", "text", "int4", "text", "text", "text", "uuid", "uuid", "uuid", "int8", "text", "int4", "int4"};

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	DeviceIntakeRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Saves the description of a device loaded with {@code version}; someone else's change in between is a conflict. */
	void updateDescription(Device device) {
		Device.Description d = device.description();
		Device.Specs s = d.specs();
		int changed = jdbc.sql("""
				update inventory.device set category = ?, make = ?, model = ?, serial = ?, cpu = ?, ram_gb = ?, storage_type = ?,
				       storage_gb = ?, screen = ?, battery_health_percent = ?, os = ?, condition_grade = ?, triage = ?,
				       location_id = ?, owner_partner_id = ?, donation_id = ?, replacement_value_cents = ?, version = version + 1
				 where id = ? and digibank_id = ? and version = ?
				""").param(d.category().name()).param(d.make()).param(d.model()).param(d.serial()).param(s.cpu())
				.param(s.ramGb()).param(s.storageType()).param(s.storageGb()).param(s.screen()).param(s.batteryHealthPercent())
				.param(s.os()).param(d.grade()).param(d.triage().name()).param(d.locationId() == null ? null : d.locationId().value())
				.param(d.ownerPartnerId() == null ? null : d.ownerPartnerId().value())
				.param(d.donationId() == null ? null : d.donationId().value()).param(d.replacementValueCents())
				.param(device.id().value()).param(device.digibankId().value()).param(device.version()).update();
		if (changed != 1) {
			throw new ConflictException("error.409.concurrent");
		}
	}

	/**
	 * Reserves {@code count} consecutive asset tag numbers of the digibank and returns the first; the counter row stays
	 * locked until the transaction ends, so two imports never share a number.
	 */
	long reserveAssetTags(DigibankId digibank, int count) {
		long last = jdbc.sql("""
				insert into inventory.asset_tag_sequence (digibank_id, last_value) values (?, ?)
				on conflict (digibank_id) do update set last_value = inventory.asset_tag_sequence.last_value + excluded.last_value
				returning last_value
				""").param(digibank.value()).param(count).query(Long.class).single();
		return last - count + 1;
	}

	/** Which of these serials (compared without case) the digibank already holds, in lower case. */
	Set<String> serialsTaken(DigibankId digibank, Collection<String> serials) {
		if (serials.isEmpty()) {
			return Set.of();
		}
		String[] lower = serials.stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);
		return new HashSet<>(template.queryForList(
				"select lower(serial) from inventory.device where digibank_id = ? and lower(serial) = any(?)", String.class,
				digibank.value(), lower));
	}

	/**
	 * Inserts new devices with the first line of their history: one statement for all devices and one for all history
	 * lines, each column sent as one array and unnested by the database. One statement (not a JDBC batch of one insert per
	 * row) also means the count table's trigger runs once per file, with one delta row per key.
	 */
	void insertAll(List<Device> devices, Actor actor, Instant at) {
		int n = devices.size();
		Object[][] columns = new Object[23][n];
		UUID[] eventIds = new UUID[n];
		for (int i = 0; i < n; i++) {
			Device device = devices.get(i);
			Device.Description d = device.description();
			Device.Specs s = d.specs();
			Object[] row = {device.id().value(), device.digibankId().value(), device.assetTag(), d.category().name(), d.make(),
					d.model(), d.serial(), s.cpu(), s.ramGb(), s.storageType(), s.storageGb(), s.screen(), s.batteryHealthPercent(),
					s.os(), d.grade(), d.triage().name(), d.locationId() == null ? null : d.locationId().value(),
					d.ownerPartnerId() == null ? null : d.ownerPartnerId().value(),
					d.donationId() == null ? null : d.donationId().value(), d.replacementValueCents(), device.state().name(),
					device.holderCycle(), device.version()};
			for (int c = 0; c < row.length; c++) {
				columns[c][i] = row[c];
			}
			eventIds[i] = UUID.randomUUID();
		}
		Timestamp now = Timestamp.from(at);
		template.execute((ConnectionCallback<Void>) connection -> {
			try (PreparedStatement insert = connection.prepareStatement("""
					insert into inventory.device (id, digibank_id, asset_tag, category, make, model, serial, cpu, ram_gb, storage_type,
					       storage_gb, screen, battery_health_percent, os, condition_grade, triage, location_id, owner_partner_id,
					       donation_id, replacement_value_cents, state, holder_cycle, version, state_since)
					select *, ? from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
					       ?::int[], ?::text[], ?::int[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::uuid[], ?::uuid[],
					       ?::uuid[], ?::bigint[], ?::text[], ?::int[], ?::int[])
					""")) {
				insert.setTimestamp(1, now);
				for (int c = 0; c < columns.length; c++) {
					insert.setArray(c + 2, connection.createArrayOf(ARRAY_TYPES[c], columns[c]));
				}
				insert.executeUpdate();
			}
			try (PreparedStatement history = connection.prepareStatement("""
					insert into inventory.device_event (id, digibank_id, device_id, from_state, to_state, reason, actor_id, actor_name,
					       occurred_at)
					select event_id, digibank_id, device_id, null, state, '', ?, ?, ? from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[])
					       as e(event_id, digibank_id, device_id, state)
					""")) {
				history.setObject(1, actor.accountId().value());
				history.setString(2, actor.displayName());
				history.setTimestamp(3, now);
				history.setArray(4, connection.createArrayOf("uuid", eventIds));
				history.setArray(5, connection.createArrayOf("uuid", columns[1]));
				history.setArray(6, connection.createArrayOf("uuid", columns[0]));
				history.setArray(7, connection.createArrayOf("text", columns[20]));
				history.executeUpdate();
			}
			return null;
		});
	}
}
