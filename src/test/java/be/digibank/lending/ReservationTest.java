package be.digibank.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.inventory.DeviceCategory;
import be.digibank.inventory.DeviceId;
import be.digibank.lending.ReservationViews.DayAvailability;
import be.digibank.people.PersonId;
import be.digibank.shared.PersonNotice;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Reservations against the real database: PostgreSQL keeps the periods of one device apart, whatever the timing. */
@DigibankTest
@RecordApplicationEvents
class ReservationTest {

	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	ReservationDesk reservations;
	@Autowired
	MockMvc mvc;
	@Autowired
	ApplicationEvents published;

	Tenant tenant;
	QueueFixture fixture;
	Actor trainer;
	LocalDate today;

	@BeforeEach
	void tenant() {
		tenant = data.tenant();
		fixture = new QueueFixture(jdbc, tenant);
		trainer = tenant.actor(Role.TRAINER);
		today = reservations.today();
	}

	ReservationDesk.Booking classSet(String school, LocalDate from, LocalDate to, List<DeviceId> devices) {
		return new ReservationDesk.Booking(null, school, "juf Ann 0470 00 00 00", tenant.locationA(), from, to, List.of(), devices, "");
	}

	@Test
	void parallelBookingsOfOverlappingPeriodsNeverOverlapExactlyOneWinsTheOthersAreToldWhichDevice() throws Exception {
		DeviceId laptop = fixture.availableLaptop();
		String tag = fixture.assetTag(laptop);
		int attempts = 16;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		List<Future<String>> results = new ArrayList<>();
		for (int i = 0; i < attempts; i++) {
			LocalDate from = today.plusDays(10 + i % 4);
			Callable<String> attempt = () -> {
				start.await();
				try {
					reservations.book(trainer, classSet("School", from, from.plusDays(5), List.of(laptop)));
					return "booked";
				} catch (ReservationConflict conflict) {
					return conflict.device();
				}
			};
			results.add(pool.submit(attempt));
		}
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> result : results) {
			outcomes.add(result.get());
		}
		pool.shutdown();
		assertThat(outcomes.stream().filter("booked"::equals).count()).isEqualTo(1);
		assertThat(outcomes.stream().filter(o -> !o.equals("booked"))).hasSize(attempts - 1).allSatisfy(device -> assertThat(device).contains(tag));
		assertThat(jdbc.sql("""
				select count(*) from lending.reserved_device a join lending.reserved_device b
				  on a.device_id = b.device_id and a.reservation_id < b.reservation_id
				 and daterange(a.starts_on, a.ends_on, '[]') && daterange(b.starts_on, b.ends_on, '[]')
				 where a.device_id = ? and not a.cancelled and not b.cancelled
				""").param(laptop.value()).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from lending.reservation where digibank_id = ?").param(tenant.digibank().value()).query(Long.class)
				.single()).as("nothing half-saved").isEqualTo(1);
	}

	@Test
	void adjacentPeriodsBothSucceedAndACancelledBookingFreesThePeriod() {
		DeviceId laptop = fixture.availableLaptop();
		reservations.book(trainer, classSet("A", today.plusDays(10), today.plusDays(12), List.of(laptop)));
		reservations.book(trainer, classSet("B", today.plusDays(13), today.plusDays(14), List.of(laptop)));
		assertThatThrownBy(() -> reservations.book(trainer, classSet("C", today.plusDays(14), today.plusDays(20), List.of(laptop))))
				.isInstanceOf(ReservationConflict.class);
		ReservationId b = new ReservationId(jdbc.sql("select id from lending.reservation where organisation_name = 'B' and digibank_id = ?")
				.param(tenant.digibank().value()).query(java.util.UUID.class).single());
		reservations.cancel(trainer, b, 0, "workshop moved");
		reservations.book(trainer, classSet("C", today.plusDays(14), today.plusDays(20), List.of(laptop)));
	}

	@Test
	void aPersonsBookingIsConfirmedAndTheCalendarCountsIt() {
		PersonId person = fixture.person("Nora", "UITPAS_REDUCED_RATE");
		DeviceId one = fixture.availableLaptop();
		fixture.availableLaptop();
		String tag = fixture.assetTag(one);
		reservations.book(trainer, new ReservationDesk.Booking(person, "", "", tenant.locationA(), today.plusDays(2), today.plusDays(3),
				List.of(tag.toLowerCase()), List.of(), ""));
		PersonNotice notice = published.stream(PersonNotice.class).filter(n -> n.template().equals("lending.reservation-confirmed")).findFirst()
				.orElseThrow();
		assertThat(notice.person()).isEqualTo(person.value());
		assertThat(notice.values()).containsEntry("from", OfferDesk.NOTICE_DATE.format(today.plusDays(2))).containsKeys("name", "devices", "to",
				"location");
		assertThat(notice.values().get("devices")).contains(tag);
		List<DayAvailability> days = reservations.availability(trainer, DeviceCategory.LAPTOP, tenant.locationA());
		assertThat(days).hasSize(28);
		assertThat(days.get(0)).isEqualTo(new DayAvailability(today, 2, 0, 2));
		assertThat(days.get(2)).isEqualTo(new DayAvailability(today.plusDays(2), 2, 1, 1));
		assertThat(days.get(4).free()).isEqualTo(2);
	}

	@Test
	void classSetsBookedLateAreWarnedOrRefusedPerSetting() {
		DeviceId laptop = fixture.availableLaptop();
		assertThat(reservations.book(trainer, classSet("Late", today.plusDays(2), today.plusDays(2), List.of(laptop))).lateClassSet()).isTrue();
		jdbc.sql("insert into lending.queue_setting (digibank_id, class_set_notice_refused) values (?, true)").param(tenant.digibank().value())
				.update();
		assertThatThrownBy(() -> reservations.book(trainer, classSet("Later", today.plusDays(4), today.plusDays(4), List.of(laptop))))
				.isInstanceOf(ReservationRefused.class).hasMessageContaining("lending.reservation.classSet.tooLate");
		assertThat(reservations.book(trainer, classSet("In time", today.plusDays(8), today.plusDays(9), List.of(laptop))).lateClassSet()).isFalse();
	}

	@Test
	void badInputIsRefusedWith422NextToTheFieldKeepingTheValuesAndSavingNothing() throws Exception {
		DeviceId laptop = fixture.availableLaptop();
		String tag = fixture.assetTag(laptop);
		String past = mvc.perform(post("/lending/reservations").with(csrf()).with(TestData.as(trainer)).param("bookFor", "ORGANISATION")
				.param("organisationName", "Basisschool De Linde").param("contact", "juf Ann")
				.param("pickupLocationId", tenant.locationA().toString())
				.param("startsOn", today.minusDays(1).toString()).param("endsOn", today.minusDays(3).toString()).param("codes", tag))
				.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(past).contains("De periode kan niet in het verleden beginnen.").contains("Basisschool De Linde").contains(tag)
				.contains("id=\"startsOn-error\"");
		String unknown = mvc.perform(post("/lending/reservations").with(csrf()).with(TestData.as(trainer)).param("bookFor", "ORGANISATION")
				.param("organisationName", "Basisschool De Linde").param("contact", "juf Ann")
				.param("pickupLocationId", tenant.locationA().toString())
				.param("startsOn", today.plusDays(10).toString()).param("endsOn", today.plusDays(11).toString()).param("codes", tag + "\nDB-NOPE"))
				.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(unknown).contains("Geen toestel met de code DB-NOPE.").contains("DB-NOPE");
		assertThat(jdbc.sql("select count(*) from lending.reservation where digibank_id = ?").param(tenant.digibank().value()).query(Long.class)
				.single()).isZero();
	}

	@Test
	void theApiBooksAndAnswers409NamingTheDeviceOnOverlap() throws Exception {
		DeviceId laptop = fixture.availableLaptop();
		String tag = fixture.assetTag(laptop);
		String body = """
				{"bookFor": "ORGANISATION", "organisationName": "CVO", "contact": "Jan", "pickupLocationId": "%s",
				 "startsOn": "%s", "endsOn": "%s", "codes": "%s"}
				""".formatted(tenant.locationA(), today.plusDays(20), today.plusDays(22), tag);
		mvc.perform(post("/api/v1/reservations").with(csrf()).with(TestData.as(tenant.coordinator())).contentType(MediaType.APPLICATION_JSON)
				.content(body)).andExpect(status().isCreated()).andExpect(jsonPath("$.devices[0]").value(org.hamcrest.Matchers.containsString(tag)));
		mvc.perform(post("/api/v1/reservations").with(csrf()).with(TestData.as(tenant.coordinator())).contentType(MediaType.APPLICATION_JSON)
				.content(body)).andExpect(status().isConflict()).andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString(tag)));
		mvc.perform(post("/api/v1/reservations").with(csrf()).with(TestData.as(tenant.coordinator())).contentType(MediaType.APPLICATION_JSON)
				.content(body.replace(today.plusDays(20).toString(), today.minusDays(2).toString()))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors.startsOn").exists());
		mvc.perform(get("/api/v1/reservations").with(TestData.as(tenant.coordinator()))).andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(1));
		String calendar = mvc.perform(get("/lending/availability").param("category", "LAPTOP").with(TestData.as(trainer))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(calendar).contains("table-wrap").contains("<th scope=\"row\">");
	}
}
