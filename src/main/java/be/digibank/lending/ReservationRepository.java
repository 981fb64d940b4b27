package be.digibank.lending;

import be.digibank.inventory.DeviceId;
import be.digibank.network.LocationId;
import be.digibank.people.PersonId;
import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import be.digibank.shared.security.Actor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reservations and their booked devices; the exclusion constraint on the booked devices keeps periods apart. */
@Repository
class ReservationRepository {

	private static final String COLUMNS = "id, digibank_id, person_id, organisation_name, contact, pickup_location_id, starts_on, ends_on, note, "
			+ "status, cancel_reason, booked_by_name, booked_at, version";

	/** One reservation as stored, with the IDs of its devices. */
	record Reservation(ReservationId id, DigibankId digibankId, @Nullable PersonId personId, String organisationName, String contact,
			LocationId pickupLocationId, LocalDate startsOn, LocalDate endsOn, String note, String status, String cancelReason, String bookedByName,
			Instant bookedAt, int version, List<DeviceId> devices) {

		boolean classSet() {
			return personId == null;
		}
	}

	/** A device booked for a period. */
	record BookedDevice(DeviceId deviceId, LocalDate startsOn, LocalDate endsOn) {
		boolean covers(LocalDate day) {
			return !day.isBefore(startsOn) && !day.isAfter(endsOn);
		}
	}

	private final JdbcClient jdbc;

	ReservationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Reservation reservation, Actor actor) {
		jdbc.sql("""
				insert into lending.reservation (id, digibank_id, person_id, organisation_name, contact, pickup_location_id, starts_on, ends_on, note,
				       status, booked_by, booked_by_name, booked_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'BOOKED', ?, ?, ?)
				""").param(reservation.id().value()).param(reservation.digibankId().value())
				.param(reservation.personId() == null ? null : reservation.personId().value()).param(reservation.organisationName())
				.param(reservation.contact()).param(reservation.pickupLocationId().value()).param(reservation.startsOn()).param(reservation.endsOn())
				.param(reservation.note()).param(actor.accountId().value()).param(actor.displayName()).param(Timestamp.from(reservation.bookedAt()))
				.update();
	}

	/** Books one device; PostgreSQL refuses it (SQLState 23P01) when the device is booked for an overlapping period. */
	void insertDevice(Reservation reservation, DeviceId device) {
		jdbc.sql("insert into lending.reserved_device (reservation_id, digibank_id, device_id, starts_on, ends_on) values (?, ?, ?, ?, ?)")
				.param(reservation.id().value()).param(reservation.digibankId().value()).param(device.value()).param(reservation.startsOn())
				.param(reservation.endsOn()).update();
	}

	Optional<Reservation> find(DigibankId digibank, ReservationId id) {
		return jdbc.sql("select " + COLUMNS + " from lending.reservation where digibank_id = ? and id = ?").param(digibank.value()).param(id.value())
				.query((rs, row) -> map(rs, devices(id))).optional();
	}

	private List<DeviceId> devices(ReservationId id) {
		return jdbc.sql("select device_id from lending.reserved_device where reservation_id = ? order by device_id").param(id.value())
				.query(UUID.class).list().stream().map(DeviceId::new).toList();
	}

	/** Bookings that end on or after {@code from}, newest period last. */
	List<Reservation> endingFrom(DigibankId digibank, LocalDate from, boolean withCancelled) {
		return jdbc.sql("select " + COLUMNS + " from lending.reservation where digibank_id = ? and ends_on >= ?"
				+ (withCancelled ? "" : " and status = 'BOOKED'") + " order by starts_on, booked_at limit 500").param(digibank.value()).param(from)
				.query((rs, row) -> map(rs, devices(new ReservationId(rs.getObject("id", UUID.class))))).list();
	}

	void cancel(Reservation reservation, String reason, Instant at) {
		int changed = jdbc.sql("""
				update lending.reservation set status = 'CANCELLED', cancel_reason = ?, version = version + 1
				 where id = ? and digibank_id = ? and version = ? and status = 'BOOKED'
				""").param(reason).param(reservation.id().value()).param(reservation.digibankId().value()).param(reservation.version()).update();
		if (changed != 1) {
			throw new ConflictException("error.409.concurrent");
		}
		jdbc.sql("update lending.reserved_device set cancelled = true where reservation_id = ?").param(reservation.id().value()).update();
	}

	/** Bookings (not cancelled) of any device that overlap [from, to]. */
	List<BookedDevice> bookings(DigibankId digibank, LocalDate from, LocalDate to) {
		return jdbc.sql("select device_id, starts_on, ends_on from lending.reserved_device where digibank_id = ? and not cancelled "
				+ "and daterange(starts_on, ends_on, '[]') && daterange(?, ?, '[]')").param(digibank.value()).param(from).param(to)
				.query((rs, row) -> new BookedDevice(new DeviceId(rs.getObject("device_id", UUID.class)), rs.getObject("starts_on", LocalDate.class),
						rs.getObject("ends_on", LocalDate.class)))
				.list();
	}

	/** Devices booked for a period that has not ended by {@code today}. */
	Set<UUID> devicesBookedFrom(DigibankId digibank, LocalDate today) {
		return Set.copyOf(jdbc.sql("select distinct device_id from lending.reserved_device where digibank_id = ? and not cancelled and ends_on >= ?")
				.param(digibank.value()).param(today).query(UUID.class).list());
	}

	/**
	 * What other people hold of a device that was just lent ({@code loan}, already inserted in this transaction): the
	 * person an offer holds it for, if any, and whether a booking of someone else overlaps the loan's days — by a person
	 * other than the borrower, or by an organisation other than the borrowing one (names compared without case and outer
	 * spaces). One statement, on the partial indexes of holds and bookings.
	 */
	Claims claimsOn(DigibankId digibank, LoanId loan, DeviceId device, @Nullable PersonId person, LocalDate from, LocalDate to) {
		return jdbc
				.sql("""
						select (select o.person_id from lending.offer o
						         where o.digibank_id = :digibank and o.device_id = :device and o.status in ('OPEN', 'ACCEPTED')) as held_for,
						       (select r.person_id is null
						          from lending.reserved_device d
						          join lending.reservation r on r.id = d.reservation_id
						         where d.digibank_id = :digibank and d.device_id = :device and not d.cancelled
						           and daterange(d.starts_on, d.ends_on, '[]') && daterange(:from, :to, '[]')
						           and case when cast(:person as uuid) is not null then r.person_id is distinct from cast(:person as uuid)
						                    else r.person_id is not null or lower(btrim(r.organisation_name)) is distinct from
						                         (select lower(btrim(l.organisation_name)) from lending.loan l where l.id = :loan and l.digibank_id = :digibank)
						                end
						         order by d.starts_on limit 1) as booked_by_organisation
						""")
				.param("digibank", digibank.value()).param("device", device.value()).param("loan", loan.value())
				.param("person", person == null ? null : person.value()).param("from", from)
				.param("to", to).query((rs, row) -> {
					boolean organisation = rs.getBoolean("booked_by_organisation");
					Boolean booked = rs.wasNull() ? null : organisation;
					return new Claims(rs.getObject("held_for", UUID.class), booked);
				}).single();
	}

	/**
	 * Others' claims on a device: the person an offer holds it for, and whether someone else booked it in the period (null:
	 * nobody; true: an organisation; false: a person).
	 */
	record Claims(@Nullable UUID heldFor, @Nullable Boolean bookedByOrganisation) {
	}

	private static Reservation map(ResultSet rs, List<DeviceId> devices) throws SQLException {
		UUID person = rs.getObject("person_id", UUID.class);
		return new Reservation(new ReservationId(rs.getObject("id", UUID.class)), new DigibankId(rs.getObject("digibank_id", UUID.class)),
				person == null ? null : new PersonId(person), rs.getString("organisation_name"), rs.getString("contact"),
				new LocationId(rs.getObject("pickup_location_id", UUID.class)), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getString("note"), rs.getString("status"), rs.getString("cancel_reason"),
				rs.getString("booked_by_name"), rs.getTimestamp("booked_at").toInstant(), rs.getInt("version"), devices);
	}
}
