package be.digibank.lending;

import be.digibank.inventory.DeviceCategory;
import be.digibank.network.LocationId;
import be.digibank.people.PersonId;
import be.digibank.shared.ConflictException;
import be.digibank.shared.DigibankId;
import be.digibank.shared.security.Actor;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Requests and the waiting-list settings, always looked up within one digibank. */
@Repository
class RequestRepository {

	private static final String COLUMNS = "id, digibank_id, person_id, category, location_id, urgency, note, requested_at, status, cancel_reason, "
			+ "version, requested_by_name";

	private final JdbcClient jdbc;

	RequestRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Request request, @Nullable Actor actor) {
		jdbc.sql("""
				insert into lending.request (id, digibank_id, person_id, category, location_id, urgency, note, status, requested_by,
				       requested_by_name, requested_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").param(request.id().value()).param(request.digibankId().value()).param(request.personId().value())
				.param(request.category().name()).param(request.locationId() == null ? null : request.locationId().value())
				.param(request.urgency().name()).param(request.note()).param(request.status().name())
				.param(actor == null ? null : actor.accountId().value()).param(actor == null ? "" : actor.displayName())
				.param(Timestamp.from(request.requestedAt())).update();
	}

	Optional<Request> find(DigibankId digibank, RequestId id) {
		return jdbc.sql("select " + COLUMNS + " from lending.request where digibank_id = ? and id = ?").param(digibank.value())
				.param(id.value()).query((rs, row) -> map(rs)).optional();
	}

	Optional<Request> lock(DigibankId digibank, RequestId id) {
		return jdbc.sql("select " + COLUMNS + " from lending.request where digibank_id = ? and id = ? for update").param(digibank.value())
				.param(id.value()).query((rs, row) -> map(rs)).optional();
	}

	/** Saves a cancellation of a request loaded with its version; a change in between is a conflict. */
	void saveCancellation(Request request, Instant at) {
		int changed = jdbc.sql("""
				update lending.request set status = ?, cancel_reason = ?, closed_at = ?, version = version + 1
				 where id = ? and digibank_id = ? and version = ?
				""").param(request.status().name()).param(request.cancelReason()).param(Timestamp.from(at)).param(request.id().value())
				.param(request.digibankId().value()).param(request.version()).update();
		if (changed != 1) {
			throw new ConflictException("error.409.concurrent");
		}
	}

	/**
	 * Moves a request from one status to another only if it is still in {@code from}: of two attempts at once exactly one
	 * changes the row (the other waits for the row lock and then finds another status).
	 */
	boolean move(DigibankId digibank, RequestId id, Request.Status from, Request.Status to, Instant at) {
		return jdbc.sql("""
				update lending.request set status = ?, version = version + 1,
				       closed_at = case when ? in ('FULFILLED', 'CANCELLED') then ? else closed_at end
				 where id = ? and digibank_id = ? and status = ?
				""").param(to.name()).param(to.name()).param(Timestamp.from(at)).param(id.value()).param(digibank.value()).param(from.name())
				.update() == 1;
	}

	/** Open requests of the digibank, optionally of one category and status, oldest first. */
	List<Request> open(DigibankId digibank, @Nullable DeviceCategory category, List<Request.Status> statuses) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from lending.request where digibank_id = ? and status = any(?)");
		List<Object> params = new ArrayList<>();
		params.add(digibank.value());
		params.add(statuses.stream().map(Enum::name).toArray(String[]::new));
		if (category != null) {
			sql.append(" and category = ?");
			params.add(category.name());
		}
		sql.append(" order by requested_at, id limit 2000");
		return jdbc.sql(sql.toString()).params(params).query((rs, row) -> map(rs)).list();
	}

	/** Open requests of one person (for the timeline of a merge, and to fulfil them when a loan starts). */
	List<Request> openOf(DigibankId digibank, PersonId person) {
		return jdbc.sql("select " + COLUMNS + " from lending.request where digibank_id = ? and person_id = ? and status in ('WAITING', 'OFFERED', "
				+ "'ACCEPTED') order by requested_at").param(digibank.value()).param(person.value()).query((rs, row) -> map(rs)).list();
	}

	List<Request> recent(DigibankId digibank, int limit) {
		return jdbc.sql("select " + COLUMNS + " from lending.request where digibank_id = ? order by requested_at desc limit ?")
				.param(digibank.value())
				.param(limit).query((rs, row) -> map(rs)).list();
	}

	boolean someoneWaits(DigibankId digibank, DeviceCategory category) {
		return jdbc.sql("select exists (select 1 from lending.request where digibank_id = ? and category = ? and status = 'WAITING')")
				.param(digibank.value()).param(category.name()).query(Boolean.class).single();
	}

	/** Digibanks with people waiting, for the safety-net job. */
	List<DigibankId> digibanksWithWaiting() {
		return jdbc.sql("select distinct digibank_id from lending.request where status = 'WAITING'").query(UUID.class).list().stream()
				.map(DigibankId::new).toList();
	}

	WaitingListSettings settings(DigibankId digibank) {
		return jdbc.sql("select priority_rules, offer_hold_days, class_set_notice_days, class_set_notice_refused, version "
				+ "from lending.queue_setting where digibank_id = ?").param(digibank.value())
				.query((rs, row) -> new WaitingListSettings(rules(rs.getArray("priority_rules")), rs.getInt("offer_hold_days"),
						rs.getInt("class_set_notice_days"), rs.getBoolean("class_set_notice_refused"), rs.getInt("version")))
				.optional().orElse(WaitingListSettings.DEFAULTS);
	}

	/** Saves the settings seen at {@code version} (-1: the defaults, no row yet); a change in between is a conflict. */
	void saveSettings(DigibankId digibank, WaitingListSettings settings) {
		String[] rules = settings.rules().stream().map(Enum::name).toArray(String[]::new);
		int changed;
		if (settings.version() < 0) {
			changed = jdbc.sql("""
					insert into lending.queue_setting (digibank_id, priority_rules, offer_hold_days, class_set_notice_days, class_set_notice_refused)
					values (?, ?, ?, ?, ?) on conflict (digibank_id) do nothing
					""").param(digibank.value()).param(rules).param(settings.offerHoldDays()).param(settings.classSetNoticeDays())
					.param(settings.classSetNoticeRefused()).update();
		} else {
			changed = jdbc.sql("""
					update lending.queue_setting set priority_rules = ?, offer_hold_days = ?, class_set_notice_days = ?,
					       class_set_notice_refused = ?, version = version + 1
					 where digibank_id = ? and version = ?
					""").param(rules).param(settings.offerHoldDays()).param(settings.classSetNoticeDays()).param(settings.classSetNoticeRefused())
					.param(digibank.value()).param(settings.version()).update();
		}
		if (changed != 1) {
			throw new ConflictException("error.409.concurrent");
		}
	}

	private static List<WaitingList.Rule> rules(Array array) throws SQLException {
		return Arrays.stream((String[]) array.getArray()).map(WaitingList.Rule::valueOf).toList();
	}

	private static Request map(ResultSet rs) throws SQLException {
		UUID location = rs.getObject("location_id", UUID.class);
		return new Request(new RequestId(rs.getObject("id", UUID.class)), new DigibankId(rs.getObject("digibank_id", UUID.class)),
				new PersonId(rs.getObject("person_id", UUID.class)), DeviceCategory.valueOf(rs.getString("category")),
				location == null ? null : new LocationId(location), Request.Urgency.valueOf(rs.getString("urgency")), rs.getString("note"),
				rs.getTimestamp("requested_at").toInstant(), Request.Status.valueOf(rs.getString("status")), rs.getString("cancel_reason"),
				rs.getInt("version"), rs.getString("requested_by_name"));
	}
}
