package be.digibank.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestClock;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.inventory.DeviceBecameAvailable;
import be.digibank.inventory.DeviceCategory;
import be.digibank.inventory.DeviceId;
import be.digibank.people.PersonId;
import be.digibank.shared.ConflictException;
import be.digibank.shared.PersonNotice;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Offers against the real database: who gets a device, holds, expiry to the next person, one hold per device. */
@DigibankTest
@RecordApplicationEvents
class OfferFlowTest {

	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	RequestDesk requests;
	@Autowired
	OfferDesk offers;
	@Autowired
	OfferJob job;
	@Autowired
	TestClock clock;
	@Autowired
	ApplicationEventPublisher events;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	MockMvc mvc;
	@Autowired
	ApplicationEvents published;
	@Autowired
	be.digibank.notifications.Notifications notifications;

	Tenant tenant;
	QueueFixture fixture;
	Actor staff;

	@BeforeEach
	void tenant() {
		tenant = data.tenant();
		fixture = new QueueFixture(jdbc, tenant);
		staff = tenant.actor(Role.STAFF);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	RequestId ask(PersonId person, Request.Urgency urgency, int daysAgo) {
		RequestId id = requests.ask(staff, person, DeviceCategory.LAPTOP, null, urgency, "");
		fixture.requestedDaysAgo(id, daysAgo);
		return id;
	}

	void becameAvailable(DeviceId device) {
		transactions.executeWithoutResult(
				status -> events.publishEvent(new DeviceBecameAvailable(tenant.digibank(), device, DeviceCategory.LAPTOP, tenant.locationA())));
	}

	List<PersonNotice> notices(String template) {
		return published.stream(PersonNotice.class).filter(n -> n.template().equals(template)).toList();
	}

	@Test
	void aDeviceThatBecomesAvailableIsHeldForTheFirstEligiblePersonWhoIsNotified() {
		PersonId waitingLong = fixture.person("Anna", "UITPAS_REDUCED_RATE");
		PersonId urgent = fixture.person("Bert", "UITPAS_REDUCED_RATE");
		PersonId notEligible = fixture.person("Cas", null);
		ask(waitingLong, Request.Urgency.NORMAL, 30);
		RequestId urgentRequest = ask(urgent, Request.Urgency.URGENT, 1);
		ask(notEligible, Request.Urgency.URGENT, 60);
		DeviceId laptop = fixture.availableLaptop();

		becameAvailable(laptop);

		assertThat(fixture.requestStatus(urgentRequest)).isEqualTo("OFFERED");
		assertThat(fixture.holdsOf(laptop)).isEqualTo(1);
		PersonNotice notice = notices("lending.offer").stream().filter(n -> n.person().equals(urgent.value())).findFirst().orElseThrow();
		assertThat(notice.importance()).isEqualTo(PersonNotice.Importance.ESSENTIAL);
		assertThat(notice.reference()).startsWith("offer:");
		assertThat(notice.values()).containsEntry("deviceType", "Laptop").containsKeys("name", "location", "until");
		assertThat(notice.values().get("until")).isEqualTo(OfferDesk.NOTICE_DATE.format(requests.today().plusDays(3)));
		// the device is held: a second event or the safety net does not offer it again
		becameAvailable(laptop);
		job.run();
		assertThat(fixture.holdsOf(laptop)).isEqualTo(1);
	}

	@Test
	void anExpiredOfferGoesToTheNextPersonWhoHasNotHadIt() {
		PersonId first = fixture.person("Dirk", "JOB_SEEKER");
		PersonId second = fixture.person("Eva", "UITPAS_REDUCED_RATE");
		RequestId firstRequest = ask(first, Request.Urgency.NORMAL, 20);
		RequestId secondRequest = ask(second, Request.Urgency.NORMAL, 10);
		DeviceId laptop = fixture.availableLaptop();
		OfferId offer = offers.offerDevice(tenant.digibank(), laptop, null).orElseThrow();
		assertThat(fixture.requestStatus(firstRequest)).isEqualTo("OFFERED");

		clock.advance(Duration.ofDays(3));
		job.run();
		assertThat(fixture.requestStatus(firstRequest)).as("still held on the last day").isEqualTo("OFFERED");

		clock.advance(Duration.ofDays(1));
		job.run();
		assertThat(jdbc.sql("select status from lending.offer where id = ?").param(offer.value()).query(String.class).single()).isEqualTo("EXPIRED");
		assertThat(fixture.requestStatus(firstRequest)).as("keeps waiting for another device").isEqualTo("WAITING");
		assertThat(fixture.requestStatus(secondRequest)).isEqualTo("OFFERED");
		assertThat(fixture.holdsOf(laptop)).isEqualTo(1);
	}

	@Test
	void declinedOfferGoesToTheNextAndAcceptedOneStaysHeld() throws Exception {
		PersonId first = fixture.person("Fien", "UITPAS_REDUCED_RATE");
		PersonId second = fixture.person("Gust", "UITPAS_REDUCED_RATE");
		RequestId firstRequest = ask(first, Request.Urgency.NORMAL, 20);
		RequestId secondRequest = ask(second, Request.Urgency.NORMAL, 10);
		DeviceId laptop = fixture.availableLaptop();
		OfferId offer = offers.offerDevice(tenant.digibank(), laptop, null).orElseThrow();

		mvc.perform(post("/lending/offers/" + offer + "/decline").with(csrf()).with(TestData.as(staff))).andExpect(status().is3xxRedirection());
		assertThat(fixture.requestStatus(firstRequest)).isEqualTo("WAITING");
		assertThat(fixture.requestStatus(secondRequest)).isEqualTo("OFFERED");

		OfferId next = new OfferId(jdbc.sql("select id from lending.offer where request_id = ? and status = 'OPEN'").param(secondRequest.value())
				.query(java.util.UUID.class).single());
		mvc.perform(post("/lending/offers/" + next + "/accept").with(csrf()).with(TestData.as(staff))).andExpect(status().is3xxRedirection());
		assertThat(fixture.requestStatus(secondRequest)).isEqualTo("ACCEPTED");
		String page = mvc.perform(get("/lending/requests/" + secondRequest).with(TestData.as(staff))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		assertThat(page).contains("/loans/new?personId=" + second + "&amp;deviceId=" + laptop);
	}

	@Test
	void anAcceptedOfferTellsThePersonByTextMessageThatTheDeviceIsReadyAtTheCounter() throws Exception {
		// a Tuesday morning: outside the quiet hours, so the message leaves at once
		clock.stopAt(java.time.LocalDateTime.of(2026, 12, 1, 10, 0).atZone(WaitingList.BRUSSELS).toInstant());
		PersonId person = fixture.person("Hilde", "UITPAS_REDUCED_RATE");
		String phone = "+3247" + (1_000_000 + new java.util.Random().nextInt(8_999_999));
		jdbc.sql("update people.person set phone = ?, language = 'fr' where id = ?").param(phone).param(person.value()).update();
		ask(person, Request.Urgency.NORMAL, 5);
		DeviceId laptop = fixture.availableLaptop();
		OfferId offer = offers.offerDevice(tenant.digibank(), laptop, null).orElseThrow();
		assertThat(notices("lending.pickup-ready")).as("not before the person said yes").isEmpty();

		mvc.perform(post("/lending/offers/" + offer + "/accept").with(csrf()).with(TestData.as(staff))).andExpect(status().is3xxRedirection());

		assertThat(notices("lending.pickup-ready")).singleElement().satisfies(notice -> {
			assertThat(notice.person()).isEqualTo(person.value());
			assertThat(notice.reference()).isEqualTo("offer:" + offer + ":pickup-ready");
			assertThat(notice.values()).containsEntry("device", "Lenovo T480 (" + fixture.assetTag(laptop) + ")").containsEntry("until",
					LoanDesk.NOTICE_DATE.format(jdbc.sql("select held_until from lending.offer where id = ?").param(offer.value())
							.query(java.time.LocalDate.class).single()));
		});
		notifications.dispatchDue();
		List<String> texts = be.digibank.notifications.TestMessaging.sms().requestsWith(phone).stream()
				.map(be.digibank.notifications.TestMessaging.SmsRequest::body).toList();
		assertThat(texts).anySatisfy(text -> assertThat(text).contains("Bonjour Hilde Test, votre Lenovo T480 (" + fixture.assetTag(laptop)
				+ ") est prêt. Venez le chercher à Digipunt A", "\"reference\":\"offer:" + offer + ":pickup-ready\""));
	}

	@Test
	void manyParallelAttemptsToOfferOneDeviceHoldItOnce() throws Exception {
		DeviceId laptop = fixture.availableLaptop();
		List<RequestId> waiting = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			waiting.add(ask(fixture.person("Parallel" + i, "UITPAS_REDUCED_RATE"), Request.Urgency.NORMAL, i));
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(waiting.size());
		List<Future<Optional<OfferId>>> results = new ArrayList<>();
		for (RequestId request : waiting) {
			Callable<Optional<OfferId>> attempt = () -> {
				start.await();
				try {
					return Optional.of(offers.offerNow(staff, request, laptop));
				} catch (ConflictException | be.digibank.shared.FieldProblem refused) {
					return Optional.empty();
				}
			};
			results.add(pool.submit(attempt));
		}
		start.countDown();
		int made = 0;
		for (Future<Optional<OfferId>> result : results) {
			made += result.get().isPresent() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(made).isEqualTo(1);
		assertThat(fixture.holdsOf(laptop)).isEqualTo(1);
		assertThat(waiting.stream().filter(r -> fixture.requestStatus(r).equals("OFFERED")).count()).as("the losers keep waiting").isEqualTo(1);
	}

	@Test
	void theDatabaseRefusesASecondHoldOfTheSameDevice() {
		DeviceId laptop = fixture.availableLaptop();
		RequestId one = ask(fixture.person("Hanne", "UITPAS_REDUCED_RATE"), Request.Urgency.NORMAL, 2);
		RequestId two = ask(fixture.person("Ivo", "UITPAS_REDUCED_RATE"), Request.Urgency.NORMAL, 1);
		offers.offerNow(staff, one, laptop);
		jdbc.sql("update lending.request set status = 'OFFERED' where id = ?").param(two.value()).update();
		assertThatThrownBy(() -> jdbc.sql("insert into lending.offer (id, digibank_id, request_id, person_id, device_id, category, offered_at, "
				+ "held_until, status) select gen_random_uuid(), digibank_id, id, person_id, ?, 'LAPTOP', now(), current_date, 'OPEN' "
				+ "from lending.request where id = ?").param(laptop.value()).param(two.value()).update())
				.isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
	}

	@Test
	void offerNowRefusesPeopleWhoMayNotBorrowAndDevicesThatAreNotFree() throws Exception {
		RequestId notEligible = ask(fixture.person("Jef", null), Request.Urgency.NORMAL, 1);
		fixture.availableLaptop();
		assertThatThrownBy(() -> offers.offerNow(staff, notEligible, null)).isInstanceOf(ConflictException.class)
				.hasMessage("lending.queue.offer.notEligible");
		RequestId eligible = ask(fixture.person("Kato", "UITPAS_REDUCED_RATE"), Request.Urgency.NORMAL, 1);
		DeviceId retired = fixture.device(DeviceCategory.LAPTOP, tenant.locationA(), "RETIRED");
		mvc.perform(post("/lending/requests/" + eligible + "/offers").param("deviceId", retired.toString()).with(csrf()).with(TestData.as(staff)))
				.andExpect(status().isUnprocessableContent());
		assertThat(fixture.requestStatus(eligible)).isEqualTo("WAITING");
		mvc.perform(post("/lending/requests/" + eligible + "/offers").with(csrf()).with(TestData.as(staff))).andExpect(status().is3xxRedirection());
		assertThat(fixture.requestStatus(eligible)).isEqualTo("OFFERED");
	}

	@Test
	void cancellingARequestWithAnOfferPassesTheDeviceOn() {
		DeviceId laptop = fixture.availableLaptop();
		RequestId first = ask(fixture.person("Lien", "UITPAS_REDUCED_RATE"), Request.Urgency.NORMAL, 5);
		RequestId second = ask(fixture.person("Mo", "UITPAS_REDUCED_RATE"), Request.Urgency.NORMAL, 1);
		offers.offerDevice(tenant.digibank(), laptop, null).orElseThrow();
		int version = jdbc.sql("select version from lending.request where id = ?").param(first.value()).query(Integer.class).single();
		offers.cancel(staff, first, version, "found a laptop elsewhere");
		assertThat(fixture.requestStatus(first)).isEqualTo("CANCELLED");
		assertThat(fixture.requestStatus(second)).isEqualTo("OFFERED");
		assertThat(fixture.holdsOf(laptop)).isEqualTo(1);
	}
}
