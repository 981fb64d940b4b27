package be.digibank.lending;

import be.digibank.inventory.DeviceCategory;
import be.digibank.inventory.DeviceId;
import be.digibank.lending.LoanEnded.Ending;
import be.digibank.lending.LoanViews.BlockRow;
import be.digibank.lending.LoanViews.IncidentRow;
import be.digibank.lending.LoanViews.LoanRow;
import be.digibank.lending.LoanViews.ReminderRow;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Loans, their incidents and reminders, and borrower blocks: always within one digibank. */
@Repository
class LoanRepository {

	private final JdbcClient jdbc;

	LoanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Saves a new loan; a second active loan of the same device is refused by the database (SQLState 23505). */
	void insert(Loan loan, Actor actor) {
		Loan.LentDevice d = loan.device();
		Loan.Borrower b = loan.borrower();
		Loan.Deposit deposit = loan.deposit();
		Loan.Handover h = loan.handover();
		jdbc.sql("""
				insert into lending.loan (id, digibank_id, device_id, asset_tag, category, device_label, serial, replacement_value_cents, person_id,
				       organisation_name, organisation_contact, organisation_phone, borrower_name, location_id, starts_on, due_on, deposit_cents,
				       deposit_method, deposit_waiver_reason, eligibility_reason, override_reason, goal_plan, condition_text, explained, accessories,
				       signature_png, signed_on_paper, language, gift_after_track, lent_by, lent_by_name)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").param(loan.id().value()).param(loan.digibankId().value()).param(d.id().value()).param(d.assetTag()).param(d.category().name())
				.param(d.label()).param(d.serial()).param(d.replacementValueCents()).param(b.person() == null ? null : b.person().value())
				.param(b.organisationName()).param(b.organisationContact()).param(b.organisationPhone()).param(b.displayName())
				.param(loan.locationId() == null ? null : loan.locationId().value()).param(loan.startsOn()).param(loan.dueOn())
				.param(deposit.cents()).param(deposit.method().name()).param(deposit.waiverReason()).param(loan.eligibilityReason())
				.param(loan.overrideReason()).param(h.goalPlan()).param(h.conditionText())
				.param(String.join(",", h.explained().stream().sorted().toList()))
				.param(h.accessories()).param(h.signaturePng()).param(h.signedOnPaper()).param(h.language()).param(loan.giftAfterTrack())
				.param(actor.accountId().value()).param(actor.displayName()).update();
	}

	/** Saves what changed since the loan was loaded; someone else's change in between is a conflict. */
	void update(Loan loan) {
		Loan.Deposit deposit = loan.deposit();
		int changed = jdbc.sql("""
				update lending.loan set due_on = ?, extensions = ?, deposit_refunded_cents = ?, deposit_retained_cents = ?,
				       deposit_retention_reason = ?, ended_at = ?, ended_on = ?, ending = ?, returned_complete = ?, accessories_back = ?,
				       condition_grade = ?, damage_notes = ?, ended_by_name = ?, on_call_list = ?, version = version + 1
				 where id = ? and digibank_id = ? and version = ?
				""").param(loan.dueOn()).param(loan.extensions()).param(deposit.refundedCents()).param(deposit.retainedCents())
				.param(deposit.retentionReason()).param(loan.endedAt() == null ? null : Timestamp.from(loan.endedAt())).param(loan.endedOn())
				.param(loan.ending() == null ? null : loan.ending().name()).param(loan.returnedComplete()).param(loan.accessoriesBack())
				.param(loan.conditionGrade()).param(loan.damageNotes()).param(loan.endedByName()).param(loan.onCallList())
				.param(loan.id().value()).param(loan.digibankId().value()).param(loan.version()).update();
		if (changed != 1) {
			throw new ConflictException("error.409.concurrent");
		}
	}

	/**
	 * The loan's columns for the aggregate without the drawn signature, which can be 400 kB and is only shown on the
	 * agreement: a return, an extension or a reminder run does not read it.
	 */
	static final String COLUMNS = """
			id, digibank_id, device_id, asset_tag, category, device_label, serial, replacement_value_cents, person_id, organisation_name,
			organisation_contact, organisation_phone, borrower_name, location_id, starts_on, due_on, extensions, deposit_cents, deposit_method,
			deposit_waiver_reason, deposit_refunded_cents, deposit_retained_cents, deposit_retention_reason, eligibility_reason, override_reason,
			goal_plan, condition_text, explained, accessories, signature_png is not null as signed_on_screen, signed_on_paper, language,
			gift_after_track, lent_by_name, ended_at, ended_on, ending, returned_complete, accessories_back, condition_grade, damage_notes,
			ended_by_name, on_call_list, version""";

	Optional<Loan> find(DigibankId digibank, LoanId id) {
		return jdbc.sql("select " + COLUMNS + " from lending.loan where digibank_id = ? and id = ?").param(digibank.value()).param(id.value())
				.query(LoanRepository::map).optional();
	}

	/** The loan with its drawn signature, for the agreement. */
	Optional<Loan> findWithSignature(DigibankId digibank, LoanId id) {
		return jdbc.sql("select " + COLUMNS + ", signature_png from lending.loan where digibank_id = ? and id = ?").param(digibank.value())
				.param(id.value()).query((rs, row) -> map(rs, rs.getString("signature_png"))).optional();
	}

	/** Locks the loan, so that two changes of it are made one after the other. */
	Optional<Loan> lock(DigibankId digibank, LoanId id) {
		return jdbc.sql("select " + COLUMNS + " from lending.loan where digibank_id = ? and id = ? for update").param(digibank.value())
				.param(id.value()).query(LoanRepository::map).optional();
	}

	Optional<LoanId> activeLoanOf(DigibankId digibank, DeviceId device) {
		return jdbc.sql("select id from lending.loan where digibank_id = ? and device_id = ? and ended_at is null").param(digibank.value())
				.param(device.value()).query(UUID.class).optional().map(LoanId::new);
	}

	/**
	 * The person's active loans, counted after taking a lock for the person (held until the transaction ends), so that two
	 * counters lending to the same person at once count one after the other.
	 */
	int lockAndCountActiveLoans(DigibankId digibank, PersonId person) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('lending.person'), hashtext(?))").param(person.toString()).query(Object.class).list();
		return jdbc.sql("select count(*) from lending.loan where digibank_id = ? and person_id = ? and ended_at is null").param(digibank.value())
				.param(person.value()).query(Integer.class).single();
	}

	private static final String ROW = "select l.*, (select count(*) from lending.loan_incident i where i.loan_id = l.id) as incidents "
			+ "from lending.loan l where l.digibank_id = ?";

	/** Loans filtered by allow-listed criteria only, newest first. */
	List<LoanRow> rows(DigibankId digibank, LoanFilter filter, LocalDate today, Map<UUID, String> locationNames) {
		StringBuilder sql = new StringBuilder(ROW);
		List<Object> params = new java.util.ArrayList<>();
		params.add(digibank.value());
		if (filter.activeOnly()) {
			sql.append(" and l.ended_at is null");
		}
		if (filter.person() != null) {
			sql.append(" and l.person_id = ?");
			params.add(filter.person().value());
		}
		if (filter.device() != null) {
			sql.append(" and l.device_id = ?");
			params.add(filter.device().value());
		}
		if (filter.location() != null) {
			sql.append(" and l.location_id = ?");
			params.add(filter.location().value());
		}
		if (filter.dueBefore() != null) {
			sql.append(" and l.due_on <= ?");
			params.add(filter.dueBefore());
		}
		sql.append(filter.activeOnly() ? " order by l.due_on, l.asset_tag" : " order by l.starts_on desc, l.created_at desc");
		sql.append(" limit ").append(filter.limit());
		return jdbc.sql(sql.toString()).params(params).query((rs, row) -> row(rs, today, locationNames)).list();
	}

	/** Loans that may need a reminder today, in every digibank. */
	List<Loan> activeWithPersonDueBefore(LocalDate limit) {
		return jdbc.sql("select " + COLUMNS + " from lending.loan where ended_at is null and person_id is not null and due_on <= ? "
				+ "order by digibank_id, due_on")
				.param(limit).query(LoanRepository::map).list();
	}

	/** Filters of the loan lists; any may be left out. */
	record LoanFilter(boolean activeOnly, @Nullable PersonId person, @Nullable DeviceId device, @Nullable LocationId location,
			@Nullable LocalDate dueBefore, int limit) {

		static LoanFilter active(@Nullable LocationId location) {
			return new LoanFilter(true, null, null, location, null, 1000);
		}
	}

	static LoanRow row(ResultSet rs, LocalDate today, Map<UUID, String> locationNames) throws SQLException {
		UUID location = rs.getObject("location_id", UUID.class);
		LocalDate due = rs.getObject("due_on", LocalDate.class);
		String ending = rs.getString("ending");
		long overdue = ending == null && today.isAfter(due) ? java.time.temporal.ChronoUnit.DAYS.between(due, today) : 0;
		long deposit = rs.getLong("deposit_cents");
		rs.getLong("deposit_refunded_cents");
		boolean held = deposit > 0 && rs.wasNull();
		return new LoanRow(rs.getObject("id", UUID.class), rs.getObject("device_id", UUID.class), rs.getString("asset_tag"), rs.getString("category"),
				rs.getString("device_label"), rs.getObject("person_id", UUID.class), rs.getString("borrower_name"),
				!rs.getString("organisation_name").isEmpty(), location, location == null ? "" : locationNames.getOrDefault(location, ""),
				rs.getObject("starts_on", LocalDate.class), due, overdue, rs.getInt("extensions"), deposit, held, ending,
				rs.getObject("ended_on", LocalDate.class), rs.getBoolean("on_call_list"),
				rs.getString("organisation_phone"));
	}

	static Loan map(ResultSet rs, int row) throws SQLException {
		return map(rs, null);
	}

	private static Loan map(ResultSet rs, @Nullable String signaturePng) throws SQLException {
		UUID person = rs.getObject("person_id", UUID.class);
		String organisation = rs.getString("organisation_name");
		Loan.Borrower borrower = new Loan.Borrower(person == null ? null : new PersonId(person), organisation, rs.getString("organisation_contact"),
				rs.getString("organisation_phone"), rs.getString("borrower_name"));
		long refunded = rs.getLong("deposit_refunded_cents");
		Long refundedCents = rs.wasNull() ? null : refunded;
		long retained = rs.getLong("deposit_retained_cents");
		Long retainedCents = rs.wasNull() ? null : retained;
		Loan.Deposit deposit = new Loan.Deposit(rs.getLong("deposit_cents"), Loan.DepositMethod.valueOf(rs.getString("deposit_method")),
				rs.getString("deposit_waiver_reason"), refundedCents, retainedCents, rs.getString("deposit_retention_reason"));
		Set<String> explained = Arrays.stream(rs.getString("explained").split(",")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
		Loan.Handover handover = new Loan.Handover(explained, rs.getString("accessories"), rs.getString("goal_plan"), rs.getString("condition_text"),
				signaturePng, rs.getBoolean("signed_on_screen"), rs.getBoolean("signed_on_paper"), rs.getString("language"));
		UUID location = rs.getObject("location_id", UUID.class);
		Timestamp endedAt = rs.getTimestamp("ended_at");
		String ending = rs.getString("ending");
		boolean complete = rs.getBoolean("returned_complete");
		Boolean returnedComplete = rs.wasNull() ? null : complete;
		boolean back = rs.getBoolean("accessories_back");
		Boolean accessoriesBack = rs.wasNull() ? null : back;
		return new Loan(new LoanId(rs.getObject("id", UUID.class)), new DigibankId(rs.getObject("digibank_id", UUID.class)),
				new Loan.LentDevice(new DeviceId(rs.getObject("device_id", UUID.class)), rs.getString("asset_tag"),
						DeviceCategory.valueOf(rs.getString("category")), rs.getString("device_label"), rs.getString("serial"),
						rs.getLong("replacement_value_cents")),
				borrower, location == null ? null : new LocationId(location), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("due_on", LocalDate.class), rs.getInt("extensions"), deposit, rs.getString("eligibility_reason"),
				rs.getString("override_reason"), handover, rs.getBoolean("gift_after_track"), rs.getString("lent_by_name"),
				endedAt == null ? null : endedAt.toInstant(), rs.getObject("ended_on", LocalDate.class),
				ending == null ? null : Ending.valueOf(ending),
				returnedComplete, accessoriesBack, rs.getString("condition_grade"), rs.getString("damage_notes"), rs.getString("ended_by_name"),
				rs.getBoolean("on_call_list"), rs.getInt("version"));
	}

	// incidents

	void insertIncident(DigibankId digibank, LoanIncident incident) {
		jdbc.sql("""
				insert into lending.loan_incident (id, digibank_id, loan_id, kind, description, decision, amount_cents, reason, status, decided_by,
				       created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").param(incident.id()).param(digibank.value()).param(incident.loanId().value()).param(incident.kind().name())
				.param(incident.description()).param(incident.decision().name()).param(incident.amountCents()).param(incident.reason())
				.param(incident.status().name()).param(incident.decidedBy()).param(Timestamp.from(incident.createdAt())).update();
	}

	Optional<LoanIncident> incident(DigibankId digibank, UUID id) {
		return jdbc.sql("select * from lending.loan_incident where digibank_id = ? and id = ?").param(digibank.value()).param(id)
				.query((rs, row) -> new LoanIncident(rs.getObject("id", UUID.class), new LoanId(rs.getObject("loan_id", UUID.class)),
						LoanIncident.Kind.valueOf(rs.getString("kind")), rs.getString("description"),
						LoanIncident.Decision.valueOf(rs.getString("decision")), rs.getLong("amount_cents"), rs.getString("reason"),
						LoanIncident.Status.valueOf(rs.getString("status")), rs.getString("decided_by"), rs.getTimestamp("created_at").toInstant(),
						rs.getInt("version")))
				.optional();
	}

	void updateIncidentStatus(DigibankId digibank, LoanIncident incident) {
		int changed = jdbc.sql("update lending.loan_incident set status = ?, version = version + 1 where id = ? and digibank_id = ? and version = ?")
				.param(incident.status().name()).param(incident.id()).param(digibank.value()).param(incident.version()).update();
		if (changed != 1) {
			throw new ConflictException("error.409.concurrent");
		}
	}

	List<IncidentRow> incidents(DigibankId digibank, @Nullable LoanId loan, boolean openOnly, @Nullable LocationId location) {
		String sql = "select i.*, l.asset_tag, l.borrower_name from lending.loan_incident i join lending.loan l on l.id = i.loan_id "
				+ "where i.digibank_id = ?" + (loan == null ? "" : " and i.loan_id = ?") + (openOnly ? " and i.status = 'OPEN'" : "")
				+ (location == null ? "" : " and l.location_id = ?") + " order by i.created_at";
		List<Object> params = new java.util.ArrayList<>(List.of(digibank.value()));
		if (loan != null) {
			params.add(loan.value());
		}
		if (location != null) {
			params.add(location.value());
		}
		return jdbc.sql(sql).params(params)
				.query((rs, row) -> new IncidentRow(rs.getObject("id", UUID.class), rs.getObject("loan_id", UUID.class), rs.getString("asset_tag"),
						rs.getString("borrower_name"), rs.getString("kind"), rs.getString("description"), rs.getString("decision"),
						rs.getLong("amount_cents"), rs.getString("reason"), rs.getString("status"), rs.getString("decided_by"),
						rs.getTimestamp("created_at").toInstant(), rs.getInt("version")))
				.list();
	}

	// borrower blocks

	void insertBlock(DigibankId digibank, BorrowerBlock block, Actor actor) {
		jdbc.sql("insert into lending.borrower_block (id, digibank_id, person_id, message, reason, placed_by, placed_by_name, placed_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?)").param(block.id()).param(digibank.value()).param(block.person().value()).param(block.message())
				.param(block.reason()).param(actor.accountId().value()).param(block.placedByName()).param(Timestamp.from(block.placedAt())).update();
	}

	/** Lifts an active block; false when there is no such active block. */
	boolean liftBlock(DigibankId digibank, UUID block, String byName, String reason, Instant at) {
		return jdbc.sql("update lending.borrower_block set lifted_at = ?, lifted_by_name = ?, lift_reason = ? "
				+ "where id = ? and digibank_id = ? and lifted_at is null").param(Timestamp.from(at)).param(byName).param(reason).param(block)
				.param(digibank.value()).update() == 1;
	}

	Optional<UUID> blockedPersonOf(DigibankId digibank, UUID block) {
		return jdbc.sql("select person_id from lending.borrower_block where id = ? and digibank_id = ?").param(block).param(digibank.value())
				.query(UUID.class).optional();
	}

	List<BlockRow> blocks(DigibankId digibank, PersonId person, boolean activeOnly) {
		return jdbc.sql("select * from lending.borrower_block where digibank_id = ? and person_id = ?" + (activeOnly ? " and lifted_at is null" : "")
				+ " order by placed_at desc").param(digibank.value()).param(person.value())
				.query((rs, row) -> new BlockRow(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("message"),
						rs.getString("reason"), rs.getString("placed_by_name"), rs.getTimestamp("placed_at").toInstant(),
						rs.getTimestamp("lifted_at") == null ? null : rs.getTimestamp("lifted_at").toInstant(), rs.getString("lifted_by_name"),
						rs.getString("lift_reason")))
				.list();
	}

	// reminders

	/** Records a reminder step once; false when the reference was recorded before (nothing is sent twice). */
	boolean recordReminder(DigibankId digibank, LoanId loan, String reference, String step, String channels, String outcome, Instant at,
			String byName) {
		return jdbc.sql("""
				insert into lending.loan_reminder (reference, digibank_id, loan_id, step, channels, outcome, sent_at, sent_by_name)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (reference) do nothing
				""").param(reference).param(digibank.value()).param(loan.value()).param(step).param(channels).param(outcome)
				.param(Timestamp.from(at)).param(byName).update() == 1;
	}

	List<ReminderRow> reminders(DigibankId digibank, LoanId loan) {
		return jdbc.sql("select * from lending.loan_reminder where digibank_id = ? and loan_id = ? order by sent_at").param(digibank.value())
				.param(loan.value()).query((rs, row) -> new ReminderRow(rs.getString("reference"), rs.getString("step"), rs.getString("channels"),
						rs.getString("outcome"), rs.getTimestamp("sent_at").toInstant(), rs.getString("sent_by_name")))
				.list();
	}

	boolean tryReminderLock() {
		return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(hashtext('lending.reminders'))").query(Boolean.class).single());
	}

	// merges
}
