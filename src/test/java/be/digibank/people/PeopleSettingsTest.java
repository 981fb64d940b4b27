package be.digibank.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The coordinator adapts the eligibility rules, target groups and proof types of their own digibank only. */
@DigibankTest
class PeopleSettingsTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	PeopleRegister register;

	Tenant tenant;
	Actor coordinator;

	@BeforeEach
	void tenant() {
		tenant = data.tenant();
		coordinator = tenant.coordinator();
	}

	@Test
	void rulesPerServiceDecideEligibility() throws Exception {
		UUID person = UUID.randomUUID();
		jdbc.sql("insert into people.person (id, digibank_id, first_name, postcode) values (?, ?, 'Els', '3700')").param(person)
				.param(tenant.digibank().value()).update();
		assertThat(register.eligibility(tenant.digibank(), new PersonId(person), Service.TRAINING).orElseThrow().eligible()).isTrue();

		mvc.perform(post("/people/settings/rules").with(TestData.as(coordinator)).with(csrf()).param("lending", "PROOF").param("training", "PROOF")
				.param("guidance", "NOTHING")).andExpect(status().is3xxRedirection());
		assertThat(register.eligibility(tenant.digibank(), new PersonId(person), Service.TRAINING).orElseThrow().eligible()).isFalse();
		assertThat(register.eligibility(tenant.digibank(), new PersonId(person), Service.GUIDANCE).orElseThrow().eligible()).isTrue();

		mvc.perform(
				post("/people/settings/rules").with(TestData.as(coordinator)).with(csrf()).param("lending", "EVERYTHING").param("training", "PROOF")
						.param("guidance", "NOTHING"))
				.andExpect(status().is(422));
		mvc.perform(post("/people/settings/rules").with(TestData.as(tenant.actor(Role.STAFF))).with(csrf()).param("lending", "NOTHING")
				.param("training", "NOTHING").param("guidance", "NOTHING")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select requirement from people.eligibility_rule where digibank_id = ? and service = 'LENDING'")
				.param(tenant.digibank().value()).query(String.class).single()).isEqualTo("PROOF");
	}

	@Test
	void aDigibankAddsAndRetiresItsOwnTargetGroupsAndProofTypes() throws Exception {
		mvc.perform(post("/people/settings/target-groups").with(TestData.as(coordinator)).with(csrf()).param("groupLabel", "Alleenstaande ouders")
				.param("sensitive", "true")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/people/settings/proof-types").with(TestData.as(coordinator)).with(csrf()).param("proofLabel", "Attest OCMW"))
				.andExpect(status().is3xxRedirection());
		String refused = mvc.perform(post("/people/settings/proof-types").with(TestData.as(coordinator)).with(csrf()).param("proofLabel", "<script>"))
				.andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("error-summary").doesNotContain("<script>");
		mvc.perform(post("/people/settings/proof-types").with(TestData.as(coordinator)).with(csrf()).param("proofLabel", "Attest  OCMW"))
				.andExpect(status().is(422));

		String page = mvc.perform(get("/people/settings").with(TestData.as(coordinator))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		assertThat(page).contains("Alleenstaande ouders").contains("Attest OCMW").contains("table-wrap");

		UUID jobSeeker = jdbc.sql("select id from people.target_group where digibank_id = ? and code = 'JOB_SEEKER'").param(tenant.digibank().value())
				.query(UUID.class).single();
		mvc.perform(post("/people/settings/target-groups/" + jobSeeker + "/toggle").with(TestData.as(coordinator)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		String registration = mvc.perform(get("/people/" + person(tenant) + "/edit").with(TestData.as(coordinator))).andExpect(status().isOk())
				.andReturn().getResponse()
				.getContentAsString();
		assertThat(registration).contains("value=\"ALLEENSTAANDE_OUDERS\"").doesNotContain("value=\"JOB_SEEKER\"");

		// the platform defaults and other digibanks are untouched
		Tenant other = data.tenant();
		String otherPage = mvc.perform(get("/people/" + person(other) + "/edit").with(TestData.as(other.coordinator()))).andExpect(status().isOk())
				.andReturn().getResponse()
				.getContentAsString();
		assertThat(otherPage).contains("value=\"JOB_SEEKER\"").doesNotContain("ALLEENSTAANDE_OUDERS");
		mvc.perform(post("/people/settings/target-groups/" + jobSeeker + "/toggle").with(TestData.as(other.coordinator())).with(csrf()))
				.andExpect(status().isNotFound());
	}

	UUID person(Tenant of) {
		UUID person = UUID.randomUUID();
		jdbc.sql("insert into people.person (id, digibank_id, first_name, postcode) values (?, ?, 'Els', '3700')").param(person)
				.param(of.digibank().value()).update();
		return person;
	}
}
