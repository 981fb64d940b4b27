package be.digibank.network;

import static be.digibank.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestClock;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Role;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The JSON API of the network: read models, validation as JSON, the same permissions and scoping as the pages. */
@DigibankTest
class NetworkApiTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void listsAndShowsPartners() throws Exception {
		Tenant t = data.tenant();
		mvc.perform(get("/api/v1/partners").with(as(t.actor(Role.VOLUNTEER)))).andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(2)).andExpect(jsonPath("$[*].id", hasItem(t.partnerA().toString())));
		mvc.perform(get("/api/v1/partners/" + t.partnerA()).with(as(t.coordinator()))).andExpect(status().isOk())
				.andExpect(jsonPath("$.type").value("LIBRARY")).andExpect(jsonPath("$.active").value(true));
		mvc.perform(get("/api/v1/partners").with(as(t.actor(Role.REFERRER)))).andExpect(status().isForbidden());
	}

	@Test
	void createsAPartner() throws Exception {
		Tenant t = data.tenant();
		mvc.perform(post("/api/v1/partners").with(as(t.coordinator())).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"LDC De Bron\", \"type\": \"LOCAL_SERVICE_CENTRE\", \"contactEmail\": \"bron@example.org\", \"digibankId\": \""
						+ data.tenant().digibank() + "\"}"))
				.andExpect(status().isCreated()).andExpect(header().string("Location", startsWith("/api/v1/partners/")))
				.andExpect(jsonPath("$.name").value("LDC De Bron")).andExpect(jsonPath("$.contactPhone").value(""));
		assertThat(jdbc.sql("select count(*) from network.partner_organisation where digibank_id = ? and name = 'LDC De Bron'")
				.param(t.digibank().value()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void anInvalidPartnerIsA400WithFieldErrors() throws Exception {
		Tenant t = data.tenant();
		mvc.perform(post("/api/v1/partners").with(as(t.coordinator())).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"\", \"contactEmail\": \"nope\"}")).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors.name").exists()).andExpect(jsonPath("$.errors.type").exists())
				.andExpect(jsonPath("$.errors.contactEmail").exists());
		mvc.perform(post("/api/v1/partners").with(as(t.coordinator())).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"X\", \"type\": \"SPACESHIP\"}")).andExpect(status().isBadRequest());
		assertThat(jdbc.sql("select count(*) from network.partner_organisation where digibank_id = ?")
				.param(t.digibank().value()).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void aDuplicatePartnerIsAConflictWithAFieldError() throws Exception {
		Tenant t = data.tenant();
		String name = jdbc.sql("select name from network.partner_organisation where id = ?").param(t.partnerA().value())
				.query(String.class).single();
		mvc.perform(post("/api/v1/partners").with(as(t.coordinator())).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"" + name + "\", \"type\": \"NGO\"}")).andExpect(status().isConflict())
				.andExpect(jsonPath("$.errors.name").exists());
	}

	@Test
	void onlyManagersMayCreatePartners() throws Exception {
		Tenant t = data.tenant();
		mvc.perform(post("/api/v1/partners").with(as(t.actor(Role.STAFF))).contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Stiekem\", \"type\": \"NGO\"}")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from network.partner_organisation where name = 'Stiekem' and digibank_id = ?")
				.param(t.digibank().value()).query(Integer.class).single()).isZero();
	}

	@Test
	void showsLocationsWithSlotsAndOpenNow() throws Exception {
		Tenant t = data.tenant();
		clock.stopAt(LocalDateTime.parse("2026-12-01T15:00").atZone(OpeningHours.BRUSSELS).toInstant());
		mvc.perform(get("/api/v1/locations").with(as(t.actor(Role.REFERRER)))).andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(2));
		mvc.perform(get("/api/v1/locations/" + t.locationA()).with(as(t.actor(Role.REFERRER)))).andExpect(status().isOk())
				.andExpect(jsonPath("$.location.openNow").value(true))
				.andExpect(jsonPath("$.weeklySlots[0].day").value("TUESDAY"))
				.andExpect(jsonPath("$.weeklySlots[0].startsAt").value(startsWith("14:00")))
				.andExpect(jsonPath("$.nextOpenings[0].startsAt").value(startsWith("2026-12-01T14:00")));
		mvc.perform(get("/api/v1/locations/not-an-id").with(as(t.coordinator()))).andExpect(status().isNotFound());
	}
}
