package be.digibank.network;

import static be.digibank.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Nothing of one digibank can be read or changed from another: every {id} route answers 404 and changes nothing. */
@DigibankTest
class NetworkTenancyTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Network network;

	@Test
	void idsOfAnotherDigibankAreNotFoundOnEveryRoute() throws Exception {
		Tenant own = data.tenant();
		Tenant other = data.tenant();
		Actor coordinator = own.coordinator();
		UUID otherSlot = jdbc.sql("select id from network.opening_slot where location_id = ?").param(other.locationA().value())
				.query(UUID.class).single();
		UUID otherException = UUID.randomUUID();
		jdbc.sql(
				"insert into network.opening_exception (id, digibank_id, location_id, on_date, kind, reason) values (?, ?, ?, ?, 'CLOSED', 'Feestdag')")
				.param(otherException).param(other.digibank().value()).param(other.locationA().value())
				.param(LocalDate.of(2099, 12, 25)).update();
		network.addFundingProject(other.digibank(), "Project van de anderen", "WSE", LocalDate.of(2025, 1, 1),
				LocalDate.of(2026, 7, 31));
		UUID otherProject = jdbc.sql("select id from network.funding_project where digibank_id = ?")
				.param(other.digibank().value()).query(UUID.class).single();
		String snapshot = snapshot(other);

		String partner = "/partners/" + other.partnerA();
		String location = "/locations/" + other.locationA();
		List<MockHttpServletRequestBuilder> requests = List.of(get(partner), get(partner + "/edit"),
				post(partner).param("name", "Gekaapt").param("type", "NGO").param("version", "0"),
				post(partner + "/deactivate"), post(partner + "/reactivate"), get(location), get(location + "/edit"),
				post(location).param("partnerId", own.partnerA().toString()).param("name", "Gekaapt").param("kind", "FIXED")
						.param("version", "0"),
				post(location + "/slots").param("day", "1").param("startsAt", "08:00").param("endsAt", "09:00"),
				post(location + "/slots/" + otherSlot + "/remove"),
				post(location + "/exceptions").param("onDate", "2099-01-01").param("kind", "CLOSED"),
				post(location + "/exceptions/" + otherException + "/remove"),
				// another digibank's slot or exception under one's own help point
				post("/locations/" + own.locationA() + "/slots/" + otherSlot + "/remove"),
				post("/locations/" + own.locationA() + "/exceptions/" + otherException + "/remove"),
				post("/digibank/projects/" + otherProject + "/remove"), post("/digibank/municipalities/9999/remove"),
				// malformed ids are simply not found
				get("/partners/not-a-uuid"), get("/locations/123"));
		for (MockHttpServletRequestBuilder request : requests) {
			mvc.perform(request.with(as(coordinator)).with(csrf())).andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/v1/partners/" + other.partnerA()).with(as(coordinator))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/locations/" + other.locationA()).with(as(coordinator))).andExpect(status().isNotFound());
		assertThat(snapshot(other)).isEqualTo(snapshot);
		assertThat(jdbc.sql("select count(*) from network.funding_project where id = ?").param(otherProject)
				.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aPostedDigibankIdOrIdIsIgnored() throws Exception {
		Tenant own = data.tenant();
		Tenant other = data.tenant();
		UUID forged = UUID.randomUUID();
		mvc.perform(post("/partners").with(as(own.coordinator())).with(csrf()).param("name", "Vzw Digitaal")
				.param("type", "NGO").param("digibankId", other.digibank().toString()).param("id", forged.toString()))
				.andExpect(status().is3xxRedirection());
		List<Map<String, Object>> rows = jdbc
				.sql("select id, digibank_id from network.partner_organisation where name = 'Vzw Digitaal' and digibank_id in (?, ?)")
				.param(own.digibank().value()).param(other.digibank().value()).query().listOfRows();
		assertThat(rows).hasSize(1);
		assertThat(rows.getFirst().get("digibank_id")).isEqualTo(own.digibank().value());
		assertThat(rows.getFirst().get("id")).isNotEqualTo(forged);
		// a partner of another digibank cannot run a help point of this one
		mvc.perform(post("/locations").with(as(own.coordinator())).with(csrf()).param("partnerId", other.partnerA().toString())
				.param("name", "Over de grens").param("kind", "FIXED").param("digibankId", other.digibank().toString()))
				.andExpect(status().isUnprocessableContent());
		assertThat(jdbc.sql("select count(*) from network.location where name = 'Over de grens'").query(Integer.class).single())
				.isZero();
	}

	@Test
	void listsShowOnlyTheOwnDigibank() throws Exception {
		Tenant own = data.tenant();
		Tenant other = data.tenant();
		String otherPartner = jdbc.sql("select name from network.partner_organisation where id = ?")
				.param(other.partnerA().value()).query(String.class).single();
		String partners = mvc.perform(get("/partners").with(as(own.coordinator()))).andReturn().getResponse()
				.getContentAsString();
		String api = mvc.perform(get("/api/v1/locations").with(as(own.coordinator()))).andReturn().getResponse()
				.getContentAsString();
		assertThat(partners).doesNotContain(otherPartner);
		assertThat(api).doesNotContain(other.locationA().toString()).contains(own.locationA().toString());
	}

	private String snapshot(Tenant tenant) {
		return jdbc.sql("""
				select string_agg(p.name || p.active || p.version, ',' order by p.id) ||
				       (select string_agg(l.name || l.partner_id || l.version, ',' order by l.id) from network.location l where l.digibank_id = ?) ||
				       (select count(*) from network.opening_slot s where s.digibank_id = ?) ||
				       (select count(*) from network.opening_exception e where e.digibank_id = ?)
				  from network.partner_organisation p where p.digibank_id = ?
				""").param(tenant.digibank().value()).param(tenant.digibank().value()).param(tenant.digibank().value())
				.param(tenant.digibank().value()).query(String.class).single();
	}
}
