package be.digibank.lending;

import be.digibank.TestData.Tenant;
import be.digibank.inventory.DeviceCategory;
import be.digibank.inventory.DeviceId;
import be.digibank.network.LocationId;
import be.digibank.people.PersonId;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Persons with or without a proof and devices in a state, written straight into the other modules' tables for tests.
 */
final class QueueFixture {

	private static final AtomicLong TAGS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	private final JdbcClient jdbc;
	private final Tenant tenant;

	QueueFixture(JdbcClient jdbc, Tenant tenant) {
		this.jdbc = jdbc;
		this.tenant = tenant;
	}

	/** A person; with a proof of {@code proofType} valid for a year they may borrow, without one they may not. */
	PersonId person(String firstName, @Nullable String proofType) {
		UUID person = UUID.randomUUID();
		jdbc.sql(
				"insert into people.person (id, digibank_id, first_name, last_name, postcode, phone) values (?, ?, ?, 'Test', '3700', '+32470000000')")
				.param(person).param(tenant.digibank().value()).param(firstName).update();
		if (proofType != null) {
			jdbc.sql("insert into people.eligibility_proof (id, digibank_id, person_id, type_code, seen_on, valid_until, checked_by) "
					+ "values (?, ?, ?, ?, ?, ?, ?)").param(UUID.randomUUID()).param(tenant.digibank().value()).param(person).param(proofType)
					.param(LocalDate.now().minusDays(30)).param(LocalDate.now().plusYears(1)).param(tenant.coordinator().accountId().value())
					.update();
		}
		return new PersonId(person);
	}

	DeviceId device(DeviceCategory category, @Nullable LocationId location, String state) {
		UUID device = UUID.randomUUID();
		jdbc.sql("insert into inventory.device (id, digibank_id, asset_tag, category, make, model, triage, location_id, state) "
				+ "values (?, ?, ?, ?, 'Lenovo', 'T480', 'REUSABLE', ?, ?)").param(device).param(tenant.digibank().value()).param(tag())
				.param(category.name())
				.param(location == null ? null : location.value()).param(state).update();
		return new DeviceId(device);
	}

	DeviceId availableLaptop() {
		return device(DeviceCategory.LAPTOP, tenant.locationA(), "AVAILABLE");
	}

	String assetTag(DeviceId device) {
		return jdbc.sql("select asset_tag from inventory.device where id = ?").param(device.value()).query(String.class).single();
	}

	/** Backdates a request, as if it was made {@code days} days ago. */
	void requestedDaysAgo(RequestId request, int days) {
		jdbc.sql("update lending.request set requested_at = ? where id = ?").param(Timestamp.from(Instant.now().minusSeconds(days * 86_400L)))
				.param(request.value()).update();
	}

	String requestStatus(RequestId request) {
		return jdbc.sql("select status from lending.request where id = ?").param(request.value()).query(String.class).single();
	}

	long holdsOf(DeviceId device) {
		return jdbc.sql("select count(*) from lending.offer where device_id = ? and status in ('OPEN', 'ACCEPTED')").param(device.value())
				.query(Long.class).single();
	}

	private static String tag() {
		return "DB-" + String.format("%09d", TAGS.incrementAndGet() % 1_000_000_000L);
	}
}
