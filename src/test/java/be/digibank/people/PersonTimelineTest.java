package be.digibank.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Services reported through the facade appear on the person's page, filtered by what the viewer may see. */
@DigibankTest
class PersonTimelineTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	PeopleRegister register;

	@Test
	void coordinatorsSeeAllServicesPartnerStaffTheirOwnAndOtherDigibanksCannotWrite() throws Exception {
		Tenant tenant = data.tenant();
		UUID person = UUID.randomUUID();
		jdbc.sql("insert into people.person (id, digibank_id, first_name, postcode) values (?, ?, 'Els', '3700')").param(person)
				.param(tenant.digibank().value()).update();
		PersonId id = new PersonId(person);
		assertThat(register.recordService(tenant.digibank(), id, "LENDING", "Laptop L-0042 uitgeleend", Instant.now())).isTrue();
		jdbc.sql("update people.person_service set partner_id = ? where person_id = ?").param(tenant.partnerB().value()).param(person).update();
		assertThat(register.recordService(data.tenant().digibank(), id, "TRAINING", "Elders", Instant.now())).isFalse();

		String coordinator = mvc.perform(get("/people/" + person).with(TestData.as(tenant.coordinator()))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		assertThat(coordinator).contains("Laptop L-0042 uitgeleend").doesNotContain("Elders");
		String staffOfA = mvc.perform(get("/people/" + person).with(TestData.as(tenant.actor(be.digibank.shared.security.Role.STAFF))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(staffOfA).doesNotContain("Laptop L-0042");
		String staffOfB = mvc.perform(get("/people/" + person).with(TestData.as(tenant.staffOfPartnerB()))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		assertThat(staffOfB).contains("Laptop L-0042 uitgeleend");
	}
}
