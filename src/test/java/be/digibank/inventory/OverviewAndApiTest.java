package be.digibank.inventory;

import static be.digibank.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Role;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The overview's waiting steps and donor impact (people reached as lending reports them), and the JSON API. */
@DigibankTest
class OverviewAndApiTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	@Test
	void theOverviewShowsWaitingStepsAndTheImpactOfADonation() throws Exception {
		Tenant t = data.tenant();
		UUID donation = WipeEvidenceTest.donation(jdbc, t);
		UUID lent = WipeEvidenceTest.device(jdbc, t, donation, "DB-000001", "S-1", "ON_LOAN", 1);
		UUID alsoLent = WipeEvidenceTest.device(jdbc, t, donation, "DB-000002", "S-2", "ON_LOAN", 1);
		WipeEvidenceTest.device(jdbc, t, donation, "DB-000003", "S-3", "RECEIVED", 1);
		jdbc.sql("update inventory.device set state_since = now() - interval '12 days' where serial = 'S-3' and digibank_id = ?")
				.param(t.digibank().value()).update();
		UUID person = UUID.randomUUID();
		UUID loan = UUID.randomUUID();
		// the same person reached twice, through two devices (lending records these rows with the device's move out on loan)
		reached(t, loan, lent, person);
		reached(t, UUID.randomUUID(), alsoLent, person);
		mvc.perform(get("/devices/overview").with(as(t.coordinator()))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Te wissen: 1"), containsString("<td>12</td>"),
						containsString("Acme NV"), containsString("4 kg"), containsString("500 kg"), containsString("<td>1</td>"),
						containsString("Hoe we dit schatten"))));
		assertThat(jdbc.sql("select count(*) from inventory.device_person where digibank_id = ?").param(t.digibank().value())
				.query(Integer.class).single()).isEqualTo(2);
		mvc.perform(get("/devices/overview").with(as(t.actor(Role.VOLUNTEER)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Te wissen: 1"), not(containsString("Acme NV")))));
	}

	@Test
	void theApiListsDonationsAndMovesDevicesWithTheirVersion() throws Exception {
		Tenant t = data.tenant();
		UUID donation = WipeEvidenceTest.donation(jdbc, t);
		UUID device = WipeEvidenceTest.device(jdbc, t, donation, "DB-500001", "S-1", "RECEIVED", 1);
		mvc.perform(get("/api/v1/donations").with(as(t.coordinator()))).andExpect(status().isOk())
				.andExpect(jsonPath("$[0].donorName").value("Acme NV"));
		mvc.perform(get("/api/v1/donations/" + donation).with(as(t.coordinator()))).andExpect(status().isOk())
				.andExpect(jsonPath("$.devices[0].assetTag").value("DB-500001"));
		mvc.perform(get("/api/v1/donations/" + donation).with(as(data.tenant().coordinator()))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/devices/" + device + "/transitions").with(as(t.coordinator())).contentType(MediaType.APPLICATION_JSON)
				.content("{\"target\":\"SANITISED\",\"version\":0}")).andExpect(status().isConflict())
				.andExpect(jsonPath("$.message").value(containsString("Dit kan pas als de gegevens gewist zijn")));
		mvc.perform(post("/api/v1/devices/" + device + "/transitions").with(as(t.coordinator())).contentType(MediaType.APPLICATION_JSON)
				.content("{\"target\":\"IN_REPAIR\",\"version\":0,\"reason\":\"scherm\"}")).andExpect(status().isOk())
				.andExpect(jsonPath("$.to").value("IN_REPAIR")).andExpect(jsonPath("$.version").value(1));
		mvc.perform(post("/api/v1/devices/" + device + "/transitions").with(as(t.coordinator())).contentType(MediaType.APPLICATION_JSON)
				.content("{\"target\":\"RETIRED\",\"version\":0}")).andExpect(status().isConflict());
		mvc.perform(post("/api/v1/donations/" + donation + "/devices").with(as(t.coordinator())).contentType("text/csv")
				.content("category,serial,triage\nlaptop,S-1,reusable\nrobot,S-9,reusable\n")).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors['row 2 serial']").value(containsString("S-1")))
				.andExpect(jsonPath("$.errors['row 3 category']").value(containsString("robot")));
		mvc.perform(post("/api/v1/donations/" + donation + "/devices").with(as(t.coordinator())).contentType("text/csv")
				.content("category,serial,triage\nlaptop,S-7,reusable\n")).andExpect(status().isCreated())
				.andExpect(jsonPath("$.count").value(1));
		assertThat(jdbc.sql("select state from inventory.device where id = ?").param(device).query(String.class).single())
				.isEqualTo("IN_REPAIR");
	}

	private void reached(Tenant t, UUID loan, UUID device, UUID person) {
		jdbc.sql("insert into inventory.device_person (loan_id, digibank_id, device_id, person_id, starts_on) values (?, ?, ?, ?, ?)")
				.params(loan, t.digibank().value(), device, person, LocalDate.of(2026, 11, 22)).update();
	}
}
