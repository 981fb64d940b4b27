package be.digibank.inventory;

import static be.digibank.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The workshop's JSON API: quality checks and repairs with the rules, permissions and tenant scope of the pages. */
@DigibankTest
class WorkshopApiTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aFailedCheckOpensARepairWhoseOutcomeIsRecordedAndTheSecondCheckPasses() throws Exception {
		Tenant t = data.tenant();
		Actor technician = t.actor(Role.TECHNICIAN);
		UUID device = device(t, "DB-000301", "API-1", "REFURBISHING");

		String sheet = mvc.perform(get("/api/v1/devices/" + device + "/quality-checks/sheet").with(as(technician)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.version").value(0)).andReturn().getResponse().getContentAsString();
		List<String> items = JsonPath.read(sheet, "$.items[*].id");
		assertThat(items).isNotEmpty();

		// unanswered items are named, nothing changes
		send(technician, "/api/v1/devices/" + device + "/quality-checks", "{\"version\": 0, \"batteryPercent\": 80, \"answers\": []}")
				.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.status").value(422));
		send(technician, "/api/v1/devices/" + device + "/quality-checks",
				"{\"version\": 0, \"answers\": [{\"itemId\": \"nope\", \"result\": \"MAYBE\"}]}")
				.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors['answers[0]']").exists());
		assertThat(state(device)).isEqualTo("REFURBISHING 0");

		// one failing item: the device goes to repair and the repair is opened
		String failed = mvc.perform(post("/api/v1/devices/" + device + "/quality-checks").with(as(technician)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(answers(0, items, items.getFirst())))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.passed").value(false)).andReturn().getResponse()
				.getContentAsString();
		String repair = JsonPath.read(failed, "$.repairId");
		assertThat(state(device)).isEqualTo("IN_REPAIR 1");
		// a stale version is a conflict
		send(technician, "/api/v1/devices/" + device + "/quality-checks", answers(0, items, null)).andExpect(status().isConflict())
				.andExpect(jsonPath("$.status").value(409));

		mvc.perform(get("/api/v1/repairs").with(as(technician))).andExpect(status().isOk())
				.andExpect(jsonPath("$[?(@.id == '" + repair + "')].open").value(true));
		mvc.perform(get("/api/v1/repairs/" + repair).with(as(technician))).andExpect(status().isOk())
				.andExpect(jsonPath("$.repair.assetTag").value("DB-000301")).andExpect(jsonPath("$.version").value(0));
		send(technician, "/api/v1/repairs/" + repair + "/work", "{\"version\": 0, \"outcome\": \"BROKEN\"}")
				.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors.outcome").exists());
		send(technician, "/api/v1/repairs/" + repair + "/work",
				"{\"version\": 0, \"diagnosis\": \"Loose cable\", \"minutesSpent\": 20, \"outcome\": \"FIXED\"}").andExpect(status().isOk())
				.andExpect(jsonPath("$.repair.open").value(false)).andExpect(jsonPath("$.diagnosis").value("Loose cable"))
				.andExpect(jsonPath("$.minutesSpent").value(20));
		send(technician, "/api/v1/repairs/" + repair + "/work", "{\"version\": 0, \"diagnosis\": \"again\"}")
				.andExpect(status().isConflict());
		assertThat(state(device)).isEqualTo("REFURBISHING 2");

		send(technician, "/api/v1/devices/" + device + "/quality-checks", answers(2, items, null)).andExpect(status().isCreated())
				.andExpect(jsonPath("$.passed").value(true));
		assertThat(state(device)).isEqualTo("QUALITY_CHECKED 3");
		mvc.perform(get("/api/v1/devices/" + device + "/quality-checks").with(as(t.actor(Role.VOLUNTEER)))).andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(2)).andExpect(jsonPath("$[0].passed").value(true));
		// not in refurbishment any more: no sheet
		mvc.perform(get("/api/v1/devices/" + device + "/quality-checks/sheet").with(as(technician))).andExpect(status().isConflict());
		assertThat(jdbc.sql("select count(*) from audit.audit_entry where digibank_id = ? and record_type in ('QualityCheck', 'Repair')")
				.param(t.digibank().value()).query(Integer.class).single()).isEqualTo(4);
	}

	@Test
	void aRepairIsOpenedByTagOrSerialOnlyInTheCallersDigibankAndOnlyWithThePermission() throws Exception {
		Tenant t = data.tenant();
		UUID device = device(t, "DB-000311", "API-11", "AVAILABLE");
		send(t.actor(Role.TECHNICIAN), "/api/v1/repairs", "{\"deviceCode\": \"\", \"problem\": \"\"}").andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors.deviceCode").exists()).andExpect(jsonPath("$.errors.problem").exists());
		Tenant other = data.tenant();
		send(other.actor(Role.TECHNICIAN), "/api/v1/repairs", "{\"deviceCode\": \"api-11\", \"problem\": \"Screen\"}")
				.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors.deviceCode").exists());
		send(t.actor(Role.VOLUNTEER), "/api/v1/repairs", "{\"deviceCode\": \"api-11\", \"problem\": \"Screen\"}").andExpect(status().isForbidden());
		String opened = send(t.actor(Role.TECHNICIAN), "/api/v1/repairs", "{\"deviceCode\": \"api-11\", \"problem\": \"Screen flickers\"}")
				.andExpect(status().isCreated()).andExpect(jsonPath("$.repair.problem").value("Screen flickers")).andReturn().getResponse()
				.getContentAsString();
		String repair = JsonPath.read(opened, "$.repair.id");
		assertThat(state(device)).isEqualTo("IN_REPAIR 1");
		send(t.actor(Role.TECHNICIAN), "/api/v1/repairs", "{\"deviceCode\": \"DB-000311\", \"problem\": \"Again\"}")
				.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/api/v1/repairs/" + repair).with(as(other.actor(Role.TECHNICIAN)))).andExpect(status().isNotFound());
		send(other.actor(Role.TECHNICIAN), "/api/v1/repairs/" + repair + "/work", "{\"version\": 0, \"outcome\": \"FIXED\"}")
				.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/devices/" + device + "/quality-checks").with(as(other.coordinator()))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/repairs").with(as(t.actor(Role.VOLUNTEER)))).andExpect(status().isForbidden());
		assertThat(state(device)).isEqualTo("IN_REPAIR 1");
	}

	@Test
	void theDeviceListIsPagedByAssetTag() throws Exception {
		Tenant t = data.tenant();
		for (int i = 1; i <= DeviceAdministration.PAGE + 5; i++) {
			device(t, "DB-%06d".formatted(i), "PAGE-" + i, "AVAILABLE");
		}
		mvc.perform(get("/api/v1/devices").with(as(t.coordinator()))).andExpect(jsonPath("$.length()").value(DeviceAdministration.PAGE))
				.andExpect(jsonPath("$[99].assetTag").value("DB-000100"));
		mvc.perform(get("/api/v1/devices?after=DB-000100").with(as(t.coordinator()))).andExpect(jsonPath("$.length()").value(5))
				.andExpect(jsonPath("$[0].assetTag").value("DB-000101"));
		mvc.perform(get("/devices").with(as(t.coordinator()))).andExpect(status().isOk()).andExpect(
				org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().string(
						org.hamcrest.Matchers.containsString("href=\"/devices?state=&amp;category=&amp;location=&amp;after=DB-000100\"")));
	}

	private ResultActions send(Actor actor, String path, String json) throws Exception {
		return mvc.perform(post(path).with(as(actor)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private static String answers(int version, List<String> items, String failing) {
		StringBuilder json = new StringBuilder("{\"version\": " + version + ", \"batteryPercent\": 85, \"answers\": [");
		for (int i = 0; i < items.size(); i++) {
			json.append(i == 0 ? "" : ", ").append("{\"itemId\": \"").append(items.get(i)).append("\", \"result\": \"")
					.append(items.get(i).equals(failing) ? "FAIL\", \"note\": \"no picture\"}" : "PASS\"}");
		}
		return json.append("]}").toString();
	}

	private String state(UUID device) {
		return jdbc.sql("select state || ' ' || version from inventory.device where id = ?").param(device).query(String.class).single();
	}

	private UUID device(Tenant t, String tag, String serial, String state) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into inventory.device (id, digibank_id, asset_tag, category, make, model, serial, triage, state) "
				+ "values (?, ?, ?, 'LAPTOP', 'Lenovo', 'T480', ?, 'REUSABLE', ?)").param(id).param(t.digibank().value()).param(tag)
				.param(serial).param(state).update();
		return id;
	}
}
