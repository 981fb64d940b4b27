package be.digibank.lending;

import be.digibank.inventory.DeviceLending;
import be.digibank.inventory.DeviceLending.LendableDevice;
import be.digibank.network.LocationSummary;
import be.digibank.network.Network;
import be.digibank.people.PeopleRegister;
import be.digibank.people.PersonSummary;
import be.digibank.shared.DigibankId;
import be.digibank.shared.StaffAccountId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import be.digibank.staff.StaffDirectory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: lending in full swing. Loan rules for laptops and tablets, six running loans (one ten days overdue
 * and on the call list, one due this week), an ended loan with a damage settled at a flat rate, a person waiting for a
 * laptop and a class set of tablets booked for next week's workshop. Borrowers are found through {@link PeopleRegister}
 * by phone number, devices through {@link DeviceLending} by their demo serial, and every device goes out on loan
 * through inventory's own lifecycle. Written once per database.
 */
@Component
@ConditionalOnBooleanProperty("digibank.demo.enabled")
@Order(30)
class LendingDemoData implements ApplicationRunner {

	static final String MAIN_DIGIBANK = "DIGbij";
	static final String STEPS = "1:SMS, 7:SMS+EMAIL, 10:CALL, 30:LETTER";
	static final String WAIVER_TYPES = "INCREASED_REIMBURSEMENT,SOCIAL_INTEGRATION_INCOME,UITPAS_REDUCED_RATE";

	/**
	 * A running or ended loan: the borrower's phone, the device's demo serial, when it started and how many days it runs.
	 */
	record DemoLoan(String phone, String serial, String location, int startedDaysAgo, int days, boolean waived, String language) {
	}

	static final List<DemoLoan> RUNNING = List.of(new DemoLoan("+32470100103", "DEMO-ST-01", "3700", 100, 90, true, "fr"),
			new DemoLoan("+32470100104", "DEMO-ST-02", "3840", 87, 90, true, "nl"),
			new DemoLoan("+32470100130", "DEMO-ST-03", "3700", 25, 90, true, "nl"),
			new DemoLoan("+32470100113", "DEMO-ST-04", "3870", 40, 90, false, "nl"),
			new DemoLoan("+32470100106", "DEMO-ST-06", "3700", 14, 90, true, "en"),
			new DemoLoan("+32470100109", "DEMO-ST-07", "3700", 60, 90, true, "nl"));

	private static final Logger log = LoggerFactory.getLogger(LendingDemoData.class);

	private final Network network;
	private final StaffDirectory staff;
	private final PeopleRegister people;
	private final DeviceLending devices;
	private final JdbcClient jdbc;
	private final Clock clock;

	LendingDemoData(Network network, StaffDirectory staff, PeopleRegister people, DeviceLending devices, JdbcClient jdbc, Clock clock) {
		this.network = network;
		this.staff = staff;
		this.people = people;
		this.devices = devices;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		network.digibankNamed(MAIN_DIGIBANK).ifPresent(digbij -> {
			boolean seeded = jdbc.sql("select exists (select 1 from lending.loan_policy where digibank_id = ?)").param(digbij.id().value())
					.query(Boolean.class).single();
			if (!seeded) {
				seed(digbij.id());
				log.info("Demo: loans, a waiting request and a reservation in {}", MAIN_DIGIBANK);
			}
		});
	}

	private void seed(DigibankId digbij) {
		StaffAccountId staffer = staff.accountWithEmail("staff@digbij.example").orElseThrow();
		Actor actor = new Actor(staffer, staff.displayName(staffer).orElse(""), Role.STAFF, digbij, null, 0);
		List<LocationSummary> locations = network.locations(digbij);
		LocalDate today = LocalDate.now(clock);
		for (String category : List.of("LAPTOP", "TABLET")) {
			jdbc.sql("""
					insert into lending.loan_policy (id, digibank_id, category, period_days, max_extensions, extension_days, deposit_cents,
					                                 waiver_proof_types, eligibility_required, max_concurrent_loans, goal_plan, condition_text,
					                                 due_soon_days, overdue_steps, changed_by)
					values (?, ?, ?, 90, 2, 30, 2000, ?, true, 1, 'OPTIONAL', ?, 7, ?, ?)
					""").params(UUID.randomUUID(), digbij.value(), category, WAIVER_TYPES,
					"Je volgt minstens één opleiding of begeleidingsmoment tijdens de uitleenperiode.", STEPS, staffer.value()).update();
		}

		for (DemoLoan demo : RUNNING) {
			lend(actor, demo, locations, today);
		}
		UUID overdue = loanOf(digbij, "DEMO-ST-01");
		for (String step : List.of("overdue:1", "overdue:7")) {
			reminder(digbij, overdue, step, step.endsWith(":1") ? "SMS" : "EMAIL,SMS", "SENT", today.minusDays(step.endsWith(":1") ? 9 : 3));
		}
		reminder(digbij, overdue, "overdue:10", "CALL", "CALL_LIST", today);
		jdbc.sql("update lending.loan set on_call_list = true where id = ?").param(overdue).update();
		reminder(digbij, loanOf(digbij, "DEMO-ST-02"), "due-soon", "SMS", "SENT", today.minusDays(1));

		// An ended loan: returned with a cracked screen corner, settled at the flat damage rate.
		UUID ended = lend(actor, new DemoLoan("+32470100118", "DEMO-ST-05", "3840", 120, 90, true, "nl"), locations, today);
		devices.takeBack(actor, devices.byCode(digbij, "DEMO-ST-05").orElseThrow().id(), "Teruggebracht met schade aan de schermhoek");
		jdbc.sql("""
				update lending.loan set ended_at = ?, ended_on = ?, ending = 'RETURNED', returned_complete = true, accessories_back = true,
				       condition_grade = 'C', damage_notes = ?, ended_by_name = ?, version = version + 1
				where id = ?
				""").params(Timestamp.from(today.minusDays(30).atTime(15, 10).atZone(zone()).toInstant()), today.minusDays(30),
				"Hoek van het scherm gebarsten na een val; toestel werkt nog.", actor.displayName(), ended).update();
		jdbc.sql("""
				insert into lending.loan_incident (id, digibank_id, loan_id, kind, description, decision, amount_cents, reason, status, decided_by)
				values (?, ?, ?, 'DAMAGE', ?, 'FLAT_RATE', 2500, ?, 'PAID', ?)
				""").params(UUID.randomUUID(), digbij.value(), ended, "Scherm gebarsten in de linkerbovenhoek.",
				"Forfait voor schermschade volgens het uitleenreglement; betaald in schijven.", actor.displayName()).update();

		PersonSummary waiting = person(actor, "+32470100126");
		jdbc.sql(
				"""
						insert into lending.request (id, digibank_id, person_id, category, location_id, urgency, note, status, requested_by, requested_by_name,
						                             requested_at)
						values (?, ?, ?, 'LAPTOP', ?, 'URGENT', ?, 'WAITING', ?, ?, ?)
						""")
				.params(UUID.randomUUID(), digbij.value(), waiting.id().value(), location(locations, "3700"),
						"Voorrang: start over twee weken aan een VDAB-opleiding die volledig online loopt en heeft thuis geen computer.",
						staffer.value(),
						actor.displayName(), Timestamp.from(clock.instant().minusSeconds(6 * 86400)))
				.update();

		LocalDate workshop = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(1);
		UUID reservation = UUID.randomUUID();
		jdbc.sql("""
				insert into lending.reservation (id, digibank_id, organisation_name, contact, pickup_location_id, starts_on, ends_on, note, status,
				                                 booked_by, booked_by_name, booked_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, 'BOOKED', ?, ?, ?)
				""")
				.params(reservation, digbij.value(), "Dienstencentrum Ter Borcht", "Lies Maes, 012 00 00 40", location(locations, "3840"), workshop,
						workshop, "Klasset voor de workshop ‘Veilig online bankieren’ voor senioren.", staffer.value(), actor.displayName(),
						Timestamp.from(clock.instant().minusSeconds(3 * 86400)))
				.update();
		for (String serial : List.of("DEMO-ST-11", "DEMO-ST-12", "DEMO-ST-13", "DEMO-ST-14", "DEMO-ST-15")) {
			jdbc.sql("""
					insert into lending.reserved_device (reservation_id, digibank_id, device_id, starts_on, ends_on) values (?, ?, ?, ?, ?)
					""").params(reservation, digbij.value(), devices.byCode(digbij, serial).orElseThrow().id().value(), workshop, workshop).update();
		}
	}

	private UUID lend(Actor actor, DemoLoan demo, List<LocationSummary> locations, LocalDate today) {
		DigibankId digbij = actor.tenant();
		PersonSummary borrower = person(actor, demo.phone());
		LendableDevice device = devices.lend(actor, devices.byCode(digbij, demo.serial()).orElseThrow().id(),
				"Uitgeleend aan " + borrower.displayName());
		LocalDate starts = today.minusDays(demo.startedDaysAgo());
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into lending.loan (id, digibank_id, device_id, asset_tag, category, device_label, serial, replacement_value_cents, person_id,
				                          borrower_name, location_id, starts_on, due_on, deposit_cents, deposit_method, deposit_waiver_reason,
				                          eligibility_reason, explained, accessories, signed_on_paper, language, lent_by, lent_by_name, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?)
				""").params(id, digbij.value(), device.id().value(), device.assetTag(), device.category().name(), device.label(),
				device.serial() == null ? "" : device.serial(), device.replacementValueCents(), borrower.id().value(), borrower.displayName(),
				location(locations, demo.location()), starts, starts.plusDays(demo.days()), demo.waived() ? 0 : 2000,
				demo.waived() ? "WAIVED" : "CASH",
				demo.waived() ? "Bewijs van sociaal tarief gezien" : "", demo.waived() ? "Bewijs van sociaal tarief" : "Doorverwezen door OCMW",
				"CARE,CHARGING,HELP,RULES,WIFI", "Oplader, beschermhoes", demo.language(), actor.accountId().value(), actor.displayName(),
				Timestamp.from(starts.atTime(10, 30).atZone(zone()).toInstant())).update();
		return id;
	}

	private void reminder(DigibankId digibank, UUID loan, String step, String channels, String outcome, LocalDate on) {
		jdbc.sql("""
				insert into lending.loan_reminder (reference, digibank_id, loan_id, step, channels, outcome, sent_at) values (?, ?, ?, ?, ?, ?, ?)
				""").params("loan:" + loan + ":" + step, digibank.value(), loan, step, channels, outcome,
				Timestamp.from(on.atTime(9, 0).atZone(zone()).toInstant())).update();
	}

	private UUID loanOf(DigibankId digibank, String serial) {
		return jdbc.sql("select id from lending.loan where digibank_id = ? and serial = ? and ended_at is null").params(digibank.value(), serial)
				.query(UUID.class).single();
	}

	private PersonSummary person(Actor actor, String phone) {
		return people.search(actor, phone).stream().findFirst().orElseThrow(() -> new IllegalStateException("Demo person missing: " + phone));
	}

	private static @Nullable UUID location(List<LocationSummary> locations, String postcode) {
		return locations.stream().filter(location -> location.postcode().equals(postcode)).map(location -> location.id().value()).findFirst()
				.orElse(null);
	}

	private ZoneId zone() {
		return clock.getZone();
	}
}
