package be.digibank.lending;

import be.digibank.inventory.DeviceCategory;
import be.digibank.inventory.DeviceId;
import be.digibank.network.LocationId;
import be.digibank.people.PersonId;
import be.digibank.shared.DigibankId;
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

/** Offers: devices held for the person of a request. */
@Repository
class OfferRepository {

	/** The statuses in which an offer holds its device (the partial unique indexes use the same list). */
	static final List<String> HOLDING = List.of("OPEN", "ACCEPTED");

	private static final String COLUMNS = "id, digibank_id, request_id, person_id, device_id, category, location_id, offered_at, held_until, "
			+ "status, decided_by_name";

	/** One offer as stored. */
	record Offer(OfferId id, DigibankId digibankId, RequestId requestId, PersonId personId, DeviceId deviceId, DeviceCategory category,
			@Nullable LocationId locationId, Instant offeredAt, LocalDate heldUntil, String status, String decidedByName) {

		boolean holding() {
			return HOLDING.contains(status);
		}
	}

	private final JdbcClient jdbc;

	OfferRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts an offer; the partial unique indexes refuse a second hold of the same device or request (SQLState 23505). */
	void insert(Offer offer) {
		jdbc.sql("""
				insert into lending.offer (id, digibank_id, request_id, person_id, device_id, category, location_id, offered_at, held_until, status)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").param(offer.id().value()).param(offer.digibankId().value()).param(offer.requestId().value()).param(offer.personId().value())
				.param(offer.deviceId().value()).param(offer.category().name())
				.param(offer.locationId() == null ? null : offer.locationId().value()).param(Timestamp.from(offer.offeredAt()))
				.param(offer.heldUntil()).param(offer.status()).update();
	}

	Optional<Offer> find(DigibankId digibank, OfferId id) {
		return jdbc.sql("select " + COLUMNS + " from lending.offer where digibank_id = ? and id = ?").param(digibank.value()).param(id.value())
				.query((rs, row) -> map(rs)).optional();
	}

	/** Moves an offer from one of {@code from} to {@code to}; false when someone else moved it first. */
	boolean move(DigibankId digibank, OfferId id, Set<String> from, String to, String decidedBy, Instant at) {
		return jdbc.sql("update lending.offer set status = ?, decided_at = ?, decided_by_name = ?, version = version + 1 "
				+ "where digibank_id = ? and id = ? and status = any(?)").param(to).param(Timestamp.from(at)).param(decidedBy)
				.param(digibank.value()).param(id.value()).param(from.toArray(String[]::new)).update() == 1;
	}

	List<Offer> ofRequest(DigibankId digibank, RequestId request) {
		return jdbc.sql("select " + COLUMNS + " from lending.offer where digibank_id = ? and request_id = ? order by offered_at desc")
				.param(digibank.value()).param(request.value()).query((rs, row) -> map(rs)).list();
	}

	List<Offer> holding(DigibankId digibank) {
		return jdbc.sql("select " + COLUMNS + " from lending.offer where digibank_id = ? and status in ('OPEN', 'ACCEPTED') order by held_until")
				.param(digibank.value()).query((rs, row) -> map(rs)).list();
	}

	Optional<Offer> holdingDevice(DigibankId digibank, DeviceId device) {
		return jdbc.sql("select " + COLUMNS + " from lending.offer where digibank_id = ? and device_id = ? and status in ('OPEN', 'ACCEPTED')")
				.param(digibank.value()).param(device.value()).query((rs, row) -> map(rs)).optional();
	}

	List<Offer> holdingOf(DigibankId digibank, PersonId person) {
		return jdbc.sql("select " + COLUMNS + " from lending.offer where digibank_id = ? and person_id = ? and status in ('OPEN', 'ACCEPTED')")
				.param(digibank.value()).param(person.value()).query((rs, row) -> map(rs)).list();
	}

	/** Offers still holding their device after the day they were held until, of all digibanks. */
	List<Offer> expiredBefore(LocalDate today) {
		return jdbc.sql("select " + COLUMNS + " from lending.offer where status in ('OPEN', 'ACCEPTED') and held_until < ? order by held_until")
				.param(today).query((rs, row) -> map(rs)).list();
	}

	/** Requests that already had (and let go) this device: it is not offered to them again. */
	Set<UUID> requestsThatHadDevice(DigibankId digibank, DeviceId device) {
		return Set
				.copyOf(jdbc.sql("select request_id from lending.offer where digibank_id = ? and device_id = ? and status in ('DECLINED', 'EXPIRED')")
						.param(digibank.value()).param(device.value()).query(UUID.class).list());
	}

	Set<UUID> heldDevices(DigibankId digibank) {
		return Set.copyOf(jdbc.sql("select device_id from lending.offer where digibank_id = ? and status in ('OPEN', 'ACCEPTED')")
				.param(digibank.value()).query(UUID.class).list());
	}

	private static Offer map(ResultSet rs) throws SQLException {
		UUID location = rs.getObject("location_id", UUID.class);
		return new Offer(new OfferId(rs.getObject("id", UUID.class)), new DigibankId(rs.getObject("digibank_id", UUID.class)),
				new RequestId(rs.getObject("request_id", UUID.class)), new PersonId(rs.getObject("person_id", UUID.class)),
				new DeviceId(rs.getObject("device_id", UUID.class)), DeviceCategory.valueOf(rs.getString("category")),
				location == null ? null : new LocationId(location), rs.getTimestamp("offered_at").toInstant(),
				rs.getObject("held_until", LocalDate.class), rs.getString("status"), rs.getString("decided_by_name"));
	}
}
