package be.digibank.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.inventory.DeviceCategory;
import be.digibank.inventory.DeviceId;
import be.digibank.lending.LoanDesk.LossCommand;
import be.digibank.lending.LoanDesk.ReturnCommand;
import be.digibank.lending.LoanEnded.Ending;
import be.digibank.people.PersonId;
import be.digibank.shared.ConflictException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Every rule of checkout, return, loss, gift and blocks, against the real database. */
@DigibankTest
@RecordApplicationEvents
class LoanFlowTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	LoanDesk desk;
	@Autowired
	LoanPolicyRepository policies;
	@Autowired
	ApplicationEvents events;
	@Autowired
	org.springframework.context.ApplicationEventPublisher publisher;

	LoanFixtures fixtures;
	Tenant tenant;
	Actor staff;

	@BeforeEach
	void setUp() {
		fixtures = new LoanFixtures(jdbc);
		tenant = data.tenant();
		staff = tenant.actor(Role.STAFF);
	}

	@Test
	void aCheckoutLendsTheDeviceRecordsTheTimelineAuditsAndPublishesLoanStarted() {
		DeviceId device = fixtures.device(tenant, "AVAILABLE");
		PersonId person = fixtures.eligiblePerson(tenant);

		LoanId loan = desk.checkout(staff, LoanFixtures.toPerson(device, person, 2000, Loan.DepositMethod.CASH));

		assertThat(fixtures.deviceState(device)).isEqualTo("ON_LOAN");
		assertThat(fixtures.activeLoans(device)).isEqualTo(1);
		assertThat(events.stream(LoanStarted.class).filter(e -> e.loanId().equals(loan)))
				.singleElement().satisfies(e -> {
					assertThat(e.person()).isEqualTo(person);
					assertThat(e.dueOn()).isEqualTo(e.startsOn().plusDays(90));
				});
		assertThat(jdbc.sql("select summary from people.person_service where person_id = ?").param(person.value()).query(String.class).list())
				.singleElement().asString().contains("ThinkPad T480");
		assertThat(fixtures.auditSummaries(staff, "Loan")).anyMatch(s -> s.contains("due"));
		assertThat(jdbc.sql("select count(*) from inventory.device_event where device_id = ? and to_state = 'ON_LOAN'").param(device.value())
				.query(Integer.class).single()).isEqualTo(1);
		assertThat(desk.details(staff, loan, false).loan().depositHeld()).isTrue();
		assertThat(jdbc.sql("select person_id from inventory.device_person where loan_id = ?").param(loan.value()).query(java.util.UUID.class)
				.single()).as("the device bank knows whom the device reached").isEqualTo(person.value());
	}

	@Test
	void aDeviceThatIsNotAvailableOrUnknownIsRefusedWithAClearMessageAndNothingIsSaved() {
		PersonId person = fixtures.eligiblePerson(tenant);
		DeviceId inRepair = fixtures.device(tenant, "IN_REPAIR");
		assertThatThrownBy(() -> desk.checkout(staff, LoanFixtures.toPerson(inRepair, person, 2000, Loan.DepositMethod.CASH)))
				.isInstanceOfSatisfying(LoanRefused.class, refused -> {
					assertThat(refused.field()).isEqualTo("code");
					assertThat(refused.messageKey()).isEqualTo("lending.loan.device.notAvailable");
				});
		DeviceId otherDigibank = fixtures.device(data.tenant(), "AVAILABLE");
		assertThatThrownBy(() -> desk.checkout(staff, LoanFixtures.toPerson(otherDigibank, person, 2000, Loan.DepositMethod.CASH)))
				.isInstanceOfSatisfying(LoanRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo("lending.loan.device.unknown"));
		assertThat(fixtures.loans(inRepair) + fixtures.loans(otherDigibank)).isZero();
		assertThat(fixtures.deviceState(otherDigibank)).isEqualTo("AVAILABLE");
	}

	@Test
	void anExpiredProofNeedsAnOverrideWithAReasonByAnAllowedRole() {
		DeviceId device = fixtures.device(tenant, "AVAILABLE");
		PersonId expired = fixtures.person(tenant, "nl", "JOB_SEEKER", true);
		assertThatThrownBy(() -> desk.checkout(staff, LoanFixtures.toPerson(device, expired, 2000, Loan.DepositMethod.CASH)))
				.isInstanceOfSatisfying(LoanRefused.class, refused -> assertThat(refused.field()).isEqualTo("overrideReason"));
		LoanDesk.CheckoutCommand withReason = new LoanDesk.CheckoutCommand(device, expired, "", "", "", null, null, 2000, Loan.DepositMethod.CASH, "",
				"New proof is on its way", "", false, java.util.Set.of(), "", null, true);
		assertThatThrownBy(() -> desk.checkout(tenant.actor(Role.VOLUNTEER), withReason)).isInstanceOfSatisfying(LoanRefused.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("lending.loan.eligibility.overrideNotAllowed"));
		assertThat(fixtures.loans(device)).isZero();
		LoanId loan = desk.checkout(staff, withReason);
		assertThat(desk.details(staff, loan, false).overrideReason()).isEqualTo("New proof is on its way");
		assertThat(fixtures.auditSummaries(staff, "Loan")).anyMatch(s -> s.contains("eligibility overridden: New proof is on its way"));
	}

	@Test
	void negativeDepositsAndDueDatesInThePastAreRefusedNextToTheField() throws Exception {
		DeviceId device = fixtures.device(tenant, "AVAILABLE");
		PersonId person = fixtures.eligiblePerson(tenant);
		String negative = mvc.perform(post("/loans").with(TestData.as(staff)).with(csrf()).param("deviceId", device.toString())
				.param("personId", person.toString()).param("deposit", "-5").param("depositMethod", "CASH").param("signedOnPaper", "true"))
				.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(negative).contains("Een waarborg kan niet negatief zijn.").contains("id=\"deposit-error\"");
		String past = mvc.perform(post("/loans").with(TestData.as(staff)).with(csrf()).param("deviceId", device.toString())
				.param("personId", person.toString()).param("deposit", "20").param("depositMethod", "CASH").param("dueOn", "2020-01-01")
				.param("signedOnPaper", "true")).andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(past).contains("De datum om terug te brengen ligt in het verleden.");
		String unsigned = mvc.perform(post("/loans").with(TestData.as(staff)).with(csrf()).param("deviceId", device.toString())
				.param("personId", person.toString()).param("deposit", "20").param("depositMethod", "CASH"))
				.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(unsigned).contains("vink aan dat op papier getekend werd");
		assertThat(fixtures.loans(device)).isZero();
		assertThat(fixtures.deviceState(device)).isEqualTo("AVAILABLE");

		mvc.perform(get("/loans/new").with(TestData.as(staff)).param("code", "DB-NOPE")).andExpect(status().isNotFound());
		mvc.perform(post("/loans").with(TestData.as(staff)).with(csrf()).param("deviceId", device.toString()).param("personId", person.toString())
				.param("deposit", "20").param("depositMethod", "CASH").param("signedOnPaper", "true").param("explained", "WIFI"))
				.andExpect(status().is3xxRedirection());
		assertThat(fixtures.activeLoans(device)).isEqualTo(1);
	}

	@Test
	void aDeviceJustLentAtAnotherCounterIsShownOnTheFormWith409AndNothingIsSaved() throws Exception {
		DeviceId device = fixtures.device(tenant, "AVAILABLE");
		PersonId person = fixtures.eligiblePerson(tenant);
		// another counter's loan is in the table while the device still looks available
		jdbc.sql("""
				insert into lending.loan (id, digibank_id, device_id, asset_tag, category, device_label, borrower_name, organisation_name, starts_on,
				       due_on, deposit_method, signed_on_paper, lent_by, lent_by_name)
				values (?, ?, ?, 'DB-000001', 'LAPTOP', 'x', 'Other', 'Other', current_date, current_date + 30, 'NONE', true, ?, 'other')
				""").param(UUID.randomUUID()).param(tenant.digibank().value()).param(device.value()).param(staff.accountId().value()).update();
		String page = mvc.perform(post("/loans").with(TestData.as(staff)).with(csrf()).param("deviceId", device.toString())
				.param("personId", person.toString()).param("deposit", "20").param("depositMethod", "CASH").param("signedOnPaper", "true"))
				.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Dit toestel werd net aan een andere balie uitgeleend.").contains("id=\"code-error\"");
		assertThat(fixtures.loans(device)).isEqualTo(1);
		assertThat(fixtures.deviceState(device)).isEqualTo("AVAILABLE");
	}

	@Test
	void aReturnRefundsOrRetainsTheDepositWithAReasonAndSendsTheDeviceToSanitisation() {
		DeviceId device = fixtures.device(tenant, "AVAILABLE");
		LoanId loan = desk.checkout(staff, LoanFixtures.toPerson(device, fixtures.eligiblePerson(tenant), 2000, Loan.DepositMethod.CASH));
		int version = desk.details(staff, loan, false).version();
		assertThatThrownBy(() -> desk.registerReturn(staff, loan, new ReturnCommand(version, false, true, "C", "cracked hinge", 1200, "", null)))
				.isInstanceOfSatisfying(LoanRefused.class, refused -> assertThat(refused.field()).isEqualTo("retentionReason"));
		assertThat(fixtures.deviceState(device)).isEqualTo("ON_LOAN");

		desk.registerReturn(staff, loan,
				new ReturnCommand(version, false, true, "C", "cracked hinge", 1200, "hinge repair", new LoanDesk.IncidentCommand(
						LoanIncident.Kind.DAMAGE, "cracked hinge", LoanIncident.Decision.FLAT_RATE, 800, "repair costs")));

		var details = desk.details(staff, loan, false);
		assertThat(details.loan().ending()).isEqualTo("RETURNED");
		assertThat(details.refundedCents()).isEqualTo(1200);
		assertThat(details.retainedCents()).isEqualTo(800);
		assertThat(details.retentionReason()).isEqualTo("hinge repair");
		assertThat(details.incidents()).singleElement().satisfies(i -> {
			assertThat(i.amountCents()).isEqualTo(800);
			assertThat(i.status()).isEqualTo("OPEN");
		});
		assertThat(fixtures.deviceState(device)).isEqualTo("RETURNED");
		assertThat(jdbc.sql("select holder_cycle from inventory.device where id = ?").param(device.value()).query(Integer.class).single())
				.isEqualTo(2);
		assertThat(events.stream(LoanEnded.class).filter(e -> e.loanId().equals(loan))).singleElement()
				.satisfies(e -> assertThat(e.ending()).isEqualTo(Ending.RETURNED));

		DeviceId second = fixtures.device(tenant, "AVAILABLE");
		LoanId full = desk.checkout(staff, LoanFixtures.toOrganisation(second, "Basisschool De Linde"));
		desk.registerReturn(staff, full, new ReturnCommand(desk.details(staff, full, false).version(), true, true, "A", "", 0, "", null));
		assertThat(desk.details(staff, full, false).retainedCents()).isZero();
	}

	@Test
	void aLossWithAWaiverEndsTheLoanWithoutTheDeviceAndWritesItOff() {
		DeviceId device = fixtures.device(tenant, "AVAILABLE");
		LoanId loan = desk.checkout(staff, LoanFixtures.toPerson(device, fixtures.eligiblePerson(tenant), 2000, Loan.DepositMethod.CASH));
		int version = desk.details(staff, loan, false).version();
		assertThatThrownBy(() -> desk.registerLoss(staff, loan,
				new LossCommand(version, Ending.LOST, "left on the bus", LoanIncident.Decision.WAIVE, 0, "", 2000, "")))
				.isInstanceOfSatisfying(LoanRefused.class, refused -> assertThat(refused.field()).isEqualTo("incidentReason"));

		desk.registerLoss(staff, loan, new LossCommand(version, Ending.LOST, "left on the bus", LoanIncident.Decision.WAIVE, 0,
				"first loss, reported at once", 2000, ""));

		var details = desk.details(staff, loan, false);
		assertThat(details.loan().ending()).isEqualTo("LOST");
		assertThat(details.incidents()).singleElement().satisfies(i -> {
			assertThat(i.kind()).isEqualTo("LOSS");
			assertThat(i.decision()).isEqualTo("WAIVE");
			assertThat(i.amountCents()).isZero();
			assertThat(i.status()).isEqualTo("WAIVED");
		});
		assertThat(fixtures.deviceState(device)).isEqualTo("RETIRED");

		DeviceId stolen = fixtures.device(tenant, "AVAILABLE");
		LoanId theft = desk.checkout(staff, LoanFixtures.toPerson(stolen, fixtures.eligiblePerson(tenant), 2000, Loan.DepositMethod.CASH));
		desk.registerLoss(staff, theft, new LossCommand(desk.details(staff, theft, false).version(), Ending.STOLEN, "bag stolen",
				LoanIncident.Decision.REPLACEMENT_VALUE, 0, "", 0, "deposit towards the replacement"));
		assertThat(desk.details(staff, theft, false).incidents()).singleElement().satisfies(i -> assertThat(i.amountCents()).isEqualTo(25000));
	}

	@Test
	void aLoanBecomesAGiftOnlyWhenThePolicySaysSo() {
		DeviceId device = fixtures.device(tenant, "AVAILABLE");
		LoanId notAllowed = desk.checkout(staff, LoanFixtures.toPerson(device, fixtures.eligiblePerson(tenant), 2000, Loan.DepositMethod.CASH));
		assertThatThrownBy(() -> desk.convertToGift(staff, notAllowed, desk.details(staff, notAllowed, false).version()))
				.isInstanceOfSatisfying(LoanRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo("lending.loan.gift.notAllowed"));

		// through the save path as the policy page does, which the cached policies hear of (not behind its back in SQL)
		policies.save(tenant.digibank(),
				new LoanPolicy(null, DeviceCategory.LAPTOP, 30, null, 1, 14, 2000, Set.of("INCREASED_REIMBURSEMENT"), true, 1,
						LoanPolicy.GoalPlan.OPTIONAL, "", true, 2, LoanPolicy.ReminderStep.parse(LoanPolicy.DEFAULT_STEPS), 0),
				tenant.coordinator().accountId());
		DeviceId laptop = fixtures.device(tenant, "AVAILABLE");
		PersonId person = fixtures.eligiblePerson(tenant);
		LoanId loan = desk.checkout(staff, LoanFixtures.toPerson(laptop, person, 2000, Loan.DepositMethod.CASH));
		desk.convertToGift(staff, loan, desk.details(staff, loan, false).version());

		var details = desk.details(staff, loan, false);
		assertThat(details.loan().ending()).isEqualTo("GIFT");
		assertThat(details.refundedCents()).isEqualTo(2000);
		assertThat(fixtures.deviceState(laptop)).isEqualTo("GIVEN_AWAY");
		assertThat(jdbc.sql("select summary from people.person_service where person_id = ? order by occurred_at").param(person.value())
				.query(String.class).list()).anyMatch(s -> s.contains("geschonken"));
		assertThat(events.stream(LoanEnded.class).filter(e -> e.loanId().equals(loan))).singleElement()
				.satisfies(e -> assertThat(e.ending()).isEqualTo(Ending.GIFT));
	}

	@Test
	void aBlockedBorrowerIsRefusedWithTheMessageUntilACoordinatorLiftsTheBlock() throws Exception {
		PersonId person = fixtures.eligiblePerson(tenant);
		mvc.perform(
				post("/people/" + person + "/borrower-blocks").with(TestData.as(staff)).with(csrf()).param("message", "Eerst de oude laptop terug")
						.param("reason", "laptop 2025 not returned"))
				.andExpect(status().is3xxRedirection());
		DeviceId device = fixtures.device(tenant, "AVAILABLE");
		assertThatThrownBy(() -> desk.checkout(staff, LoanFixtures.toPerson(device, person, 2000, Loan.DepositMethod.CASH)))
				.isInstanceOfSatisfying(LoanRefused.class, refused -> {
					assertThat(refused.messageKey()).isEqualTo("lending.loan.blocked");
					assertThat(refused.arguments()).containsExactly("Eerst de oude laptop terug");
				});
		UUID block = jdbc.sql("select id from lending.borrower_block where person_id = ?").param(person.value()).query(UUID.class).single();
		mvc.perform(post("/borrower-blocks/" + block + "/lift").with(TestData.as(staff)).with(csrf()).param("liftReason", "returned"))
				.andExpect(status().isForbidden());
		mvc.perform(post("/borrower-blocks/" + block + "/lift").with(TestData.as(data.tenant().coordinator())).with(csrf()).param("liftReason", "x"))
				.andExpect(status().isNotFound());
		mvc.perform(post("/borrower-blocks/" + block + "/lift").with(TestData.as(tenant.coordinator())).with(csrf()).param("liftReason", "returned"))
				.andExpect(status().is3xxRedirection());
		assertThat(desk.checkout(staff, LoanFixtures.toPerson(device, person, 2000, Loan.DepositMethod.CASH))).isNotNull();
	}

	@Test
	void aPersonHoldsNoMoreLoansThanThePolicyAllowsAndExtensionsAreCounted() {
		PersonId person = fixtures.eligiblePerson(tenant);
		desk.checkout(staff, LoanFixtures.toPerson(fixtures.device(tenant, "AVAILABLE"), person, 2000, Loan.DepositMethod.CASH));
		LoanId second = desk.checkout(staff, LoanFixtures.toPerson(fixtures.device(tenant, "AVAILABLE"), person, 2000, Loan.DepositMethod.CASH));
		DeviceId third = fixtures.device(tenant, "AVAILABLE");
		assertThatThrownBy(() -> desk.checkout(staff, LoanFixtures.toPerson(third, person, 2000, Loan.DepositMethod.CASH)))
				.isInstanceOfSatisfying(LoanRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo("lending.loan.tooMany"));

		var before = desk.details(staff, second, false);
		desk.extend(staff, second, before.version());
		desk.extend(staff, second, before.version() + 1);
		var after = desk.details(staff, second, false);
		assertThat(after.loan().dueOn()).isEqualTo(before.loan().dueOn().plusDays(60));
		assertThat(events.stream(LoanExtended.class).filter(e -> e.loanId().equals(second))).hasSize(2);
		assertThatThrownBy(() -> desk.extend(staff, second, after.version())).isInstanceOfSatisfying(LoanRefused.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("lending.loan.extension.limit"));
		assertThatThrownBy(() -> desk.extend(staff, second, before.version())).isInstanceOf(ConflictException.class);
	}

	@Test
	void pagesShowTheLoanToItsOwnDigibankOnly() throws Exception {
		DeviceId device = fixtures.device(tenant, "AVAILABLE");
		PersonId person = fixtures.eligiblePerson(tenant);
		LoanId loan = desk.checkout(staff, LoanFixtures.toPerson(device, person, 2000, Loan.DepositMethod.CASH));
		String page = mvc.perform(get("/loans/" + loan).with(TestData.as(tenant.actor(Role.VOLUNTEER)))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		assertThat(page).contains(fixtures.serial(device));
		mvc.perform(get("/loans/" + loan).with(TestData.as(data.tenant().coordinator()))).andExpect(status().isNotFound());
		mvc.perform(get("/loans").with(TestData.as(staff))).andExpect(status().isOk());
		mvc.perform(get("/people/" + person + "/loans").with(TestData.as(staff))).andExpect(status().isOk());
		mvc.perform(get("/devices/" + device + "/loans").with(TestData.as(staff))).andExpect(status().isOk());
		mvc.perform(get("/loans/new").with(TestData.as(staff)).param("deviceId", device.toString()).param("personId", person.toString()))
				.andExpect(status().isOk());
		mvc.perform(get("/loans/return").with(TestData.as(staff)).param("code", fixtures.serial(device))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/loan-policies").with(TestData.as(staff))).andExpect(status().isOk());
		mvc.perform(get("/loan-policies/edit").with(TestData.as(tenant.coordinator())).param("category", "LAPTOP")).andExpect(status().isOk());
		mvc.perform(post("/loan-policies").with(TestData.as(tenant.coordinator())).with(csrf()).param("version", "0").param("category", "TABLET")
				.param("periodKind", "FIXED_DATE").param("dueDayMonth", "15-7").param("maxExtensions", "0").param("extensionDays", "0")
				.param("deposit", "0").param("maxConcurrentLoans", "1").param("goalPlan", "REQUIRED").param("dueSoonDays", "3")
				.param("overdueSteps", "1:SMS, 14:CALL").param("eligibilityRequired", "true")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/loan-policies").with(TestData.as(tenant.coordinator())).with(csrf()).param("version", "0").param("category", "TABLET")
				.param("periodKind", "DAYS").param("periodDays", "30").param("maxExtensions", "0").param("extensionDays", "0").param("deposit", "0")
				.param("maxConcurrentLoans", "1").param("goalPlan", "REQUIRED").param("dueSoonDays", "3").param("overdueSteps", "1:FAX"))
				.andExpect(status().isUnprocessableContent());
		assertThat(jdbc.sql("select due_month_day from lending.loan_policy where digibank_id = ? and category = 'TABLET'")
				.param(tenant.digibank().value()).query(String.class).single()).isEqualTo("07-15");
	}

	@Test
	void theReturnAndLossFormsShowRefusalsNextToTheFieldAndSaveNothing() throws Exception {
		DeviceId device = fixtures.device(tenant, "AVAILABLE");
		LoanId loan = desk.checkout(staff, LoanFixtures.toPerson(device, fixtures.eligiblePerson(tenant), 2000, Loan.DepositMethod.CASH));
		String retained = mvc.perform(post("/loans/" + loan + "/return").with(TestData.as(staff)).with(csrf()).param("version", "0")
				.param("conditionGrade", "B").param("refund", "5")).andExpect(status().isUnprocessableContent()).andReturn().getResponse()
				.getContentAsString();
		assertThat(retained).contains("id=\"retentionReason-error\"");
		String loss = mvc.perform(post("/loans/" + loan + "/loss").with(TestData.as(staff)).with(csrf()).param("version", "0").param("ending", "LOST")
				.param("decision", "FLAT_RATE").param("amount", "0").param("incidentReason", "cheap cable").param("lossRefund", "0")
				.param("lossRetentionReason", "towards the flat rate"))
				.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(loss).contains("id=\"amount-error\"");
		mvc.perform(post("/loans/" + loan + "/loss").with(TestData.as(tenant.actor(Role.VOLUNTEER))).with(csrf()).param("version", "0"))
				.andExpect(status().isForbidden());
		assertThat(fixtures.deviceState(device)).isEqualTo("ON_LOAN");
		mvc.perform(post("/loans/" + loan + "/return").with(TestData.as(tenant.actor(Role.VOLUNTEER))).with(csrf()).param("version", "0")
				.param("conditionGrade", "A").param("refund", "20").param("complete", "true").param("accessoriesBack", "true"))
				.andExpect(status().is3xxRedirection());
		assertThat(fixtures.deviceState(device)).isEqualTo("RETURNED");
		mvc.perform(post("/loans/" + loan + "/extension").with(TestData.as(staff)).with(csrf()).param("version", "1"))
				.andExpect(status().isUnprocessableContent());
	}

	@Test
	void aMergeMovesLoansAndBlocksToTheSurvivor() {
		PersonId merged = fixtures.eligiblePerson(tenant);
		PersonId survivor = fixtures.eligiblePerson(tenant);
		LoanId loan = desk.checkout(staff, LoanFixtures.toPerson(fixtures.device(tenant, "AVAILABLE"), merged, 2000, Loan.DepositMethod.CASH));
		desk.placeBlock(staff, merged, "Eerst langskomen", "missed appointments");
		publisher.publishEvent(new be.digibank.people.PersonsMerged(tenant.digibank(), survivor, merged));
		assertThat(desk.details(staff, loan, false).loan().personId()).isEqualTo(survivor.value());
		assertThat(desk.blocks(staff, survivor)).singleElement().satisfies(b -> assertThat(b.message()).isEqualTo("Eerst langskomen"));
		assertThat(desk.blocks(staff, merged)).isEmpty();
	}
}
