package be.digibank.inventory;

import static be.digibank.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Correcting a device after intake: saved with an audit line, a stale form is told, a taken serial is refused. */
@DigibankTest
class DeviceEditTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	@Test
	void ofTwoTechniciansSavingTheSameVersionTheFirstWinsAndTheSecondIsTold() throws Exception {
		Tenant t = data.tenant();
		UUID device = insertDevice(t, "DB-000010", "SN-10");
		Actor first = t.actor(Role.TECHNICIAN);
		Actor second = t.coordinator();
		mvc.perform(get("/devices/" + device + "/edit").with(as(first))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("name=\"version\" value=\"0\""), containsString("value=\"SN-10\""))));
		save(first, device, "0", "Dell", "SN-10", "B").andExpect(redirectedUrl("/devices/" + device));
		save(second, device, "0", "HP", "SN-10", "C").andExpect(status().isConflict())
				.andExpect(content().string(allOf(containsString("Iemand anders heeft dit toestel intussen gewijzigd"),
						containsString("value=\"HP\""), containsString("name=\"version\" value=\"1\""))));
		assertThat(jdbc.sql("select make || ' ' || condition_grade || ' ' || version from inventory.device where id = ?").param(device)
				.query(String.class).single()).isEqualTo("Dell B 1");
		assertThat(jdbc.sql("select summary from audit.audit_entry where record_type = 'Device' and record_id = ?")
				.param(device.toString()).query(String.class).list()).containsExactly("DB-000010: make, grade");
		save(second, device, "1", "HP", "SN-10", "C").andExpect(redirectedUrl("/devices/" + device));
	}

	@Test
	void aSerialAlreadyInTheDigibankIsRefusedAndNothingChanges() throws Exception {
		Tenant t = data.tenant();
		insertDevice(t, "DB-000020", "SN-20");
		UUID device = insertDevice(t, "DB-000021", "SN-21");
		save(t.coordinator(), device, "0", "Dell", "sn-20", "A").andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("Er is al een toestel met dit serienummer."),
						containsString("value=\"sn-20\""))));
		save(t.coordinator(), device, "0", "Dell", "SN-21", "Z").andExpect(status().isUnprocessableContent());
		assertThat(jdbc.sql("select serial || version from inventory.device where id = ?").param(device).query(String.class).single())
				.isEqualTo("SN-210");
		Tenant other = data.tenant();
		save(other.coordinator(), device, "0", "Dell", "X", "A").andExpect(status().isNotFound());
		mvc.perform(get("/devices/" + device + "/edit").with(as(t.actor(Role.VOLUNTEER)))).andExpect(status().isForbidden());
	}

	private ResultActions save(Actor actor, UUID device, String version, String make, String serial, String grade)
			throws Exception {
		return mvc.perform(post("/devices/" + device + "/edit").with(as(actor)).with(csrf()).param("version", version)
				.param("category", "LAPTOP").param("make", make).param("model", "Latitude").param("serial", serial)
				.param("grade", grade).param("triage", "REUSABLE"));
	}

	private UUID insertDevice(Tenant t, String tag, String serial) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into inventory.device (id, digibank_id, asset_tag, category, model, serial, triage, state, condition_grade) "
				+ "values (?, ?, ?, 'LAPTOP', 'Latitude', ?, 'REUSABLE', 'RECEIVED', 'A')").param(id).param(t.digibank().value())
				.param(tag).param(serial).update();
		return id;
	}
}
