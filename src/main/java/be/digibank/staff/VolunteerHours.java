package be.digibank.staff;

import be.digibank.shared.DigibankId;
import be.digibank.shared.StaffAccountId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Logged volunteer hours; every query is scoped to a digibank. */
@Repository
class VolunteerHours {

	record Entry(UUID id, DigibankId digibank, StaffAccountId account, String person, @Nullable UUID location,
			LocalDate workedOn, int minutes, String activity) {
	}

	private static final String SELECT = "select h.id, h.digibank_id, h.account_id, a.display_name, h.location_id, h.worked_on, h.minutes, h.activity "
			+ "from staff.volunteer_hours h join staff.staff_account a on a.id = h.account_id ";

	private final JdbcClient jdbc;

	VolunteerHours(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	UUID insert(DigibankId digibank, StaffAccountId account, @Nullable UUID location, LocalDate workedOn, int minutes,
			String activity) {
		UUID id = UUID.randomUUID();
		jdbc.sql(
				"insert into staff.volunteer_hours (id, digibank_id, account_id, location_id, worked_on, minutes, activity) values (?, ?, ?, ?, ?, ?, ?)")
				.param(id).param(digibank.value()).param(account.value()).param(location).param(workedOn)
				.param(minutes).param(activity).update();
		return id;
	}

	List<Entry> ofAccount(DigibankId digibank, StaffAccountId account, LocalDate from, LocalDate until) {
		return jdbc.sql(SELECT
				+ "where h.digibank_id = ? and h.account_id = ? and h.worked_on >= ? and h.worked_on < ? order by h.worked_on desc, h.created_at desc")
				.param(digibank.value()).param(account.value()).param(from).param(until).query(VolunteerHours::map)
				.list();
	}

	List<Entry> ofDigibank(DigibankId digibank, LocalDate from, LocalDate until) {
		return jdbc.sql(SELECT
				+ "where h.digibank_id = ? and h.worked_on >= ? and h.worked_on < ? order by h.worked_on desc, lower(a.display_name)")
				.param(digibank.value()).param(from).param(until).query(VolunteerHours::map).list();
	}

	int total(DigibankId digibank, StaffAccountId account, LocalDate from, LocalDate until) {
		return jdbc.sql(
				"select coalesce(sum(minutes), 0) from staff.volunteer_hours where digibank_id = ? and account_id = ? and worked_on >= ? and worked_on < ?")
				.param(digibank.value()).param(account.value()).param(from).param(until).query(Integer.class)
				.single();
	}

	Optional<Entry> find(DigibankId digibank, UUID id) {
		return jdbc.sql(SELECT + "where h.digibank_id = ? and h.id = ?").param(digibank.value()).param(id)
				.query(VolunteerHours::map).optional();
	}

	void delete(UUID id) {
		jdbc.sql("delete from staff.volunteer_hours where id = ?").param(id).update();
	}

	private static Entry map(ResultSet rs, int row) throws SQLException {
		return new Entry(rs.getObject(1, UUID.class), new DigibankId(rs.getObject(2, UUID.class)),
				new StaffAccountId(rs.getObject(3, UUID.class)), rs.getString(4), rs.getObject(5, UUID.class),
				rs.getObject(6, LocalDate.class), rs.getInt(7), rs.getString(8));
	}
}
