package be.digibank.inventory;

import static be.digibank.TestData.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The devices JSON API: the caller's digibank only, filters from an allow-list, the same permissions as the pages. */
@DigibankTest
class InventoryApiTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	@Test
	void listsAndShowsDevicesOfTheCallersDigibankOnly() throws Exception {
		Tenant t = data.tenant();
		UUID laptop = insert(t, "DB-000001", "LAPTOP", "AVAILABLE");
		insert(t, "DB-000002", "TABLET", "RECEIVED");
		mvc.perform(get("/api/v1/devices").with(as(t.actor(Role.VOLUNTEER)))).andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(2));
		mvc.perform(get("/api/v1/devices?state=AVAILABLE&category=LAPTOP").with(as(t.coordinator())))
				.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
				.andExpect(jsonPath("$[0].assetTag").value("DB-000001"));
		mvc.perform(get("/api/v1/devices?state=DROP%20TABLE").with(as(t.coordinator()))).andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(2));
		mvc.perform(get("/api/v1/devices/" + laptop).with(as(t.coordinator()))).andExpect(status().isOk())
				.andExpect(jsonPath("$.device.state").value("AVAILABLE")).andExpect(jsonPath("$.holderCycle").value(1));
		Tenant other = data.tenant();
		mvc.perform(get("/api/v1/devices/" + laptop).with(as(other.coordinator()))).andExpect(status().isNotFound())
				.andExpect(jsonPath("$.status").value(404));
		mvc.perform(get("/api/v1/devices").with(as(other.coordinator()))).andExpect(jsonPath("$.length()").value(0));
		mvc.perform(get("/api/v1/devices").with(as(t.actor(Role.REFERRER)))).andExpect(status().isForbidden());
	}

	private UUID insert(Tenant t, String tag, String category, String state) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into inventory.device (id, digibank_id, asset_tag, category, triage, state) values (?, ?, ?, ?, 'REUSABLE', ?)")
				.param(id).param(t.digibank().value()).param(tag).param(category).param(state).update();
		return id;
	}
}
