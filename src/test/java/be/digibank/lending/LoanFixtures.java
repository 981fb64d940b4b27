package be.digibank.lending;

import be.digibank.TestData.Tenant;
import be.digibank.inventory.DeviceId;
import be.digibank.people.PersonId;
import be.digibank.shared.security.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Devices, persons and policies for the lending tests, written straight to the other modules' tables. */
final class LoanFixtures {

	private final JdbcClient jdbc;

	LoanFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A laptop in the given state with a unique asset tag and serial; replacement value €250. */
	DeviceId device(Tenant tenant, String state) {
		return device(tenant, state, "LAPTOP");
	}

	DeviceId device(Tenant tenant, String state, String category) {
		UUID id = UUID.randomUUID();
		String tag = "DB-" + (100_000_000L + Math.abs(id.getMostSignificantBits() % 800_000_000L));
		jdbc.sql("insert into inventory.device (id, digibank_id, asset_tag, category, make, model, serial, triage, location_id, "
				+ "replacement_value_cents, state, state_before_repair) values (?, ?, ?, ?, 'Lenovo', 'ThinkPad T480', ?, 'REUSABLE', ?, 25000, ?, ?)")
				.param(id)
				.param(tenant.digibank().value()).param(tag).param(category).param(serial(id)).param(tenant.locationA().value()).param(state)
				.param(state.equals("IN_REPAIR") ? "AVAILABLE" : null).update();
		return new DeviceId(id);
	}

	static String serial(UUID device) {
		return "SN-" + device.toString().substring(0, 8).toUpperCase();
	}

	String serial(DeviceId device) {
		return jdbc.sql("select serial from inventory.device where id = ?").param(device.value()).query(String.class).single();
	}

	String deviceState(DeviceId device) {
		return jdbc.sql("select state from inventory.device where id = ?").param(device.value()).query(String.class).single();
	}

	/** A person with a valid proof (or an expired one, or none), a language and a phone number. */
	PersonId person(Tenant tenant, String language, String proof, boolean expired) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into people.person (id, digibank_id, first_name, last_name, postcode, language, phone, email) "
				+ "values (?, ?, 'Fatima', ?, '3700', ?, '+32470123456', 'fatima@example.org')").param(id).param(tenant.digibank().value())
				.param("Lener " + id.toString().substring(0, 6)).param(language).update();
		if (proof != null) {
			LocalDate until = expired ? LocalDate.now().minusDays(10) : LocalDate.now().plusYears(1);
			jdbc.sql("insert into people.eligibility_proof (id, digibank_id, person_id, type_code, seen_on, valid_until, checked_by) "
					+ "values (?, ?, ?, ?, ?, ?, ?)").param(UUID.randomUUID()).param(tenant.digibank().value()).param(id).param(proof)
					.param(LocalDate.now().minusYears(1)).param(until).param(tenant.coordinator().accountId().value()).update();
		}
		return new PersonId(id);
	}

	PersonId eligiblePerson(Tenant tenant) {
		return person(tenant, "nl", "JOB_SEEKER", false);
	}

	/**
	 * The laptop policy of the tenant: gift after the track, a €20 deposit, reminders 2 days before and the default steps.
	 */
	void giftPolicy(Tenant tenant) {
		jdbc.sql("""
				insert into lending.loan_policy (id, digibank_id, category, period_days, max_extensions, extension_days, deposit_cents,
				       waiver_proof_types, eligibility_required, max_concurrent_loans, goal_plan, condition_text, gift_after_track, due_soon_days,
				       overdue_steps)
				values (?, ?, 'LAPTOP', 30, 1, 14, 2000, 'INCREASED_REIMBURSEMENT', true, 1, 'OPTIONAL', '', true, 2,
				        '1:SMS, 7:SMS+EMAIL, 14:CALL, 30:LETTER')
				""").param(UUID.randomUUID()).param(tenant.digibank().value()).update();
	}

	static LoanDesk.CheckoutCommand toPerson(DeviceId device, PersonId person, long depositCents, Loan.DepositMethod method) {
		return new LoanDesk.CheckoutCommand(device, person, "", "", "", null, null, depositCents, method, "", "", "", false, Set.of("WIFI", "HELP"),
				"charger, bag", null, true);
	}

	static LoanDesk.CheckoutCommand toOrganisation(DeviceId device, String organisation) {
		return new LoanDesk.CheckoutCommand(device, null, organisation, "Mevrouw Peeters", "+32470000000", null, null, 0, Loan.DepositMethod.NONE, "",
				"", "", false, Set.of(), "", null, true);
	}

	int activeLoans(DeviceId device) {
		return jdbc.sql("select count(*) from lending.loan where device_id = ? and ended_at is null").param(device.value()).query(Integer.class)
				.single();
	}

	int loans(DeviceId device) {
		return jdbc.sql("select count(*) from lending.loan where device_id = ?").param(device.value()).query(Integer.class).single();
	}

	List<String> auditSummaries(Actor actor, String recordType) {
		return jdbc.sql("select summary from audit.audit_entry where digibank_id = ? and record_type = ? order by occurred_at")
				.param(actor.tenant().value()).param(recordType).query(String.class).list();
	}
}
