package be.digibank.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestClock;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.inventory.DeviceId;
import be.digibank.lending.LoanDesk.ReturnCommand;
import be.digibank.people.PersonId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The cheaper checkout and return (ADR 19) keep what they wrote before: both audit lines of a change (now one insert),
 * the device's "in this state since" (now set by the move's own update), and the policy a coordinator just saved (now
 * read from a cache).
 */
@DigibankTest
class LendingWorkPerChangeTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	LoanDesk desk;
	@Autowired
	LoanRepository loans;
	@Autowired
	TestClock clock;

	LoanFixtures fixtures;
	Tenant tenant;
	Actor staff;

	@BeforeEach
	void setUp() {
		fixtures = new LoanFixtures(jdbc);
		tenant = data.tenant();
		staff = tenant.actor(Role.STAFF);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void checkoutAndReturnAuditTheDeviceAndTheLoanAndDateTheDeviceState() {
		Instant lent = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(3));
		clock.stopAt(lent);
		DeviceId device = fixtures.device(tenant, "AVAILABLE");

		LoanId loan = desk.checkout(staff, LoanFixtures.toOrganisation(device, "Basisschool De Linde"));

		assertThat(auditLines(device, loan)).containsExactlyInAnyOrder("Device CHANGE " + lent, "Loan CREATE " + lent);
		assertThat(stateSince(device)).isEqualTo(lent);

		Instant back = lent.plus(Duration.ofDays(2));
		clock.stopAt(back);
		desk.registerReturn(staff, loan, new ReturnCommand(0, true, true, "A", "", 0, "", null));

		assertThat(fixtures.deviceState(device)).isEqualTo("RETURNED");
		assertThat(auditLines(device, loan)).containsExactlyInAnyOrder("Device CHANGE " + lent, "Loan CREATE " + lent, "Device CHANGE " + back,
				"Loan CHANGE " + back);
		assertThat(stateSince(device)).isEqualTo(back);
	}

	@Test
	void theReturnAnswersWithWhatItSettledAsSaved() {
		DeviceId device = fixtures.device(tenant, "AVAILABLE");
		LoanId loan = desk.checkout(staff, LoanFixtures.toOrganisation(device, "Basisschool De Linde"));

		LoanViews.Returned answered = desk.registerReturn(staff, loan, new ReturnCommand(0, true, true, "B", "", 0, "", null));

		LoanViews.LoanDetails read = desk.details(staff, loan, false);
		assertThat(answered).isEqualTo(new LoanViews.Returned(loan.value(), read.version(), read.loan().ending(), read.loan().endedOn(),
				read.conditionGrade(), read.refundedCents(), read.retainedCents(), fixtures.deviceState(device)));
		assertThat(answered.version()).isEqualTo(1);
		assertThat(answered.deviceState()).isEqualTo("RETURNED");
	}

	@Test
	void aLoanIsChangedWithoutReadingItsDrawnSignatureAndTheAgreementStillHasIt() {
		DeviceId device = fixtures.device(tenant, "AVAILABLE");
		String drawn = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
		LoanId loan = desk.checkout(staff, new LoanDesk.CheckoutCommand(device, null, "Basisschool De Linde", "Mevrouw Peeters", "+32470000000",
				null, null, 0, Loan.DepositMethod.NONE, "", "", "", false, java.util.Set.of(), "", drawn, false));

		Loan locked = loans.lock(tenant.digibank(), loan).orElseThrow();
		assertThat(locked.handover().signaturePng()).isNull();
		assertThat(locked.handover().signedOnScreen()).isTrue();
		assertThat(loans.findWithSignature(tenant.digibank(), loan).orElseThrow().handover().signaturePng()).isEqualTo(drawn);

		desk.registerReturn(staff, loan, new ReturnCommand(0, true, true, "A", "", 0, "", null));

		assertThat(desk.details(staff, loan, false).signedOnScreen()).isTrue();
		assertThat(jdbc.sql("select signature_png from lending.loan where id = ?").param(loan.value()).query(String.class).single())
				.isEqualTo(drawn);
	}

	@Test
	void aCheckoutRecordsWhoTheDeviceReachedOnceInTheSameStatementAsTheMove() {
		DeviceId device = fixtures.device(tenant, "AVAILABLE");
		PersonId person = fixtures.eligiblePerson(tenant);

		LoanId loan = desk.checkout(staff, LoanFixtures.toPerson(device, person, 2000, Loan.DepositMethod.CASH));

		assertThat(jdbc.sql("select person_id from inventory.device_person where loan_id = ? and device_id = ? and digibank_id = ?")
				.params(loan.value(), device.value(), tenant.digibank().value()).query(java.util.UUID.class).list()).containsExactly(person.value());
		assertThat(jdbc.sql("select count(*) from inventory.device_event where device_id = ? and to_state = 'ON_LOAN'").param(device.value())
				.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aStateChangedWithoutItsDateIsDatedByTheDatabase() {
		DeviceId device = fixtures.device(tenant, "AVAILABLE");
		jdbc.sql("update inventory.device set state_since = now() - interval '40 days' where id = ?").param(device.value()).update();

		jdbc.sql("update inventory.device set state = 'RESERVED' where id = ?").param(device.value()).update();

		assertThat(stateSince(device)).isAfter(Instant.now().minus(Duration.ofDays(1)));
	}

	@Test
	void aSavedPolicyIsUsedByTheNextCheckoutAtOnce() throws Exception {
		LoanId before = desk.checkout(staff, LoanFixtures.toOrganisation(fixtures.device(tenant, "AVAILABLE"), "Basisschool De Linde"));
		assertThat(dueInDays(before)).isEqualTo(90);

		mvc.perform(post("/loan-policies").with(TestData.as(tenant.coordinator())).with(csrf()).param("version", "0").param("category", "LAPTOP")
				.param("periodKind", "DAYS").param("periodDays", "14").param("maxExtensions", "0").param("extensionDays", "0").param("deposit", "0")
				.param("maxConcurrentLoans", "1").param("goalPlan", "NONE").param("dueSoonDays", "3").param("overdueSteps", "1:SMS"))
				.andExpect(status().is3xxRedirection());

		LoanId after = desk.checkout(staff, LoanFixtures.toOrganisation(fixtures.device(tenant, "AVAILABLE"), "Basisschool De Linde"));
		assertThat(dueInDays(after)).isEqualTo(14);
	}

	List<String> auditLines(DeviceId device, LoanId loan) {
		return jdbc.sql("select record_type, action, occurred_at from audit.audit_entry where record_id in (?, ?)").param(device.value().toString())
				.param(loan.value().toString())
				.query((rs, row) -> rs.getString("record_type") + " " + rs.getString("action") + " " + rs.getTimestamp("occurred_at").toInstant())
				.list();
	}

	Instant stateSince(DeviceId device) {
		return jdbc.sql("select state_since from inventory.device where id = ?").param(device.value()).query(Timestamp.class).single().toInstant();
	}

	long dueInDays(LoanId loan) {
		return jdbc.sql("select due_on - starts_on from lending.loan where id = ?").param(loan.value()).query(Integer.class).single();
	}
}
