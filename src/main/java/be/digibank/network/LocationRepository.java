package be.digibank.network;

import be.digibank.network.OpeningHours.ExceptionKind;
import be.digibank.network.OpeningHours.OpeningException;
import be.digibank.network.OpeningHours.WeeklySlot;
import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import be.digibank.shared.PartnerId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Help points with their opening slots and exceptions, always looked up within one digibank. */
@Repository
class LocationRepository {

	private static final String COLUMNS = "id, digibank_id, partner_id, name, kind, street, postcode, municipality, "
			+ "accessibility_notes, public_computers, active, version";

	private final JdbcClient jdbc;

	LocationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Location> all(DigibankId digibank, LocalDate exceptionsFrom) {
		Map<UUID, List<WeeklySlot>> slots = new HashMap<>();
		jdbc.sql("select id, location_id, day_of_week, starts_at, ends_at from network.opening_slot where digibank_id = ?")
				.param(digibank.value()).query((rs, row) -> {
					slots.computeIfAbsent(rs.getObject("location_id", UUID.class), key -> new ArrayList<>()).add(slot(rs));
					return null;
				}).list();
		Map<UUID, List<OpeningException>> exceptions = new HashMap<>();
		jdbc.sql("select id, location_id, on_date, kind, starts_at, ends_at, reason from network.opening_exception "
				+ "where digibank_id = ? and on_date >= ?").param(digibank.value()).param(exceptionsFrom).query((rs, row) -> {
					exceptions.computeIfAbsent(rs.getObject("location_id", UUID.class), key -> new ArrayList<>())
							.add(exception(rs));
					return null;
				}).list();
		return jdbc.sql("select " + COLUMNS + " from network.location where digibank_id = ? order by lower(name)")
				.param(digibank.value())
				.query((rs, row) -> map(rs, slots.getOrDefault(rs.getObject("id", UUID.class), List.of()),
						exceptions.getOrDefault(rs.getObject("id", UUID.class), List.of())))
				.list();
	}

	Optional<Location> find(DigibankId digibank, LocationId id) {
		return load(digibank, id, "");
	}

	/** Locks the row, so that two changes of the same help point are made one after the other. */
	Optional<Location> lock(DigibankId digibank, LocationId id) {
		return load(digibank, id, " for update");
	}

	private Optional<Location> load(DigibankId digibank, LocationId id, String lock) {
		List<WeeklySlot> slots = jdbc.sql("select id, day_of_week, starts_at, ends_at from network.opening_slot "
				+ "where digibank_id = ? and location_id = ? order by day_of_week, starts_at").param(digibank.value())
				.param(id.value()).query((rs, row) -> slot(rs)).list();
		List<OpeningException> exceptions = jdbc.sql("select id, on_date, kind, starts_at, ends_at, reason "
				+ "from network.opening_exception where digibank_id = ? and location_id = ? order by on_date, starts_at nulls first")
				.param(digibank.value()).param(id.value()).query((rs, row) -> exception(rs)).list();
		return jdbc.sql("select " + COLUMNS + " from network.location where digibank_id = ? and id = ?" + lock)
				.param(digibank.value()).param(id.value()).query((rs, row) -> map(rs, slots, exceptions)).optional();
	}

	void insert(Location location) {
		Location.Description d = location.description();
		jdbc.sql("""
				insert into network.location (id, digibank_id, partner_id, name, kind, street, postcode, municipality,
				                              accessibility_notes, public_computers, active)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").param(location.id().value()).param(location.digibankId().value()).param(d.partnerId().value())
				.param(d.name()).param(d.kind().name()).param(d.street()).param(d.postcode()).param(d.municipality())
				.param(d.accessibilityNotes()).param(d.publicComputers()).param(location.active()).update();
	}

	void update(Location location) {
		Location.Description d = location.description();
		int changed = jdbc.sql("""
				update network.location
				   set partner_id = ?, name = ?, kind = ?, street = ?, postcode = ?, municipality = ?,
				       accessibility_notes = ?, public_computers = ?, active = ?, version = version + 1
				 where id = ? and digibank_id = ? and version = ?
				""").param(d.partnerId().value()).param(d.name()).param(d.kind().name()).param(d.street())
				.param(d.postcode()).param(d.municipality()).param(d.accessibilityNotes()).param(d.publicComputers())
				.param(location.active()).param(location.id().value()).param(location.digibankId().value())
				.param(location.version()).update();
		if (changed != 1) {
			throw new ConflictException("error.409.concurrent");
		}
	}

	void insertSlot(Location location, WeeklySlot slot) {
		jdbc.sql("insert into network.opening_slot (id, digibank_id, location_id, day_of_week, starts_at, ends_at) "
				+ "values (?, ?, ?, ?, ?, ?)").param(slot.id()).param(location.digibankId().value())
				.param(location.id().value()).param(slot.day().getValue()).param(slot.startsAt()).param(slot.endsAt())
				.update();
	}

	void deleteSlot(Location location, UUID slotId) {
		jdbc.sql("delete from network.opening_slot where id = ? and location_id = ? and digibank_id = ?").param(slotId)
				.param(location.id().value()).param(location.digibankId().value()).update();
	}

	void insertException(Location location, OpeningException exception) {
		jdbc.sql("insert into network.opening_exception (id, digibank_id, location_id, on_date, kind, starts_at, ends_at, reason) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?)").param(exception.id()).param(location.digibankId().value())
				.param(location.id().value()).param(exception.date()).param(exception.kind().name())
				.param(exception.startsAt()).param(exception.endsAt()).param(exception.reason()).update();
	}

	void deleteException(Location location, UUID exceptionId) {
		jdbc.sql("delete from network.opening_exception where id = ? and location_id = ? and digibank_id = ?")
				.param(exceptionId).param(location.id().value()).param(location.digibankId().value()).update();
	}

	private static WeeklySlot slot(ResultSet rs) throws SQLException {
		return new WeeklySlot(rs.getObject("id", UUID.class), DayOfWeek.of(rs.getInt("day_of_week")),
				rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class));
	}

	private static OpeningException exception(ResultSet rs) throws SQLException {
		return new OpeningException(rs.getObject("id", UUID.class), rs.getObject("on_date", LocalDate.class),
				ExceptionKind.valueOf(rs.getString("kind")), rs.getObject("starts_at", LocalTime.class),
				rs.getObject("ends_at", LocalTime.class), rs.getString("reason"));
	}

	private static Location map(ResultSet rs, List<WeeklySlot> slots, List<OpeningException> exceptions)
			throws SQLException {
		Location.Description description = new Location.Description(new PartnerId(rs.getObject("partner_id", UUID.class)),
				rs.getString("name"), LocationKind.valueOf(rs.getString("kind")), rs.getString("street"),
				rs.getString("postcode"), rs.getString("municipality"), rs.getString("accessibility_notes"),
				rs.getInt("public_computers"));
		return new Location(new LocationId(rs.getObject("id", UUID.class)),
				new DigibankId(rs.getObject("digibank_id", UUID.class)), description, rs.getBoolean("active"),
				rs.getInt("version"), slots, exceptions);
	}
}
