package be.digibank.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestClock;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.inventory.DeviceId;
import be.digibank.people.PersonId;
import be.digibank.shared.NoticeChannel;
import be.digibank.shared.PersonNotice;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Due-soon and overdue reminders at simulated times: the right template, channels and reference, each sent once. */
@DigibankTest
@RecordApplicationEvents
class LoanRemindersTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	LoanDesk desk;
	@Autowired
	LoanReminders reminders;
	@Autowired
	TestClock clock;
	@Autowired
	ApplicationEvents events;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void remindersFollowThePolicysStepsOnceEachAndACallPutsTheLoanOnTheCallList() throws Exception {
		LoanFixtures fixtures = new LoanFixtures(jdbc);
		Tenant tenant = data.tenant();
		fixtures.giftPolicy(tenant);
		Actor staff = tenant.actor(Role.STAFF);
		DeviceId device = fixtures.device(tenant, "AVAILABLE");
		PersonId person = fixtures.eligiblePerson(tenant);
		LoanId loan = desk.checkout(staff, LoanFixtures.toPerson(device, person, 2000, Loan.DepositMethod.CASH));
		LocalDate due = desk.details(staff, loan, false).loan().dueOn();
		String prefix = "loan:" + loan + ":";

		at(due.minusDays(3));
		reminders.run();
		assertThat(notices(prefix)).isEmpty();

		at(due.minusDays(2));
		reminders.run();
		reminders.run();
		assertThat(notices(prefix)).singleElement().satisfies(notice -> {
			assertThat(notice.reference()).isEqualTo(prefix + "due-soon");
			assertThat(notice.template()).isEqualTo("lending.due-soon");
			assertThat(notice.person()).isEqualTo(person.value());
			assertThat(notice.values()).containsEntry("dueDate", due.format(DateTimeFormatter.ofPattern("d/M/yyyy"))).containsKey("location")
					.containsEntry("device", "Lenovo ThinkPad T480 (" + desk.details(staff, loan, false).loan().assetTag() + ")");
		});

		at(due.plusDays(1));
		reminders.run();
		at(due.plusDays(7));
		reminders.run();
		reminders.run();
		List<PersonNotice> overdue = notices(prefix).stream().filter(n -> n.template().equals("lending.overdue")).toList();
		assertThat(overdue).extracting(PersonNotice::reference).containsExactly(prefix + "overdue:1", prefix + "overdue:7");
		assertThat(overdue.get(0).channels()).containsExactly(NoticeChannel.SMS);
		assertThat(overdue.get(1).channels()).isEqualTo(Set.of(NoticeChannel.SMS, NoticeChannel.EMAIL));
		assertThat(overdue.get(1).values()).containsEntry("daysOverdue", "7");

		at(due.plusDays(14));
		reminders.run();
		assertThat(notices(prefix)).hasSize(3);
		assertThat(desk.details(staff, loan, false).loan().onCallList()).isTrue();
		String overview = mvc.perform(get("/loans").with(TestData.as(staff))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		assertThat(overview).contains("+32470123456");

		at(due.plusDays(30));
		reminders.run();
		assertThat(notices(prefix).getLast()).satisfies(letter -> {
			assertThat(letter.reference()).isEqualTo(prefix + "overdue:30");
			assertThat(letter.channels()).containsExactly(NoticeChannel.LETTER);
		});

		mvc.perform(post("/loans/" + loan + "/reminder").with(TestData.as(tenant.actor(Role.VOLUNTEER))).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(notices(prefix).getLast()).satisfies(manual -> {
			assertThat(manual.template()).isEqualTo("lending.manual-reminder");
			assertThat(manual.reference()).startsWith(prefix + "manual:");
		});
	}

	@Test
	void aLoanFirstSeenLongOverdueGetsOnlyTheLatestStep() {
		LoanFixtures fixtures = new LoanFixtures(jdbc);
		Tenant tenant = data.tenant();
		Actor staff = tenant.actor(Role.STAFF);
		LoanId loan = desk.checkout(staff, LoanFixtures.toPerson(fixtures.device(tenant, "AVAILABLE"), fixtures.eligiblePerson(tenant), 2000,
				Loan.DepositMethod.CASH));
		LocalDate due = desk.details(staff, loan, false).loan().dueOn();
		at(due.plusDays(8));
		reminders.run();
		String prefix = "loan:" + loan + ":";
		assertThat(notices(prefix)).extracting(PersonNotice::reference).containsExactly(prefix + "overdue:7");
		assertThat(jdbc.sql("select reference from lending.loan_reminder where loan_id = ? and outcome = 'SKIPPED'").param(loan.value())
				.query(String.class).list()).containsExactly(prefix + "overdue:1");
	}

	void at(LocalDate day) {
		clock.stopAt(day.atTime(LocalTime.of(10, 0)).atZone(LoanDesk.BRUSSELS).toInstant());
	}

	List<PersonNotice> notices(String prefix) {
		return events.stream(PersonNotice.class).filter(n -> n.reference().startsWith(prefix)).toList();
	}
}
