package be.digibank.inventory;

import static be.digibank.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Actor;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A device is only recycled with the collector's (Recupel) reference, shown in its history; on the page and the API.
 */
@DigibankTest
class RecyclingReferenceTest {

	static final String MISSING = "Vul de Recupel-referentie in";

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	@Test
	void theMoveFormOffersTheReferenceFieldOnlyWhenRecyclingIsANextStep() throws Exception {
		Tenant t = data.tenant();
		UUID retired = insertDevice(t, "RETIRED", "DB-700001");
		UUID received = insertDevice(t, "RECEIVED", "DB-700002");
		mvc.perform(get("/devices/" + retired).with(as(t.coordinator()))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("name=\"recyclingReference\""), containsString("Recupel-referentie"))));
		mvc.perform(get("/devices/" + received).with(as(t.coordinator()))).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"recyclingReference\""))));
	}

	@Test
	void withoutReferenceTheMoveIsRefusedNextToTheFieldAndNothingIsSaved() throws Exception {
		Tenant t = data.tenant();
		UUID device = insertDevice(t, "RETIRED", "DB-700003");
		recycle(t.coordinator(), device, "").andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString(MISSING), containsString("id=\"recyclingReference-error\""),
						containsString("error-summary"))));
		recycle(t.coordinator(), device, "R".repeat(101)).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("maximaal 100 tekens lang"), containsString("R".repeat(101)))));
		assertThat(state(device)).isEqualTo("RETIRED");
		assertThat(events(device)).isZero();
	}

	@Test
	void withReferenceTheDeviceIsRecycledAndTheHistoryShowsTheReference() throws Exception {
		Tenant t = data.tenant();
		UUID device = insertDevice(t, "RETIRED", "DB-700004");
		recycle(t.coordinator(), device, " RCP-2026-0042 ").andExpect(status().is3xxRedirection());
		assertThat(state(device)).isEqualTo("RECYCLED");
		assertThat(jdbc.sql("select recycling_reference from inventory.device_event where device_id = ?").param(device)
				.query(String.class).single()).isEqualTo("RCP-2026-0042");
		mvc.perform(get("/devices/" + device).with(as(t.coordinator()))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Recupel-referentie: RCP-2026-0042")));
	}

	@Test
	void theApiTakesTheReferenceInTheStateChange() throws Exception {
		Tenant t = data.tenant();
		UUID device = insertDevice(t, "RETIRED", "DB-700005");
		mvc.perform(post("/api/v1/devices/" + device + "/transitions").with(as(t.coordinator())).contentType(MediaType.APPLICATION_JSON)
				.content("{\"target\":\"RECYCLED\",\"version\":0}")).andExpect(status().isConflict())
				.andExpect(jsonPath("$.message").value(containsString(MISSING)));
		assertThat(state(device)).isEqualTo("RETIRED");
		mvc.perform(post("/api/v1/devices/" + device + "/transitions").with(as(t.coordinator())).contentType(MediaType.APPLICATION_JSON)
				.content("{\"target\":\"RECYCLED\",\"version\":0,\"recyclingReference\":\"CONT-881\"}")).andExpect(status().isOk())
				.andExpect(jsonPath("$.to").value("RECYCLED")).andExpect(jsonPath("$.recyclingReference").value("CONT-881"));
		mvc.perform(get("/devices/" + device).with(as(t.coordinator()))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Recupel-referentie: CONT-881")));
	}

	private org.springframework.test.web.servlet.ResultActions recycle(Actor actor, UUID device, String reference) throws Exception {
		return mvc.perform(post("/devices/" + device + "/transitions").with(as(actor)).with(csrf()).param("target", "RECYCLED")
				.param("reason", "moederbord kapot").param("recyclingReference", reference).param("version", "0"));
	}

	private UUID insertDevice(Tenant t, String state, String tag) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into inventory.device (id, digibank_id, asset_tag, category, serial, triage, state, holder_cycle) "
				+ "values (?, ?, ?, 'LAPTOP', ?, 'E_WASTE', ?, 1)").param(id).param(t.digibank().value()).param(tag)
				.param("serial-" + tag).param(state).update();
		return id;
	}

	private String state(UUID device) {
		return jdbc.sql("select state from inventory.device where id = ?").param(device).query(String.class).single();
	}

	private int events(UUID device) {
		return jdbc.sql("select count(*) from inventory.device_event where device_id = ?").param(device).query(Integer.class).single();
	}
}
