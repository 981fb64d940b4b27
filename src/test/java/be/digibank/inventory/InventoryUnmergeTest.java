package be.digibank.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.DigibankTest;
import be.digibank.PersonMerging;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A merge moves who our devices reached and the repairs of the person's own devices to the survivor; undoing it moves
 * exactly those back, and a repair opened for the survivor after the merge stays with the survivor.
 */
@DigibankTest
class InventoryUnmergeTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	@Test
	void undoingAMergeGivesEachPersonTheirOwnRepairsAndDevicesBack() throws Exception {
		Tenant tenant = data.tenant();
		PersonMerging merging = new PersonMerging(mvc, jdbc, tenant);
		UUID survivor = merging.person("Omar", "Benali");
		UUID merged = merging.person("Omar", "Bennali");
		List<String> survivorsOwn = records(tenant, survivor);
		List<String> mergedOwn = records(tenant, merged);

		UUID merge = merging.merge(survivor, merged);
		assertThat(heldBy(merged)).isEmpty();
		assertThat(heldBy(survivor)).hasSize(4).containsAll(mergedOwn);
		List<String> afterwards = records(tenant, survivor);

		merging.undo(merge);

		assertThat(heldBy(merged)).containsExactlyInAnyOrderElementsOf(mergedOwn);
		assertThat(heldBy(survivor)).hasSize(4).containsAll(survivorsOwn).containsAll(afterwards);
	}

	/** A repair of the person's own laptop and a loan of one of our devices; returns them as "table:id". */
	List<String> records(Tenant tenant, UUID person) {
		UUID digibank = tenant.digibank().value();
		UUID repair = UUID.randomUUID();
		jdbc.sql("""
				insert into inventory.repair (id, digibank_id, person_id, citizen_category, problem, opened_at, opened_by)
				values (?, ?, ?, 'LAPTOP', 'Start niet op', now(), ?)
				""").param(repair).param(digibank).param(person).param(tenant.coordinator().accountId().value()).update();
		UUID device = UUID.randomUUID();
		jdbc.sql("insert into inventory.device (id, digibank_id, asset_tag, category, make, model, serial, triage, location_id, state) "
				+ "values (?, ?, ?, 'LAPTOP', 'Lenovo', 'T480', ?, 'REUSABLE', ?, 'ON_LOAN')").param(device).param(digibank)
				.param("DB-" + (100_000_000L + Math.abs(device.getMostSignificantBits() % 800_000_000L))).param("SN-" + device)
				.param(tenant.locationA().value()).update();
		UUID loan = UUID.randomUUID();
		jdbc.sql("insert into inventory.device_person (loan_id, digibank_id, device_id, person_id, starts_on) values (?, ?, ?, ?, current_date)")
				.param(loan).param(digibank).param(device).param(person).update();
		return List.of("repair:" + repair, "device_person:" + loan);
	}

	List<String> heldBy(UUID person) {
		return jdbc.sql("""
				select 'repair:' || id from inventory.repair where person_id = :p
				union all select 'device_person:' || loan_id from inventory.device_person where person_id = :p
				""").param("p", person).query(String.class).list();
	}
}
