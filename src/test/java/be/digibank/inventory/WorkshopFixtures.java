package be.digibank.inventory;

import be.digibank.TestData.Tenant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Records the workshop's tests start from, written straight to the database. */
final class WorkshopFixtures {

	private WorkshopFixtures() {
	}

	static UUID device(JdbcClient jdbc, Tenant t, String state, String tag, String category) {
		return device(jdbc, t, state, tag, category, null);
	}

	static UUID device(JdbcClient jdbc, Tenant t, String state, String tag, String category, @Nullable UUID location) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into inventory.device (id, digibank_id, asset_tag, category, serial, triage, state, state_before_repair, location_id) "
				+ "values (?, ?, ?, ?, ?, 'REUSABLE', ?, ?, ?)").param(id).param(t.digibank().value()).param(tag).param(category)
				.param("serial-" + tag).param(state).param("IN_REPAIR".equals(state) ? "REFURBISHING" : null).param(location).update();
		return id;
	}

	/** A passed sanitisation for the device's first holder cycle. */
	static void sanitised(JdbcClient jdbc, Tenant t, UUID device) {
		jdbc.sql("insert into inventory.sanitisation (id, digibank_id, device_id, holder_cycle, medium, method, technique, tool, "
				+ "operator_name, performed_on, result, recorded_at) values (?, ?, ?, 1, 'SSD', 'PURGE', 'CRYPTO_ERASE', 'nwipe', "
				+ "'Tom', ?, 'PASSED', now())").param(UUID.randomUUID()).param(t.digibank().value()).param(device)
				.param(LocalDate.now().minusDays(1)).update();
	}

	static UUID person(JdbcClient jdbc, Tenant t, String firstName, String lastName) {
		UUID person = UUID.randomUUID();
		jdbc.sql("insert into people.person (id, digibank_id, first_name, last_name, birth_year, postcode) values (?, ?, ?, ?, 1970, '3700')")
				.param(person).param(t.digibank().value()).param(firstName).param(lastName).update();
		return person;
	}

	static UUID citizenRepair(JdbcClient jdbc, Tenant t, UUID person) {
		UUID repair = UUID.randomUUID();
		jdbc.sql("insert into inventory.repair (id, digibank_id, person_id, citizen_category, citizen_make_model, problem, opened_at, opened_by) "
				+ "values (?, ?, ?, 'LAPTOP', 'HP 250 G7', 'Start niet', now(), ?)").param(repair).param(t.digibank().value()).param(person)
				.param(t.coordinator().accountId().value()).update();
		return repair;
	}
}
