package be.digibank.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestClock;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Help contacts without registration: counted apart from unique persons and holding nothing identifying; bad choices
 * rejected field by field with what was typed kept; and a coordinator's "not a duplicate" takes a pair off the
 * duplicates screen.
 */
@DigibankTest
class AnonymousContactTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	PeopleRegister register;
	@Autowired
	TestClock clock;

	Tenant tenant;
	Actor volunteer;

	@BeforeEach
	void tenant() {
		tenant = data.tenant();
		volunteer = tenant.actor(Role.VOLUNTEER);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aLoggedContactCountsAsContactButNeverAsAPerson() throws Exception {
		LocalDate today = LocalDate.now(clock);
		int persons = register.countUniquePersons(tenant.digibank());

		mvc.perform(post("/people/anonymous-contacts").with(TestData.as(volunteer)).with(csrf()).param("service", "GUIDANCE")
				.param("topics", "ITSME", "TAX_ON_WEB").param("ageBand", "FROM_65_TO_79").param("gender", "FEMALE").param("postcode", "OTHER")
				.param("declinedRegistration", "true").param("contactedOn", today.toString())).andExpect(status().is3xxRedirection());

		assertThat(register.countAnonymousContacts(tenant.digibank(), today, today)).isEqualTo(1);
		assertThat(register.countUniquePersons(tenant.digibank())).isEqualTo(persons);
		assertThat(register.countAnonymousContacts(data.tenant().digibank(), today, today)).as("another digibank").isZero();
		String page = mvc.perform(get("/people/anonymous-contacts").with(TestData.as(volunteer))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		assertThat(page).contains("itsme, Tax-on-web / MyMinfin").contains("65 tot 79");
		assertThat(jdbc.sql("select count(*) from audit.audit_entry where record_type = 'AnonymousContact' and digibank_id = ?")
				.param(tenant.digibank().value()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void badChoicesAreRefusedFieldByFieldAndNothingIsSaved() throws Exception {
		LocalDate today = LocalDate.now(clock);
		String page = mvc
				.perform(post("/people/anonymous-contacts").with(TestData.as(volunteer)).with(csrf()).param("service", "GUIDANCE")
						.param("topics", "HACKING").param("ageBand", "FROM_65_TO_79").param("postcode", "9999")
						.param("contactedOn", today.plusDays(1).toString()))
				.andExpect(status().is(422)).andReturn().getResponse().getContentAsString();

		assertThat(page).contains("Kies iets uit de lijst.").contains("Kies een gemeente uit de lijst")
				.contains("Deze datum kan niet in de toekomst liggen.")
				.contains("value=\"FROM_65_TO_79\" selected");
		assertThat(register.countAnonymousContacts(tenant.digibank(), today.minusYears(1), today.plusYears(1))).isZero();

		String noTopic = mvc.perform(post("/people/anonymous-contacts").with(TestData.as(volunteer)).with(csrf()).param("service", "GUIDANCE")
				.param("contactedOn", today.toString())).andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
		assertThat(noTopic).contains("Duid minstens één onderwerp aan.");
	}

	@Test
	void theFunderAndReferrersCannotLogContacts() throws Exception {
		mvc.perform(get("/people/anonymous-contacts").with(TestData.as(tenant.actor(Role.REFERRER)))).andExpect(status().isForbidden());
		mvc.perform(get("/people/anonymous-contacts").with(TestData.as(tenant.actor(Role.TECHNICIAN)))).andExpect(status().isForbidden());
	}

	@Test
	void aDismissedPairLeavesTheDuplicatesScreen() throws Exception {
		Actor coordinator = tenant.coordinator();
		UUID first = person("Maria", "Janssens", 1960);
		UUID second = person("Marie", "Janssens", 1960);
		String before = mvc.perform(get("/people/duplicates").with(TestData.as(coordinator))).andReturn().getResponse().getContentAsString();
		assertThat(before).contains(first.toString()).contains(second.toString());

		mvc.perform(post("/people/duplicates/" + second + "/" + first + "/dismiss").with(TestData.as(coordinator)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		mvc.perform(post("/people/duplicates/" + first + "/" + second + "/dismiss").with(TestData.as(coordinator)).with(csrf()))
				.andExpect(status().is3xxRedirection());

		String after = mvc.perform(get("/people/duplicates").with(TestData.as(coordinator))).andReturn().getResponse().getContentAsString();
		assertThat(after).doesNotContain(first.toString());
		assertThat(jdbc.sql("select count(*) from people.distinct_pair where digibank_id = ?").param(tenant.digibank().value()).query(Long.class)
				.single()).isEqualTo(1);
		mvc.perform(post("/people/duplicates/" + first + "/" + second + "/dismiss").with(TestData.as(data.tenant().coordinator())).with(csrf()))
				.andExpect(status().isNotFound());
	}

	UUID person(String first, String last, Integer year) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into people.person (id, digibank_id, first_name, last_name, birth_year, postcode) values (?, ?, ?, ?, ?, '3700')").param(id)
				.param(tenant.digibank().value()).param(first).param(last).param(year).update();
		return id;
	}
}
