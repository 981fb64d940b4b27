package be.digibank.staff;

import static be.digibank.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestClock;
import be.digibank.TestData;
import be.digibank.WebSession;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.time.Duration;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The own profile: password change and personal API tokens, and the API those tokens open. */
@DigibankTest
class ProfileAndTokensTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	TestClock clock;
	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	String createToken(Actor actor, String name) throws Exception {
		Object secret = mvc.perform(post("/profile/tokens").with(as(actor)).with(csrf()).param("name", name))
				.andExpect(redirectedUrl("/profile")).andReturn().getFlashMap().get(ProfileController.SECRET);
		assertThat(secret).asString().startsWith("dgb_");
		return secret.toString();
	}

	UUID tokenId(Actor actor) {
		return jdbc.sql("select id from staff.api_token where account_id = ?").param(actor.accountId().value())
				.query(UUID.class).single();
	}

	@Test
	void aTokenMadeOnTheProfileOpensTheApiOfItsOwnDigibankUntilRevoked() throws Exception {
		TestData.Tenant tenant = data.tenant();
		TestData.Tenant other = data.tenant();
		Actor staff = tenant.actor(Role.STAFF);
		String secret = createToken(staff, "Rapportage");
		mvc.perform(get("/api/v1/staff").header("Authorization", "Bearer " + secret)).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString(TestData.email(tenant.coordinator()))))
				.andExpect(content().string(Matchers.not(Matchers.containsString(TestData.email(other.coordinator())))))
				.andExpect(content().string(Matchers.not(Matchers.containsString("password"))));
		mvc.perform(get("/api/v1/staff/" + other.coordinator().accountId()).header("Authorization", "Bearer " + secret))
				.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/staff/" + tenant.coordinator().accountId()).header("Authorization",
				"Bearer " + secret)).andExpect(status().isOk());

		String otherSecret = createToken(other.actor(Role.STAFF), "Ander");
		mvc.perform(get("/api/v1/staff").header("Authorization", "Bearer " + otherSecret))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString(TestData.email(other.coordinator()))))
				.andExpect(content().string(Matchers.not(Matchers.containsString(TestData.email(staff)))));

		mvc.perform(post("/profile/tokens/" + tokenId(staff) + "/revoke").with(as(staff)).with(csrf()))
				.andExpect(redirectedUrl("/profile"));
		mvc.perform(get("/api/v1/staff").header("Authorization", "Bearer " + secret))
				.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/staff")).andExpect(status().isUnauthorized());
	}

	@Test
	void tokensOfOthersCannotBeRevokedAcrossDigibanksOrAccounts() throws Exception {
		TestData.Tenant tenant = data.tenant();
		TestData.Tenant other = data.tenant();
		Actor staff = tenant.actor(Role.STAFF);
		String secret = createToken(staff, "Mijn sleutel");
		UUID id = tokenId(staff);
		mvc.perform(post("/staff/tokens/" + id + "/revoke").with(as(other.coordinator())).with(csrf()))
				.andExpect(status().isNotFound());
		mvc.perform(post("/profile/tokens/" + id + "/revoke").with(as(tenant.staffOfPartnerB())).with(csrf()))
				.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/staff").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
		mvc.perform(get("/staff/tokens").with(as(tenant.coordinator()))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("Mijn sleutel")));
		mvc.perform(post("/staff/tokens/" + id + "/revoke").with(as(tenant.coordinator())).with(csrf()))
				.andExpect(redirectedUrl("/staff/tokens"));
		mvc.perform(get("/api/v1/staff").header("Authorization", "Bearer " + secret))
				.andExpect(status().isUnauthorized());
	}

	@Test
	void aVolunteerHasNoTokensButSeesTheProfile() throws Exception {
		Actor volunteer = data.tenant().actor(Role.VOLUNTEER);
		mvc.perform(get("/profile").with(as(volunteer))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.not(Matchers.containsString("/profile/tokens"))));
		mvc.perform(post("/profile/tokens").with(as(volunteer)).with(csrf()).param("name", "x"))
				.andExpect(status().isForbidden());
	}

	@Test
	void changingThePasswordEndsOtherSessionsButKeepsThisOne() throws Exception {
		Actor trainer = data.tenant().actor(Role.TRAINER);
		WebSession here = signIn(trainer);
		clock.advance(Duration.ofSeconds(30));
		WebSession elsewhere = signIn(trainer);
		here.perform(post("/profile/password").with(csrf()).param("current", "wrong password here")
				.param("password", "a brand new passphrase").param("repeat", "a brand new passphrase"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(Matchers.containsString("current-error")));
		here.perform(post("/profile/password").with(csrf()).param("current", TestData.PASSWORD)
				.param("password", "a brand new passphrase").param("repeat", "a brand new passphrase"))
				.andExpect(redirectedUrl("/profile"));
		here.perform(get("/profile")).andExpect(status().isOk());
		elsewhere.perform(get("/profile")).andExpect(redirectedUrl("/login?ended"));
	}

	WebSession signIn(Actor actor) throws Exception {
		WebSession session = new WebSession(mvc);
		session.perform(post("/login").with(csrf()).param("email", TestData.email(actor)).param("password",
				TestData.PASSWORD));
		session.perform(post("/login/code").with(csrf()).param("code", SignInTest.code(clock.instant())))
				.andExpect(redirectedUrl("/"));
		return session;
	}
}
