package be.digibank.inventory;

import be.digibank.people.PersonId;
import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import be.digibank.shared.StaffAccountId;
import be.digibank.shared.security.Actor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Repairs with their parts, always looked up within one digibank. */
@Repository
class RepairRepository {

	private static final String COLUMNS = "id, digibank_id, device_id, person_id, citizen_category, citizen_make_model, problem, diagnosis, "
			+ "technician_id, technician_name, trainee, training_track, minutes_spent, outcome, barrier, returned_on, opened_at, closed_at, version";

	private final JdbcClient jdbc;

	RepairRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Repair> find(DigibankId digibank, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from inventory.repair where digibank_id = ? and id = ?").param(digibank.value()).param(id)
				.query((rs, row) -> map(rs)).optional();
	}

	Optional<Repair> lock(DigibankId digibank, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from inventory.repair where digibank_id = ? and id = ? for update").param(digibank.value())
				.param(id).query((rs, row) -> map(rs)).optional();
	}

	Optional<UUID> openRepairOf(DigibankId digibank, DeviceId device) {
		return jdbc.sql("select id from inventory.repair where digibank_id = ? and device_id = ? and closed_at is null")
				.param(digibank.value()).param(device.value()).query(UUID.class).optional();
	}

	void insert(Repair repair, Actor actor) {
		Repair.Work w = repair.work();
		Repair.CitizenDevice citizen = repair.citizenDevice();
		jdbc.sql("insert into inventory.repair (" + COLUMNS + ", opened_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.param(repair.id()).param(repair.digibankId().value()).param(repair.deviceId() == null ? null : repair.deviceId().value())
				.param(citizen == null ? null : citizen.person().value()).param(citizen == null ? null : citizen.category().name())
				.param(citizen == null ? "" : citizen.makeModel()).param(w.problem()).param(w.diagnosis())
				.param(w.technicianId() == null ? null : w.technicianId().value()).param(w.technicianName()).param(w.trainee())
				.param(w.trainingTrack()).param(w.minutesSpent()).param(w.outcome() == null ? null : w.outcome().name())
				.param(w.barrier() == null ? null : w.barrier().name()).param(w.returnedOn()).param(Timestamp.from(repair.openedAt()))
				.param(repair.closedAt() == null ? null : Timestamp.from(repair.closedAt())).param(repair.version())
				.param(actor.accountId().value()).update();
	}

	/** Saves the work of a repair loaded with its version; someone else's save in between is a conflict. */
	void update(Repair repair) {
		Repair.Work w = repair.work();
		int changed = jdbc.sql("""
				update inventory.repair set problem = ?, diagnosis = ?, technician_id = ?, technician_name = ?, trainee = ?, training_track = ?,
				       minutes_spent = ?, outcome = ?, barrier = ?, returned_on = ?, closed_at = ?, version = version + 1
				 where id = ? and digibank_id = ? and version = ?
				""").param(w.problem()).param(w.diagnosis()).param(w.technicianId() == null ? null : w.technicianId().value())
				.param(w.technicianName()).param(w.trainee()).param(w.trainingTrack()).param(w.minutesSpent())
				.param(w.outcome() == null ? null : w.outcome().name()).param(w.barrier() == null ? null : w.barrier().name())
				.param(w.returnedOn()).param(repair.closedAt() == null ? null : Timestamp.from(repair.closedAt())).param(repair.id())
				.param(repair.digibankId().value()).param(repair.version()).update();
		if (changed != 1) {
			throw new ConflictException("error.409.concurrent");
		}
	}

	void insertPart(Repair repair, Repair.Part part) {
		jdbc.sql("insert into inventory.repair_part (id, digibank_id, repair_id, name, cost_cents) values (?, ?, ?, ?, ?)").param(part.id())
				.param(repair.digibankId().value()).param(repair.id()).param(part.name()).param(part.costCents()).update();
	}

	/** Repairs of the digibank, open ones first, then the latest; optionally only the open ones. */
	List<Repair> list(DigibankId digibank, boolean openOnly) {
		return jdbc.sql("select " + COLUMNS + " from inventory.repair where digibank_id = ?" + (openOnly ? " and closed_at is null" : "")
				+ " order by (closed_at is null) desc, opened_at desc limit 300").param(digibank.value()).query((rs, row) -> map(rs)).list();
	}

	List<Repair> ofDevice(DigibankId digibank, DeviceId device) {
		return jdbc.sql("select " + COLUMNS + " from inventory.repair where digibank_id = ? and device_id = ? order by opened_at desc")
				.param(digibank.value()).param(device.value()).query((rs, row) -> map(rs)).list();
	}

	/** The asset tags of devices of the digibank, by device ID. */
	Map<UUID, String> assetTags(DigibankId digibank, List<UUID> devices) {
		Map<UUID, String> tags = new HashMap<>();
		if (devices.isEmpty()) {
			return tags;
		}
		jdbc.sql("select id, asset_tag from inventory.device where digibank_id = ? and id = any(?)").param(digibank.value())
				.param(devices.toArray(UUID[]::new)).query(rs -> {
					tags.put(rs.getObject("id", UUID.class), rs.getString("asset_tag"));
				});
		return tags;
	}

	private List<Repair.Part> parts(UUID repair) {
		return jdbc.sql("select id, name, cost_cents from inventory.repair_part where repair_id = ? order by name, id").param(repair)
				.query((rs, row) -> new Repair.Part(rs.getObject("id", UUID.class), rs.getString("name"), rs.getLong("cost_cents"))).list();
	}

	private Repair map(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		UUID device = rs.getObject("device_id", UUID.class);
		UUID person = rs.getObject("person_id", UUID.class);
		UUID technician = rs.getObject("technician_id", UUID.class);
		String outcome = rs.getString("outcome");
		String barrier = rs.getString("barrier");
		Timestamp closed = rs.getTimestamp("closed_at");
		Repair.CitizenDevice citizen = person == null
				? null
				: new Repair.CitizenDevice(new PersonId(person), DeviceCategory.valueOf(rs.getString("citizen_category")),
						rs.getString("citizen_make_model"));
		Repair.Work work = new Repair.Work(rs.getString("problem"), rs.getString("diagnosis"),
				technician == null ? null : new StaffAccountId(technician), rs.getString("technician_name"), rs.getBoolean("trainee"),
				rs.getString("training_track"), rs.getInt("minutes_spent"), outcome == null ? null : Repair.Outcome.valueOf(outcome),
				barrier == null ? null : Repair.Barrier.valueOf(barrier), rs.getObject("returned_on", LocalDate.class));
		return new Repair(id, new DigibankId(rs.getObject("digibank_id", UUID.class)), device == null ? null : new DeviceId(device), citizen,
				work, parts(id), rs.getTimestamp("opened_at").toInstant(), closed == null ? null : closed.toInstant(), rs.getInt("version"));
	}
}
