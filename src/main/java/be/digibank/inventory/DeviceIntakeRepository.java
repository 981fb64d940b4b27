package be.digibank.inventory;

import static java.sql.Types.BIGINT;
import static java.sql.Types.INTEGER;
import static java.sql.Types.OTHER;
import static java.sql.Types.TIMESTAMP;
import static java.sql.Types.VARCHAR;

import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import be.digibank.shared.security.Actor;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Corrections of a device's description and intake of many devices at once (batch inserts, tags in one go). */
@Repository
class DeviceIntakeRepository {

	/** Column types of the batch inserts, so that null values need no look-up of the parameter types. */
	private static final int[] DEVICE_TYPES = {OTHER, OTHER, VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR, INTEGER,
			VARCHAR, INTEGER, VARCHAR, INTEGER, VARCHAR, VARCHAR, VARCHAR, OTHER, OTHER, OTHER, BIGINT, VARCHAR, INTEGER, INTEGER, TIMESTAMP};
	private static final int[] EVENT_TYPES = {OTHER, OTHER, OTHER, VARCHAR, OTHER, VARCHAR, TIMESTAMP};

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

	/** Inserts new devices with the first line of their history, in batches. */
	void insertAll(List<Device> devices, Actor actor, Instant at) {
		List<Object[]> rows = new ArrayList<>(devices.size());
		List<Object[]> events = new ArrayList<>(devices.size());
		Timestamp now = Timestamp.from(at);
		for (Device device : devices) {
			Device.Description d = device.description();
			Device.Specs s = d.specs();
			rows.add(new Object[]{device.id().value(), device.digibankId().value(), device.assetTag(), d.category().name(),
					d.make(), d.model(), d.serial(), s.cpu(), s.ramGb(), s.storageType(), s.storageGb(), s.screen(),
					s.batteryHealthPercent(), s.os(), d.grade(), d.triage().name(),
					d.locationId() == null ? null : d.locationId().value(),
					d.ownerPartnerId() == null ? null : d.ownerPartnerId().value(),
					d.donationId() == null ? null : d.donationId().value(), d.replacementValueCents(), device.state().name(),
					device.holderCycle(), device.version(), now});
			events.add(new Object[]{UUID.randomUUID(), device.digibankId().value(), device.id().value(), device.state().name(),
					actor.accountId().value(), actor.displayName(), now});
		}
		template.batchUpdate("""
				insert into inventory.device (id, digibank_id, asset_tag, category, make, model, serial, cpu, ram_gb, storage_type,
				       storage_gb, screen, battery_health_percent, os, condition_grade, triage, location_id, owner_partner_id,
				       donation_id, replacement_value_cents, state, holder_cycle, version, state_since)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows, DEVICE_TYPES);
		template.batchUpdate("""
				insert into inventory.device_event (id, digibank_id, device_id, from_state, to_state, reason, actor_id, actor_name,
				       occurred_at) values (?, ?, ?, null, ?, '', ?, ?, ?)
				""", events, EVENT_TYPES);
	}
}
