package be.digibank.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.digibank.inventory.DeviceCategory;
import be.digibank.inventory.DeviceId;
import be.digibank.lending.LoanEnded.Ending;
import be.digibank.people.PersonId;
import be.digibank.shared.DigibankId;
import be.digibank.shared.NoticeChannel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of a loan and a loan policy, without Spring. */
class LoanTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
	static final LoanPolicy POLICY = LoanPolicy.defaultFor(DeviceCategory.LAPTOP);

	static Loan loan(LoanPolicy policy, long deposit) {
		return Loan.start(DigibankId.random(),
				new Loan.LentDevice(DeviceId.random(), "DB-000042", DeviceCategory.LAPTOP, "Lenovo T480", "SN1", 25000),
				Loan.Borrower.person(PersonId.random(), "Fatima"), null, TODAY, policy.dueOn(TODAY),
				Loan.Deposit.received(deposit, deposit == 0 ? Loan.DepositMethod.NONE : Loan.DepositMethod.CASH, ""), "", "", handover(), policy,
				false,
				"staff");
	}

	static Loan.Handover handover() {
		return new Loan.Handover(Set.of("WIFI"), "charger", "", "", null, false, true, "nl");
	}

	@Test
	void aPolicyGivesADueDateInDaysOrTheNextFixedDay() {
		assertThat(POLICY.dueOn(TODAY)).isEqualTo(TODAY.plusDays(90));
		LoanPolicy schoolYear = new LoanPolicy(null, DeviceCategory.LAPTOP, null, MonthDay.of(7, 15), 0, 0, 0, Set.of(), true, 1,
				LoanPolicy.GoalPlan.NONE, "", false, 3, LoanPolicy.ReminderStep.parse(""), 0);
		assertThat(schoolYear.dueOn(TODAY)).isEqualTo(LocalDate.of(2027, 7, 15));
		assertThat(schoolYear.dueOn(LocalDate.of(2027, 3, 1))).isEqualTo(LocalDate.of(2027, 7, 15));
		assertThat(schoolYear.dueOn(LocalDate.of(2027, 7, 15))).isEqualTo(LocalDate.of(2028, 7, 15));
		assertThat(POLICY.depositFor("INCREASED_REIMBURSEMENT")).isZero();
		assertThat(POLICY.depositFor("JOB_SEEKER")).isEqualTo(2000);
		assertThat(POLICY.depositFor(null)).isEqualTo(2000);
	}

	@Test
	void reminderStepsAreReadAndRefusedWhenUnreadable() {
		var steps = LoanPolicy.ReminderStep.parse("14:CALL, 1:SMS, 7:SMS+EMAIL, 30:LETTER");
		assertThat(steps).extracting(LoanPolicy.ReminderStep::days).containsExactly(1, 7, 14, 30);
		assertThat(steps.get(1).channels()).isEqualTo(Set.of(NoticeChannel.SMS, NoticeChannel.EMAIL));
		assertThat(steps.get(2).call()).isTrue();
		assertThat(POLICY.stepsText()).isEqualTo(LoanPolicy.DEFAULT_STEPS);
		for (String bad : new String[]{"1:FAX", "0:SMS", "1:SMS, 1:EMAIL", "SMS", "1:CALL+SMS", "x:SMS"}) {
			assertThatThrownBy(() -> LoanPolicy.ReminderStep.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void aLoanNeedsADueDateNotInThePastASignatureAndTheConfirmedCondition() {
		LoanPolicy withCondition = new LoanPolicy(null, DeviceCategory.LAPTOP, 30, null, 0, 0, 0, Set.of(), true, 1, LoanPolicy.GoalPlan.REQUIRED,
				"enrolled in a training track", false, 3, LoanPolicy.ReminderStep.parse(""), 0);
		Loan.LentDevice device = new Loan.LentDevice(DeviceId.random(), "DB-000042", DeviceCategory.LAPTOP, "Lenovo", "", 0);
		Loan.Borrower borrower = Loan.Borrower.organisation("School", "Juf", "");
		Loan.Deposit none = Loan.Deposit.received(0, Loan.DepositMethod.NONE, "");
		assertThatThrownBy(() -> Loan.start(DigibankId.random(), device, borrower, null, TODAY, TODAY.minusDays(1), none, "", "", handover(),
				POLICY, false, "s")).isInstanceOfSatisfying(LoanRefused.class, r -> assertThat(r.field()).isEqualTo("dueOn"));
		assertThatThrownBy(() -> Loan.start(DigibankId.random(), device, borrower, null, TODAY, TODAY.plusDays(1),
				Loan.Deposit.received(-100, Loan.DepositMethod.CASH, ""), "", "", handover(), POLICY, false, "s"))
				.isInstanceOfSatisfying(LoanRefused.class, r -> assertThat(r.field()).isEqualTo("deposit"));
		assertThatThrownBy(() -> Loan.start(DigibankId.random(), device, borrower, null, TODAY, TODAY.plusDays(1),
				Loan.Deposit.received(2000, Loan.DepositMethod.WAIVED, " "), "", "", handover(), POLICY, false, "s"))
				.isInstanceOfSatisfying(LoanRefused.class, r -> assertThat(r.field()).isEqualTo("depositWaiverReason"));
		assertThatThrownBy(() -> Loan.start(DigibankId.random(), device, borrower, null, TODAY, TODAY.plusDays(1), none, "", "", handover(),
				withCondition, false, "s")).isInstanceOfSatisfying(LoanRefused.class, r -> assertThat(r.field()).isEqualTo("goalPlan"));
		Loan.Handover withPlan = new Loan.Handover(Set.of(), "", "learn to mail", "", null, false, true, "nl");
		assertThatThrownBy(() -> Loan.start(DigibankId.random(), device, borrower, null, TODAY, TODAY.plusDays(1), none, "", "", withPlan,
				withCondition, false, "s")).isInstanceOfSatisfying(LoanRefused.class, r -> assertThat(r.field()).isEqualTo("conditionConfirmed"));
		Loan.Handover unsigned = new Loan.Handover(Set.of(), "", "learn to mail", "", null, false, false, "nl");
		assertThatThrownBy(() -> Loan.start(DigibankId.random(), device, borrower, null, TODAY, TODAY.plusDays(1), none, "", "", unsigned,
				withCondition, true, "s")).isInstanceOfSatisfying(LoanRefused.class, r -> assertThat(r.field()).isEqualTo("signedOnPaper"));
		assertThat(Loan.start(DigibankId.random(), device, borrower, null, TODAY, TODAY.plusDays(1), none, "", "", withPlan, withCondition, true, "s")
				.active()).isTrue();
	}

	@Test
	void extensionsAreLimitedAndOverdueDaysCounted() {
		Loan loan = loan(POLICY, 2000);
		assertThat(loan.extend(POLICY)).isEqualTo(TODAY.plusDays(120));
		assertThat(loan.extend(POLICY)).isEqualTo(TODAY.plusDays(150));
		assertThatThrownBy(() -> loan.extend(POLICY)).isInstanceOf(LoanRefused.class);
		assertThat(loan.overdueDays(TODAY.plusDays(150))).isZero();
		assertThat(loan.overdueDays(TODAY.plusDays(157))).isEqualTo(7);
	}

	@Test
	void theDepositIsRefundedOrRetainedWithAReasonAndAnEndedLoanStaysEnded() {
		Loan loan = loan(POLICY, 2000);
		assertThatThrownBy(() -> loan.registerReturn(Instant.now(), TODAY, true, true, "A", "", 2500, "", "s")).isInstanceOf(LoanRefused.class);
		assertThatThrownBy(() -> loan.registerReturn(Instant.now(), TODAY, true, true, "A", "", 500, "", "s"))
				.isInstanceOfSatisfying(LoanRefused.class, r -> assertThat(r.field()).isEqualTo("retentionReason"));
		loan.registerReturn(Instant.now(), TODAY, true, false, "B", "", 500, "charger missing", "s");
		assertThat(loan.deposit().refundedCents()).isEqualTo(500);
		assertThat(loan.deposit().retainedCents()).isEqualTo(1500);
		assertThat(loan.ending()).isEqualTo(Ending.RETURNED);
		assertThat(loan.overdueDays(TODAY.plusYears(1))).isZero();
		assertThatThrownBy(() -> loan.extend(POLICY)).isInstanceOfSatisfying(LoanRefused.class,
				r -> assertThat(r.messageKey()).isEqualTo("lending.loan.ended"));
	}

	@Test
	void aGiftNeedsThePolicyAndAPersonAndRefundsTheDeposit() {
		Loan plain = loan(POLICY, 2000);
		assertThatThrownBy(() -> plain.convertToGift(Instant.now(), TODAY, "s")).isInstanceOf(LoanRefused.class);
		LoanPolicy gift = new LoanPolicy(null, DeviceCategory.LAPTOP, 30, null, 0, 0, 2000, Set.of(), true, 1, LoanPolicy.GoalPlan.OPTIONAL, "", true,
				3, LoanPolicy.ReminderStep.parse(""), 0);
		Loan loan = loan(gift, 2000);
		loan.convertToGift(Instant.now(), TODAY, "s");
		assertThat(loan.ending()).isEqualTo(Ending.GIFT);
		assertThat(loan.deposit().refundedCents()).isEqualTo(2000);
	}

	@Test
	void incidentDecisionsNeedReasonsAndFollowUpEndsWhenClosed() {
		LoanId loan = LoanId.random();
		assertThat(LoanIncident.decide(loan, LoanIncident.Kind.LOSS, "", LoanIncident.Decision.REPLACEMENT_VALUE, 0, 25000, "", "s", Instant.now())
				.amountCents()).isEqualTo(25000);
		assertThatThrownBy(
				() -> LoanIncident.decide(loan, LoanIncident.Kind.LOSS, "", LoanIncident.Decision.WAIVE, 0, 25000, " ", "s", Instant.now()))
				.isInstanceOf(LoanRefused.class);
		assertThatThrownBy(() -> LoanIncident.decide(loan, LoanIncident.Kind.DAMAGE, "", LoanIncident.Decision.FLAT_RATE, 0, 25000, "why", "s",
				Instant.now())).isInstanceOf(LoanRefused.class);
		LoanIncident waived = LoanIncident.decide(loan, LoanIncident.Kind.THEFT, "", LoanIncident.Decision.WAIVE, 0, 25000, "police report", "s",
				Instant.now());
		assertThat(waived.status()).isEqualTo(LoanIncident.Status.WAIVED);
		LoanIncident closed = waived.follow(LoanIncident.Status.CLOSED);
		assertThatThrownBy(() -> closed.follow(LoanIncident.Status.OPEN)).isInstanceOf(LoanRefused.class);
	}
}
