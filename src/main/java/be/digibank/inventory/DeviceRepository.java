package be.digibank.inventory;

import be.digibank.inventory.InventoryViews.DeviceRow;
import be.digibank.inventory.InventoryViews.EventRow;
import be.digibank.inventory.InventoryViews.StockCount;
import be.digibank.network.LocationId;
import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import be.digibank.shared.PartnerId;
import be.digibank.shared.security.Actor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Devices with their sanitisation evidence and history, always looked up within one digibank. */
@Repository
class DeviceRepository {

	private static final String COLUMNS = "id, digibank_id, asset_tag, category, make, model, serial, cpu, ram_gb, "
			+ "storage_type, storage_gb, screen, battery_health_percent, os, condition_grade, triage, location_id, "
			+ "owner_partner_id, donation_id, replacement_value_cents, state, state_before_repair, holder_cycle, version";

	private final JdbcClient jdbc;

	DeviceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next asset tag of the digibank; the counter row is locked until the transaction ends. */
	String nextAssetTag(DigibankId digibank) {
		long number = jdbc.sql("""
				insert into inventory.asset_tag_sequence (digibank_id, last_value) values (?, 1)
				on conflict (digibank_id) do update set last_value = inventory.asset_tag_sequence.last_value + 1
				returning last_value
				""").param(digibank.value()).query(Long.class).single();
		return Device.assetTag(number);
	}

	Optional<Device> find(DigibankId digibank, DeviceId id) {
		return load(digibank, id, "");
	}

	/** Locks the row, so that two changes of the same device are made one after the other. */
	Optional<Device> lock(DigibankId digibank, DeviceId id) {
		return load(digibank, id, " for update");
	}

	/**
	 * The device without its sanitisation evidence, for lending's moves (out on loan, back, written off, given away) that
	 * never look at it: one statement instead of two on the counter's path. Only a move to SANITISED or AVAILABLE reads the
	 * evidence, and on a device loaded this way such a move is refused (no evidence), never wrongly allowed.
	 */
	Optional<Device> findWithoutEvidence(DigibankId digibank, DeviceId id, boolean lock) {
		return jdbc.sql("select " + COLUMNS + " from inventory.device where digibank_id = ? and id = ?" + (lock ? " for update" : ""))
				.param(digibank.value()).param(id.value()).query((rs, row) -> map(rs, List.of())).optional();
	}

	private Optional<Device> load(DigibankId digibank, DeviceId id, String lock) {
		Optional<Device> device = findWithoutEvidence(digibank, id, !lock.isEmpty());
		if (device.isEmpty()) {
			return device;
		}
		List<Sanitisation> evidence = sanitisations(digibank, id);
		return device.map(d -> new Device(d.id(), d.digibankId(), d.assetTag(), d.description(), d.state(),
				d.stateBeforeRepair(), d.holderCycle(), d.version(), evidence));
	}

	Optional<DeviceId> findByTagOrSerial(DigibankId digibank, String code) {
		return jdbc.sql("select id from inventory.device where digibank_id = ? and (upper(asset_tag) = upper(?) "
				+ "or lower(serial) = lower(?)) order by (upper(asset_tag) = upper(?)) desc limit 1")
				.param(digibank.value()).param(code).param(code).param(code).query(UUID.class).optional()
				.map(DeviceId::new);
	}

	void insert(Device device) {
		Device.Description d = device.description();
		Device.Specs s = d.specs();
		jdbc.sql("insert into inventory.device (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.param(device.id().value()).param(device.digibankId().value()).param(device.assetTag())
				.param(d.category().name()).param(d.make()).param(d.model()).param(d.serial()).param(s.cpu())
				.param(s.ramGb()).param(s.storageType()).param(s.storageGb()).param(s.screen())
				.param(s.batteryHealthPercent()).param(s.os()).param(d.grade()).param(d.triage().name())
				.param(d.locationId() == null ? null : d.locationId().value())
				.param(d.ownerPartnerId() == null ? null : d.ownerPartnerId().value())
				.param(d.donationId() == null ? null : d.donationId().value()).param(d.replacementValueCents())
				.param(device.state().name()).param(null).param(device.holderCycle()).param(device.version()).update();
	}

	/** The longest history line's reason kept (the column allows exactly this); a longer one is cut. */
	static final int REASON_LENGTH = 500;

	/**
	 * Saves a move of a device loaded with its version, and its history line, in one statement: the device's "in this state
	 * since" is {@code at}, the time of the line. Someone else's change in between is a conflict and writes nothing.
	 */
	void saveMove(Device device, Device.Transition transition, String reason, Actor actor, Instant at) {
		saveMove(device, transition, reason, actor, at, null);
	}

	/**
	 * {@link #saveMove(Device, Device.Transition, String, Actor, Instant)}, recording in the same statement who a device
	 * lent out reached (for the donor impact): one row per loan, so telling it twice counts once.
	 */
	void saveMove(Device device, Device.Transition transition, String reason, Actor actor, Instant at, DeviceLending.@Nullable Reach reach) {
		String sql = """
				with moved as (
				  update inventory.device set state = ?, state_before_repair = ?, holder_cycle = ?, state_since = ?, version = version + 1
				   where id = ? and digibank_id = ? and version = ?
				  returning id, digibank_id),
				history as (
				  insert into inventory.device_event (id, digibank_id, device_id, from_state, to_state, reason, recycling_reference, actor_id,
				                                      actor_name, occurred_at)
				  select ?, digibank_id, id, ?, ?, ?, ?, ?, ?, ? from moved)
				""" + (reach == null ? "" : """
				, reached as (
				  insert into inventory.device_person (loan_id, digibank_id, device_id, person_id, starts_on)
				  select ?, digibank_id, id, ?, ? from moved
				  on conflict (loan_id) do nothing)
				""") + "select count(*) from moved";
		String line = reason.strip();
		var statement = jdbc.sql(sql).param(device.state().name())
				.param(device.stateBeforeRepair() == null ? null : device.stateBeforeRepair().name())
				.param(device.holderCycle()).param(Timestamp.from(at)).param(device.id().value()).param(device.digibankId().value())
				.param(device.version()).param(UUID.randomUUID()).param(transition.from().name())
				.param(transition.to().name()).param(line.length() > REASON_LENGTH ? line.substring(0, REASON_LENGTH - 1) + "…" : line)
				.param(transition.recyclingReference()).param(actor.accountId().value()).param(actor.displayName()).param(Timestamp.from(at));
		if (reach != null) {
			statement = statement.param(reach.loanId()).param(reach.person() == null ? null : reach.person().value()).param(reach.startsOn());
		}
		if (statement.query(Integer.class).single() != 1) {
			throw new ConflictException("error.409.concurrent");
		}
	}

	/** The first line of a device's history, when it is registered (RECEIVED, from no state). */
	void insertFirstEvent(Device device, Actor actor, Instant at) {
		jdbc.sql("insert into inventory.device_event (id, digibank_id, device_id, from_state, to_state, reason, actor_id, actor_name, occurred_at) "
				+ "values (?, ?, ?, null, ?, '', ?, ?, ?)").param(UUID.randomUUID()).param(device.digibankId().value()).param(device.id().value())
				.param(device.state().name()).param(actor.accountId().value()).param(actor.displayName()).param(Timestamp.from(at)).update();
	}

	void insertSanitisation(Device device, Sanitisation s, Actor actor) {
		jdbc.sql("""
				insert into inventory.sanitisation (id, digibank_id, device_id, holder_cycle, medium, method, technique, tool,
				       tool_version, operator_name, operator_id, performed_on, result, verification, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").param(s.id()).param(device.digibankId().value()).param(device.id().value()).param(s.holderCycle())
				.param(s.medium()).param(s.method().name()).param(s.technique().name()).param(s.tool())
				.param(s.toolVersion()).param(s.operatorName()).param(actor.accountId().value()).param(s.performedOn())
				.param(s.result().name()).param(s.verification()).param(Timestamp.from(s.recordedAt())).update();
	}

	List<Sanitisation> sanitisations(DigibankId digibank, DeviceId id) {
		return jdbc.sql("select id, holder_cycle, medium, method, technique, tool, tool_version, operator_name, performed_on, "
				+ "result, verification, recorded_at from inventory.sanitisation where digibank_id = ? and device_id = ? "
				+ "order by recorded_at, holder_cycle").param(digibank.value()).param(id.value())
				.query((rs, row) -> new Sanitisation(rs.getObject("id", UUID.class), rs.getInt("holder_cycle"),
						rs.getString("medium"), Sanitisation.Method.valueOf(rs.getString("method")),
						Sanitisation.Technique.valueOf(rs.getString("technique")), rs.getString("tool"),
						rs.getString("tool_version"), rs.getString("operator_name"),
						rs.getObject("performed_on", LocalDate.class), Sanitisation.Result.valueOf(rs.getString("result")),
						rs.getString("verification"), rs.getTimestamp("recorded_at").toInstant()))
				.list();
	}

	List<EventRow> events(DigibankId digibank, DeviceId id) {
		return jdbc.sql("select from_state, to_state, reason, recycling_reference, actor_name, occurred_at from inventory.device_event "
				+ "where digibank_id = ? and device_id = ? order by occurred_at, to_state").param(digibank.value())
				.param(id.value())
				.query((rs, row) -> new EventRow(rs.getString("from_state") == null
						? null
						: DeviceState.valueOf(rs.getString("from_state")), DeviceState.valueOf(rs.getString("to_state")),
						rs.getString("reason"), rs.getString("recycling_reference"), rs.getString("actor_name"),
						rs.getTimestamp("occurred_at").toInstant()))
				.list();
	}

	/**
	 * Devices of the digibank in asset-tag order, filtered by allow-listed values only: at most {@code limit} from the
	 * first tag after {@code after} (keyset paging: each page reads only its own rows from an index on the filters and the
	 * tag, never counting or skipping the rows before it).
	 */
	List<DeviceRow> rows(DigibankId digibank, @Nullable DeviceState state, @Nullable DeviceCategory category,
			@Nullable LocationId location, @Nullable DonationId donation, @Nullable String after, int limit,
			Map<UUID, String> locationNames) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from inventory.device where digibank_id = ?");
		List<Object> params = new ArrayList<>();
		params.add(digibank.value());
		if (state != null) {
			sql.append(" and state = ?");
			params.add(state.name());
		}
		if (category != null) {
			sql.append(" and category = ?");
			params.add(category.name());
		}
		if (location != null) {
			sql.append(" and location_id = ?");
			params.add(location.value());
		}
		if (donation != null) {
			sql.append(" and donation_id = ?");
			params.add(donation.value());
		}
		if (after != null) {
			sql.append(" and asset_tag > ?");
			params.add(after);
		}
		sql.append(" order by asset_tag limit ?");
		params.add(limit);
		return jdbc.sql(sql.toString()).params(params).query((rs, row) -> row(map(rs, List.of()), locationNames)).list();
	}

	List<StockCount> countsBy(DigibankId digibank, String column) {
		if (!column.equals("state") && !column.equals("category")) {
			throw new IllegalArgumentException(column);
		}
		return jdbc.sql("select " + column + " as key, sum(devices) as n from inventory.device_count where digibank_id = ? group by "
				+ column + " having sum(devices) <> 0 order by 1").param(digibank.value())
				.query((rs, row) -> new StockCount(rs.getString("key"), rs.getLong("n"))).list();
	}

	static DeviceRow row(Device device, Map<UUID, String> locationNames) {
		Device.Description d = device.description();
		return new DeviceRow(device.id().value(), device.assetTag(), d.category(), d.make(), d.model(),
				d.serial() == null ? "" : d.serial(), device.state(), d.grade() == null ? "" : d.grade(), d.triage(),
				d.locationId() == null ? "" : locationNames.getOrDefault(d.locationId().value(), ""));
	}

	private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static @Nullable UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	private static Device map(ResultSet rs, List<Sanitisation> evidence) throws SQLException {
		Device.Specs specs = new Device.Specs(rs.getString("cpu"), integer(rs, "ram_gb"), rs.getString("storage_type"),
				integer(rs, "storage_gb"), rs.getString("screen"), integer(rs, "battery_health_percent"), rs.getString("os"));
		UUID location = uuid(rs, "location_id");
		UUID partner = uuid(rs, "owner_partner_id");
		UUID donation = uuid(rs, "donation_id");
		Device.Description description = new Device.Description(DeviceCategory.valueOf(rs.getString("category")),
				rs.getString("make"), rs.getString("model"), rs.getString("serial"), specs, rs.getString("condition_grade"),
				Triage.valueOf(rs.getString("triage")), location == null ? null : new LocationId(location),
				partner == null ? null : new PartnerId(partner), donation == null ? null : new DonationId(donation),
				rs.getLong("replacement_value_cents"));
		String before = rs.getString("state_before_repair");
		return new Device(new DeviceId(rs.getObject("id", UUID.class)), new DigibankId(rs.getObject("digibank_id", UUID.class)),
				rs.getString("asset_tag"), description, DeviceState.valueOf(rs.getString("state")),
				before == null ? null : DeviceState.valueOf(before), rs.getInt("holder_cycle"), rs.getInt("version"), evidence);
	}
}
