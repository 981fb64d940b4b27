package be.digibank.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Bad input: a clear message next to the field, the typed values kept, nothing saved, nothing rendered unescaped. */
@DigibankTest
class PeopleInputTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	Tenant tenant;
	Actor volunteer;

	@BeforeEach
	void tenant() {
		tenant = data.tenant();
		volunteer = tenant.actor(Role.VOLUNTEER);
	}

	MockHttpServletRequestBuilder registration() {
		return post("/people/new").with(TestData.as(volunteer)).with(csrf()).param("confirmNew", "true");
	}

	String refused(MockHttpServletRequestBuilder request) throws Exception {
		String page = mvc.perform(request).andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
		assertThat(
				jdbc.sql("select count(*) from people.person where digibank_id = ?").param(tenant.digibank().value()).query(Integer.class).single())
				.isZero();
		assertThat(page).contains("error-summary");
		return page;
	}

	@Test
	void impossibleAndFutureDates() throws Exception {
		assertThat(refused(registration().param("firstName", "An").param("postcode", "3700").param("birthDate", "1980-02-30")))
				.contains("Deze datum bestaat niet");
		assertThat(refused(
				registration().param("firstName", "An").param("postcode", "3700").param("birthYear", String.valueOf(LocalDate.now().getYear() + 1))))
				.contains("Het geboortejaar kan niet in de toekomst liggen");
		assertThat(refused(registration().param("firstName", "An").param("postcode", "3700").param("birthYear", "negentien")))
				.contains("Dit heeft niet de juiste vorm");
	}

	@Test
	void unknownPostcodesMissingNamesAndOverLongText() throws Exception {
		assertThat(refused(registration().param("firstName", "An").param("postcode", "9000"))).contains("Kies een gemeente uit de lijst");
		assertThat(refused(registration().param("lastName", "Zonder Voornaam").param("postcode", "3700")))
				.contains("Vul een voornaam of een roepnaam in")
				.contains("value=\"Zonder Voornaam\"");
		assertThat(refused(registration().param("firstName", "A".repeat(101)).param("postcode", "3700"))).contains("tussen 0 en 100 tekens");
		assertThat(refused(registration().param("firstName", "An").param("postcode", "3700").param("phone", "call me")))
				.contains("geldig gsm-nummer");
	}

	@Test
	void scriptInANameIsRefusedAndEscaped() throws Exception {
		String page = refused(registration().param("firstName", "<script>alert(1)</script>").param("postcode", "3700"));
		assertThat(page).contains("Gebruik alleen letters").doesNotContain("<script>alert(1)</script>")
				.contains("value=\"&lt;script>alert(1)&lt;/script>\"");
		String referral = mvc.perform(post("/referrals/new").with(TestData.as(tenant.actor(Role.REFERRER))).with(csrf())
				.param("personName", "<img src=x onerror=alert(1)>").param("service", "DEVICE").param("reason", "<b>x</b>"))
				.andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
		assertThat(referral).doesNotContain("<img src=x").doesNotContain("<b>x</b>");
		assertThat(
				jdbc.sql("select count(*) from people.referral where digibank_id = ?").param(tenant.digibank().value()).query(Integer.class).single())
				.isZero();
	}

	@Test
	void theApiAnswers400WithFieldErrors() throws Exception {
		String body = mvc.perform(post("/api/v1/people").with(TestData.as(volunteer)).contentType("application/json")
				.content("{\"firstName\": \"<script>\", \"postcode\": \"9999\", \"birthYear\": 2999}")).andExpect(status().isBadRequest()).andReturn()
				.getResponse().getContentAsString();
		assertThat(body).contains("\"firstName\"").contains("\"postcode\"").contains("\"birthYear\"");
		assertThat(
				jdbc.sql("select count(*) from people.person where digibank_id = ?").param(tenant.digibank().value()).query(Integer.class).single())
				.isZero();
		mvc.perform(post("/api/v1/people").with(TestData.as(volunteer)).contentType("application/json")
				.content("{\"firstName\": \"Bram\", \"postcode\": \"3700\"}")).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/people").with(TestData.as(volunteer)).contentType("application/json")
				.content("{\"firstName\": \"Bram\", \"postcode\": \"3700\"}")).andExpect(status().isConflict());
	}
}
