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
import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The coordinator's staff pages and the invitation link, end to end against PostgreSQL. */
@DigibankTest
class StaffPagesTest {

	static final String NEW_PASSWORD = "purple elephants dance slowly";

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	TestClock clock;
	@Autowired
	JdbcClient jdbc;

	static String uniqueEmail() {
		return "new-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
	}

	MvcResult invite(Actor coordinator, String email, String role, String partner) throws Exception {
		return mvc.perform(post("/staff/new").with(as(coordinator)).with(csrf()).param("name", "Nieuwe Vrijwilliger")
				.param("email", email).param("role", role).param("partner", partner)).andReturn();
	}

	String accountStatus(String email) {
		return jdbc.sql("select status from staff.staff_account where email = ?").param(email).query(String.class)
				.single();
	}

	WebSession signIn(Actor actor) throws Exception {
		WebSession session = new WebSession(mvc);
		session.perform(post("/login").with(csrf()).param("email", TestData.email(actor)).param("password",
				TestData.PASSWORD));
		session.perform(post("/login/code").with(csrf()).param("code", SignInTest.code(clock.instant())))
				.andExpect(redirectedUrl("/"));
		return session;
	}

	static String token(MvcResult invited) {
		String link = (String) invited.getFlashMap().get(StaffController.LINK);
		assertThat(link).contains("/invitation/");
		return link.substring(link.indexOf("/invitation/") + "/invitation/".length());
	}

	@Test
	void invitedPersonChoosesAPasswordAndMustSetUpTheSecondFactor() throws Exception {
		TestData.Tenant tenant = data.tenant();
		String email = uniqueEmail();
		WebSession coordinator = signIn(tenant.coordinator());
		MvcResult invited = coordinator.perform(post("/staff/new").with(csrf())
				.param("name", "Nieuwe Vrijwilliger").param("email", email).param("role", "VOLUNTEER")
				.param("partner", tenant.partnerA().toString())).andExpect(status().isFound()).andReturn();
		assertThat(invited.getResponse().getRedirectedUrl()).startsWith("/staff/");
		assertThat(accountStatus(email)).isEqualTo("INVITED");
		String token = token(invited);
		// the link is shown once, on the page after the redirect
		String next = invited.getResponse().getRedirectedUrl();
		coordinator.perform(get(next)).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("/invitation/" + token)));
		coordinator.perform(get(next)).andExpect(status().isOk())
				.andExpect(content().string(Matchers.not(Matchers.containsString("/invitation/"))));

		WebSession browser = new WebSession(mvc);
		browser.perform(get("/invitation/" + token)).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("Nieuwe Vrijwilliger")));
		browser.perform(post("/invitation/" + token).with(csrf()).param("password", NEW_PASSWORD).param("repeat",
				"something else entirely")).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(Matchers.containsString(email)))
				.andExpect(content().string(Matchers.not(Matchers.containsString(NEW_PASSWORD))));
		browser.perform(post("/invitation/" + token).with(csrf()).param("password", "password").param("repeat",
				"password")).andExpect(status().isUnprocessableContent());
		browser.perform(post("/invitation/" + token).with(csrf()).param("password", NEW_PASSWORD).param("repeat",
				NEW_PASSWORD)).andExpect(redirectedUrl("/login"));
		assertThat(accountStatus(email)).isEqualTo("ACTIVE");
		// the link works only once
		browser.perform(get("/invitation/" + token)).andExpect(status().isNotFound());

		WebSession signIn = new WebSession(mvc);
		signIn.perform(post("/login").with(csrf()).param("email", email).param("password", NEW_PASSWORD))
				.andExpect(redirectedUrl("/login/enrol"));
		String page = signIn.perform(get("/login/enrol")).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		String secret = page.replaceAll("(?s).*<p class=\"secret\">([A-Z2-7 ]+)</p>.*", "$1").replace(" ", "");
		String code = new DefaultCodeGenerator().generate(secret, clock.instant().getEpochSecond() / 30);
		signIn.perform(post("/login/enrol").with(csrf()).param("code", code))
				.andExpect(redirectedUrl("/login/recovery-codes"));
		signIn.perform(get("/")).andExpect(status().isOk());
	}

	@Test
	void badInputIsShownWithTheTypedValues() throws Exception {
		TestData.Tenant tenant = data.tenant();
		mvc.perform(post("/staff/new").with(as(tenant.coordinator())).with(csrf()).param("name", "Typed Name")
				.param("email", "not an address").param("role", "VOLUNTEER")).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(Matchers.containsString("value=\"Typed Name\"")))
				.andExpect(content().string(Matchers.containsString("value=\"not an address\"")))
				.andExpect(content().string(Matchers.containsString("error-summary")));
	}

	@Test
	void aSecondAccountWithTheSameAddressIsRefused() throws Exception {
		TestData.Tenant tenant = data.tenant();
		String email = uniqueEmail();
		invite(tenant.coordinator(), email, "STAFF", "");
		MvcResult again = invite(tenant.coordinator(), email.toUpperCase(), "STAFF", "");
		assertThat(again.getResponse().getStatus()).isEqualTo(422);
		assertThat(again.getResponse().getContentAsString()).contains("email-error");
	}

	@Test
	void postedDigibankOrPlatformRoleCannotCreateSuchAnAccount() throws Exception {
		TestData.Tenant tenant = data.tenant();
		TestData.Tenant other = data.tenant();
		String email = uniqueEmail();
		mvc.perform(post("/staff/new").with(as(tenant.coordinator())).with(csrf()).param("name", "Sneaky")
				.param("email", email).param("role", "PLATFORM_ADMIN").param("digibankId", other.digibank().toString()))
				.andExpect(status().isUnprocessableContent());
		assertThat(jdbc.sql("select count(*) from staff.staff_account where email = ?").param(email)
				.query(Integer.class).single()).isZero();
		String second = uniqueEmail();
		mvc.perform(post("/staff/new").with(as(tenant.coordinator())).with(csrf()).param("name", "Sneaky")
				.param("email", second).param("role", "STAFF").param("digibankId", other.digibank().toString())
				.param("status", "ACTIVE")).andExpect(status().isFound());
		assertThat(jdbc.sql("select digibank_id::text || ' ' || status from staff.staff_account where email = ?")
				.param(second).query(String.class).single()).isEqualTo(tenant.digibank() + " INVITED");
	}

	@Test
	void aPartnerOfAnotherDigibankIsRefused() throws Exception {
		TestData.Tenant tenant = data.tenant();
		TestData.Tenant other = data.tenant();
		String email = uniqueEmail();
		MvcResult result = invite(tenant.coordinator(), email, "STAFF", other.partnerA().toString());
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(result.getResponse().getContentAsString()).contains("partner-error");
		assertThat(jdbc.sql("select count(*) from staff.staff_account where email = ?").param(email)
				.query(Integer.class).single()).isZero();
	}

	@Test
	void accountsOfAnotherDigibankAreNotFoundAndNotChanged() throws Exception {
		TestData.Tenant tenant = data.tenant();
		Actor stranger = data.tenant().actor(Role.VOLUNTEER);
		String path = "/staff/" + stranger.accountId();
		mvc.perform(get(path).with(as(tenant.coordinator()))).andExpect(status().isNotFound());
		mvc.perform(post(path).with(as(tenant.coordinator())).with(csrf()).param("name", "Taken over")
				.param("role", "COORDINATOR").param("version", "0")).andExpect(status().isNotFound());
		mvc.perform(post(path + "/disable").with(as(tenant.coordinator())).with(csrf()))
				.andExpect(status().isNotFound());
		mvc.perform(post(path + "/password-reset").with(as(tenant.coordinator())).with(csrf()))
				.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select display_name || ' ' || role || ' ' || status from staff.staff_account where id = ?")
				.param(stranger.accountId().value()).query(String.class).single())
				.isEqualTo(stranger.displayName() + " VOLUNTEER ACTIVE");
		assertThat(jdbc.sql("select count(*) from staff.account_link where account_id = ?")
				.param(stranger.accountId().value()).query(Integer.class).single()).isZero();
	}

	@Test
	void disablingEndsTheSessionsOfThatAccount() throws Exception {
		TestData.Tenant tenant = data.tenant();
		Actor volunteer = tenant.actor(Role.VOLUNTEER);
		WebSession session = signIn(volunteer);
		session.perform(get("/")).andExpect(status().isOk());
		mvc.perform(post("/staff/" + volunteer.accountId() + "/disable").with(as(tenant.coordinator())).with(csrf()))
				.andExpect(redirectedUrl("/staff/" + volunteer.accountId()));
		session.perform(get("/")).andExpect(redirectedUrl("/login?ended"));
		mvc.perform(post("/staff/" + volunteer.accountId() + "/enable").with(as(tenant.coordinator())).with(csrf()))
				.andExpect(status().isFound());
		assertThat(jdbc.sql("select status from staff.staff_account where id = ?")
				.param(volunteer.accountId().value()).query(String.class).single()).isEqualTo("ACTIVE");
	}

	@Test
	void aCoordinatorCannotDisableThemselvesNorDropTheirOwnRole() throws Exception {
		Actor coordinator = data.tenant().coordinator();
		mvc.perform(post("/staff/" + coordinator.accountId() + "/disable").with(as(coordinator)).with(csrf()))
				.andExpect(status().isConflict());
		mvc.perform(post("/staff/" + coordinator.accountId()).with(as(coordinator)).with(csrf())
				.param("name", coordinator.displayName()).param("role", "STAFF").param("version", "0"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(Matchers.containsString("role-error")));
		assertThat(jdbc.sql("select role || ' ' || status from staff.staff_account where id = ?")
				.param(coordinator.accountId().value()).query(String.class).single()).isEqualTo("COORDINATOR ACTIVE");
	}

	@Test
	void editingWithAStaleVersionIsAConflict() throws Exception {
		TestData.Tenant tenant = data.tenant();
		Actor trainer = tenant.actor(Role.TRAINER);
		String path = "/staff/" + trainer.accountId();
		mvc.perform(post(path).with(as(tenant.coordinator())).with(csrf()).param("name", "Renamed")
				.param("role", "TRAINER").param("partner", tenant.partnerB().toString()).param("version", "0"))
				.andExpect(redirectedUrl(path));
		mvc.perform(post(path).with(as(tenant.coordinator())).with(csrf()).param("name", "Lost update")
				.param("role", "TRAINER").param("version", "0")).andExpect(status().isConflict());
		assertThat(jdbc.sql("select display_name || ' ' || partner_id from staff.staff_account where id = ?")
				.param(trainer.accountId().value()).query(String.class).single())
				.isEqualTo("Renamed " + tenant.partnerB());
	}

	@Test
	void aPasswordResetLinkLetsThePersonChooseANewPassword() throws Exception {
		TestData.Tenant tenant = data.tenant();
		Actor staff = tenant.actor(Role.STAFF);
		MvcResult reset = mvc
				.perform(post("/staff/" + staff.accountId() + "/password-reset").with(as(tenant.coordinator()))
						.with(csrf()))
				.andExpect(redirectedUrl("/staff/" + staff.accountId())).andReturn();
		String token = token(reset);
		WebSession browser = new WebSession(mvc);
		browser.perform(post("/invitation/" + token).with(csrf()).param("password", NEW_PASSWORD).param("repeat",
				NEW_PASSWORD)).andExpect(redirectedUrl("/login"));
		new WebSession(mvc)
				.perform(post("/login").with(csrf()).param("email", TestData.email(staff)).param("password",
						NEW_PASSWORD))
				.andExpect(redirectedUrl("/login/code"));
		browser.perform(post("/invitation/" + token).with(csrf()).param("password", NEW_PASSWORD).param("repeat",
				NEW_PASSWORD)).andExpect(status().isNotFound());
	}

	@Test
	void aVolunteerCannotSeeOrManageStaff() throws Exception {
		TestData.Tenant tenant = data.tenant();
		mvc.perform(get("/staff").with(as(tenant.actor(Role.VOLUNTEER)))).andExpect(status().isForbidden());
		mvc.perform(get("/staff/new").with(as(tenant.actor(Role.STAFF)))).andExpect(status().isForbidden());
		mvc.perform(get("/staff").with(as(tenant.actor(Role.STAFF)))).andExpect(status().isOk());
	}
}
