package be.digibank.lending;

import be.digibank.shared.DigibankId;
import be.digibank.shared.PersonRecords;
import be.digibank.shared.PersonRecords.Entry;
import be.digibank.shared.PersonRecords.Field;
import be.digibank.shared.PersonRecords.Section;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What lending holds about a person, for the subject-access export: loans (device, dates, deposit, extensions, goal
 * plan, signature, return), incidents and reminders of those loans, requests, offers, reservations and borrower blocks.
 */
@Component
class LendingPersonRecords implements PersonRecords {

	private final JdbcClient jdbc;
	private final MessageSource messages;

	LendingPersonRecords(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Section> recordsOf(DigibankId digibank, UUID person, Locale locale) {
		return List.of(new Section("lending.records.loans", 100, loans(digibank, person, locale)),
				new Section("lending.records.incidents", 110, incidents(digibank, person, locale)),
				new Section("lending.records.reminders", 120, reminders(digibank, person, locale)),
				new Section("lending.records.requests", 130, requests(digibank, person, locale)),
				new Section("lending.records.offers", 140, offers(digibank, person, locale)),
				new Section("lending.records.reservations", 150, reservations(digibank, person, locale)),
				new Section("lending.records.blocks", 160, blocks(digibank, person, locale)));
	}

	private List<Entry> loans(DigibankId digibank, UUID person, Locale locale) {
		return jdbc
				.sql("select " + LoanRepository.COLUMNS + " from lending.loan where digibank_id = ? and person_id = ? order by starts_on, created_at")
				.param(digibank.value()).param(person).query((rs, row) -> {
					String signature = rs.getBoolean("signed_on_screen")
							? "lending.loan.signedOnScreen"
							: rs.getBoolean("signed_on_paper") ? "lending.loan.signedOnPaper" : "lending.loan.signatureErased";
					String ending = rs.getString("ending");
					return Entry.of(Field.of("lending.records.device", rs.getString("device_label") + " (" + rs.getString("asset_tag") + ")"),
							Field.of("lending.records.category", t("deviceCategory." + rs.getString("category"), locale)),
							Field.date("lending.records.startsOn", date(rs, "starts_on"), locale),
							Field.date("lending.records.dueOn", date(rs, "due_on"), locale),
							Field.of("lending.records.extensions", rs.getInt("extensions")),
							Field.money("lending.records.deposit", rs.getLong("deposit_cents"), locale),
							Field.of("lending.records.depositMethod", t("lending.loan.depositMethod." + rs.getString("deposit_method"), locale)),
							Field.of("lending.records.depositWaiverReason", rs.getString("deposit_waiver_reason")),
							Field.money("lending.records.depositRefunded", cents(rs, "deposit_refunded_cents"), locale),
							Field.money("lending.records.depositRetained", cents(rs, "deposit_retained_cents"), locale),
							Field.of("lending.records.depositRetentionReason", rs.getString("deposit_retention_reason")),
							Field.of("lending.records.overrideReason", rs.getString("override_reason")),
							Field.of("lending.records.goalPlan", rs.getString("goal_plan")),
							Field.of("lending.records.accessories", rs.getString("accessories")),
							Field.of("lending.records.signature", t(signature, locale)),
							Field.of("lending.records.lentBy", rs.getString("lent_by_name")),
							Field.date("lending.records.endedOn", date(rs, "ended_on"), locale),
							Field.of("lending.records.ending", ending == null ? "" : t("lending.loan.ending." + ending, locale)),
							Field.of("lending.records.conditionGrade", rs.getString("condition_grade")),
							Field.of("lending.records.damageNotes", rs.getString("damage_notes")));
				}).list();
	}

	private List<Entry> incidents(DigibankId digibank, UUID person, Locale locale) {
		return jdbc.sql("""
				select i.*, l.asset_tag from lending.loan_incident i join lending.loan l on l.id = i.loan_id
				where l.digibank_id = ? and l.person_id = ? order by i.created_at
				""").param(digibank.value()).param(person)
				.query((rs, row) -> Entry.of(Field.moment("lending.records.when", instant(rs, "created_at"), locale),
						Field.of("lending.records.device", rs.getString("asset_tag")),
						Field.of("lending.records.incident", t("lending.incident.kind." + rs.getString("kind"), locale)),
						Field.of("lending.records.description", rs.getString("description")),
						Field.of("lending.records.decision", t("lending.incident.decision." + rs.getString("decision"), locale)),
						Field.money("lending.records.amount", rs.getLong("amount_cents"), locale),
						Field.of("lending.records.reason", rs.getString("reason")),
						Field.of("lending.records.status", t("lending.incident.status." + rs.getString("status"), locale))))
				.list();
	}

	private List<Entry> reminders(DigibankId digibank, UUID person, Locale locale) {
		return jdbc.sql("""
				select r.*, l.asset_tag from lending.loan_reminder r join lending.loan l on l.id = r.loan_id
				where l.digibank_id = ? and l.person_id = ? order by r.sent_at
				""").param(digibank.value()).param(person)
				.query((rs, row) -> Entry.of(Field.moment("lending.records.when", instant(rs, "sent_at"), locale),
						Field.of("lending.records.device", rs.getString("asset_tag")), Field.of("lending.records.step", rs.getString("step")),
						Field.of("lending.records.outcome", t("lending.reminder.outcome." + rs.getString("outcome"), locale))))
				.list();
	}

	private List<Entry> requests(DigibankId digibank, UUID person, Locale locale) {
		return jdbc.sql("select * from lending.request where digibank_id = ? and person_id = ? order by requested_at").param(digibank.value())
				.param(person)
				.query((rs, row) -> Entry.of(Field.moment("lending.records.requestedAt", instant(rs, "requested_at"), locale),
						Field.of("lending.records.category", t("deviceCategory." + rs.getString("category"), locale)),
						Field.of("lending.records.urgency", t("lending.queue.urgency." + rs.getString("urgency"), locale)),
						Field.of("lending.records.status", t("lending.queue.status." + rs.getString("status"), locale)),
						Field.of("lending.records.note", rs.getString("note")), Field.of("lending.records.reason", rs.getString("cancel_reason")),
						Field.moment("lending.records.closedAt", instant(rs, "closed_at"), locale)))
				.list();
	}

	private List<Entry> offers(DigibankId digibank, UUID person, Locale locale) {
		return jdbc.sql("select * from lending.offer where digibank_id = ? and person_id = ? order by offered_at").param(digibank.value())
				.param(person)
				.query((rs, row) -> Entry.of(Field.moment("lending.records.offeredAt", instant(rs, "offered_at"), locale),
						Field.of("lending.records.category", t("deviceCategory." + rs.getString("category"), locale)),
						Field.date("lending.records.heldUntil", date(rs, "held_until"), locale),
						Field.of("lending.records.status", t("lending.queue.offerStatus." + rs.getString("status"), locale)),
						Field.moment("lending.records.decidedAt", instant(rs, "decided_at"), locale)))
				.list();
	}

	private List<Entry> reservations(DigibankId digibank, UUID person, Locale locale) {
		return jdbc.sql("""
				select r.*, (select count(*) from lending.reserved_device d where d.reservation_id = r.id) as devices
				from lending.reservation r where r.digibank_id = ? and r.person_id = ? order by r.starts_on
				""").param(digibank.value()).param(person)
				.query((rs, row) -> Entry.of(Field.date("lending.records.startsOn", date(rs, "starts_on"), locale),
						Field.date("lending.records.endsOn", date(rs, "ends_on"), locale), Field.of("lending.records.devices", rs.getInt("devices")),
						Field.of("lending.records.status", t("lending.reservation.status." + rs.getString("status"), locale)),
						Field.of("lending.records.note", rs.getString("note")), Field.of("lending.records.reason", rs.getString("cancel_reason")),
						Field.moment("lending.records.bookedAt", instant(rs, "booked_at"), locale)))
				.list();
	}

	private List<Entry> blocks(DigibankId digibank, UUID person, Locale locale) {
		return jdbc.sql("select * from lending.borrower_block where digibank_id = ? and person_id = ? order by placed_at").param(digibank.value())
				.param(person)
				.query((rs, row) -> Entry.of(Field.moment("lending.records.placedAt", instant(rs, "placed_at"), locale),
						Field.of("lending.records.message", rs.getString("message")), Field.of("lending.records.reason", rs.getString("reason")),
						Field.moment("lending.records.liftedAt", instant(rs, "lifted_at"), locale),
						Field.of("lending.records.liftReason", rs.getString("lift_reason"))))
				.list();
	}

	private String t(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	private static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static @Nullable Long cents(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}
}
