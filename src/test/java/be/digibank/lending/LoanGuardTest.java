package be.digibank.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.inventory.DeviceCategory;
import be.digibank.inventory.DeviceId;
import be.digibank.people.PersonId;
import be.digibank.people.PersonsMerged;
import be.digibank.shared.ConflictException;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The loan events, published here as checkout and extension publish them (inside their transaction): a held or booked
 * device is refused to others, its holder gets it, an extension is refused while someone waits. Also: merges.
 */
@DigibankTest
class LoanGuardTest {

	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	RequestDesk requests;
	@Autowired
	OfferDesk offers;
	@Autowired
	ReservationDesk reservations;
	@Autowired
	ApplicationEventPublisher events;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	LoanDesk loans;
	@Autowired
	org.springframework.context.MessageSource messages;

	Tenant tenant;
	QueueFixture fixture;
	Actor staff;
	LocalDate today;

	@BeforeEach
	void tenant() {
		tenant = data.tenant();
		fixture = new QueueFixture(jdbc, tenant);
		staff = tenant.actor(Role.STAFF);
		today = requests.today();
	}

	/** A checkout's transaction: a marker row written before the event shows whether the whole transaction was undone. */
	void checkout(DeviceId device, PersonId person, LocalDate dueOn) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("update inventory.device set model = 'lent' where id = ?").param(device.value()).update();
			events.publishEvent(new LoanStarted(tenant.digibank(), LoanId.random(), device, DeviceCategory.LAPTOP, person, today, dueOn));
		});
	}

	String model(DeviceId device) {
		return jdbc.sql("select model from inventory.device where id = ?").param(device.value()).query(String.class).single();
	}

	@Test
	void aHeldDeviceGoesOnlyToItsHolderWhoseRequestIsThenFulfilled() {
		PersonId holder = fixture.person("Olga", "UITPAS_REDUCED_RATE");
		PersonId other = fixture.person("Piet", "UITPAS_REDUCED_RATE");
		RequestId request = requests.ask(staff, holder, DeviceCategory.LAPTOP, null, Request.Urgency.NORMAL, "");
		DeviceId laptop = fixture.availableLaptop();
		OfferId offer = offers.offerDevice(tenant.digibank(), laptop, null).orElseThrow();

		assertThatThrownBy(() -> checkout(laptop, other, today.plusWeeks(6))).isInstanceOf(ConflictException.class)
				.hasMessage("lending.queue.loan.heldForOther");
		assertThat(model(laptop)).as("the checkout was undone").isEqualTo("T480");

		checkout(laptop, holder, today.plusWeeks(6));
		assertThat(model(laptop)).isEqualTo("lent");
		assertThat(fixture.requestStatus(request)).isEqualTo("FULFILLED");
		assertThat(jdbc.sql("select status from lending.offer where id = ?").param(offer.value()).query(String.class).single())
				.isEqualTo("FULFILLED");
	}

	@Test
	void aBookedDeviceIsRefusedToOthersOnlyWhenTheLoanOverlapsTheBooking() {
		PersonId booker = fixture.person("Quinten", "UITPAS_REDUCED_RATE");
		PersonId other = fixture.person("Rosa", "UITPAS_REDUCED_RATE");
		DeviceId laptop = fixture.availableLaptop();
		reservations.book(staff, new ReservationDesk.Booking(booker, "", "", tenant.locationA(), today.plusDays(20), today.plusDays(25), List.of(),
				List.of(laptop), ""));

		assertThatThrownBy(() -> checkout(laptop, other, today.plusDays(20))).isInstanceOf(ConflictException.class)
				.hasMessage("lending.reservation.loan.bookedForOther");
		assertThat(model(laptop)).isEqualTo("T480");
		checkout(laptop, booker, today.plusDays(22));
		assertThat(model(laptop)).isEqualTo("lent");
		jdbc.sql("update inventory.device set model = 'T480' where id = ?").param(laptop.value()).update();
		checkout(laptop, other, today.plusDays(19));
		assertThat(model(laptop)).as("a loan that ends before the booking passes").isEqualTo("lent");
	}

	@Test
	void aClassSetLoanRespectsAnotherOrganisationsBookingAndNothingIsWritten() {
		DeviceId laptop = fixture.availableLaptop();
		reservations.book(staff, new ReservationDesk.Booking(null, "Basisschool De Linde", "Juf Ann", tenant.locationA(), today.plusDays(10),
				today.plusDays(12), List.of(), List.of(laptop), "workshop"));

		assertThatThrownBy(() -> loans.checkout(staff, LoanFixtures.toOrganisation(laptop, "Jeugdhuis Den Tap")))
				.isInstanceOf(ConflictException.class).hasMessage("lending.reservation.loan.bookedForOtherOrganisation");
		assertThat(messages.getMessage("lending.reservation.loan.bookedForOtherOrganisation", null, java.util.Locale.forLanguageTag("nl")))
				.contains("andere organisatie");
		assertThat(new LoanFixtures(jdbc).loans(laptop)).as("nothing half-done").isZero();
		assertThat(jdbc.sql("select state from inventory.device where id = ?").param(laptop.value()).query(String.class).single())
				.isEqualTo("AVAILABLE");
		assertThat(jdbc.sql("select count(*) from audit.audit_entry where record_type = 'Loan' and summary like ?")
				.param(fixture.assetTag(laptop) + "%").query(Long.class).single()).isZero();

		// a person borrowing is refused too, with the message for a booking of someone else
		PersonId person = fixture.person("Wout", "UITPAS_REDUCED_RATE");
		assertThatThrownBy(() -> checkout(laptop, person, today.plusDays(11))).isInstanceOf(ConflictException.class)
				.hasMessage("lending.reservation.loan.bookedForOther");

		// the organisation that booked gets its class set, however the counter types its name
		LoanId lent = loans.checkout(staff, LoanFixtures.toOrganisation(laptop, "  basisschool de LINDE "));
		assertThat(loans.activeLoanOf(staff, laptop)).contains(lent);
	}

	@Test
	void aClassSetLoanThatEndsBeforeAnotherOrganisationsBookingPasses() {
		DeviceId laptop = fixture.availableLaptop();
		reservations.book(staff, new ReservationDesk.Booking(null, "Basisschool De Linde", "Juf Ann", tenant.locationA(), today.plusDays(10),
				today.plusDays(12), List.of(), List.of(laptop), ""));
		LoanDesk.CheckoutCommand shortLoan = LoanFixtures.toOrganisation(laptop, "Jeugdhuis Den Tap");
		LoanDesk.CheckoutCommand beforeTheBooking = new LoanDesk.CheckoutCommand(shortLoan.device(), null, shortLoan.organisationName(),
				shortLoan.organisationContact(), shortLoan.organisationPhone(), null, today.plusDays(9), 0, Loan.DepositMethod.NONE, "", "", "",
				false,
				java.util.Set.of(), "", null, true);
		assertThat(loans.checkout(staff, beforeTheBooking)).isNotNull();
	}

	@Test
	void anExtensionIsRefusedWhileSomeoneWaitsForThatKindOfDevice() {
		DeviceId lent = fixture.device(DeviceCategory.TABLET, tenant.locationA(), "AVAILABLE");
		Runnable extend = () -> transactions.executeWithoutResult(
				status -> events.publishEvent(new LoanExtended(tenant.digibank(), LoanId.random(), lent, DeviceCategory.TABLET, today.plusWeeks(8))));
		extend.run();
		RequestId waiting = requests.ask(staff, fixture.person("Sam", "UITPAS_REDUCED_RATE"), DeviceCategory.TABLET, null, Request.Urgency.NORMAL,
				"");
		assertThatThrownBy(extend::run).isInstanceOf(ConflictException.class).hasMessage("lending.queue.loan.someoneWaiting.TABLET");
		int version = jdbc.sql("select version from lending.request where id = ?").param(waiting.value()).query(Integer.class).single();
		offers.cancel(staff, waiting, version, "no longer needed");
		extend.run();
	}

	@Test
	void aMergeMovesRequestsOffersAndReservationsToTheSurvivorAndKeepsOneRequestPerKind() {
		PersonId survivor = fixture.person("Tine", "UITPAS_REDUCED_RATE");
		PersonId merged = fixture.person("Tina", "UITPAS_REDUCED_RATE");
		RequestId kept = requests.ask(staff, survivor, DeviceCategory.LAPTOP, null, Request.Urgency.NORMAL, "");
		RequestId duplicate = requests.ask(staff, merged, DeviceCategory.LAPTOP, null, Request.Urgency.URGENT, "");
		RequestId moved = requests.ask(staff, merged, DeviceCategory.MIFI, null, Request.Urgency.NORMAL, "");
		DeviceId laptop = fixture.availableLaptop();
		reservations.book(staff, new ReservationDesk.Booking(merged, "", "", tenant.locationA(), today.plusDays(30), today.plusDays(31), List.of(),
				List.of(laptop), ""));

		transactions.executeWithoutResult(status -> events.publishEvent(new PersonsMerged(tenant.digibank(), survivor, merged)));

		assertThat(fixture.requestStatus(kept)).isEqualTo("WAITING");
		assertThat(fixture.requestStatus(duplicate)).isEqualTo("CANCELLED");
		assertThat(jdbc.sql("select person_id from lending.request where id = ?").param(moved.value()).query(UUID.class).single())
				.isEqualTo(survivor.value());
		assertThat(jdbc.sql("select count(*) from lending.reservation where person_id = ?").param(survivor.value()).query(Long.class).single())
				.isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from lending.request where person_id = ?").param(merged.value()).query(Long.class).single()).isZero();
	}
}
