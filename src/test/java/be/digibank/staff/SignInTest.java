package be.digibank.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestClock;
import be.digibank.TestData;
import be.digibank.WebSession;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signing in for real: password, one-time code, throttling, session end and logout. */
@DigibankTest
class SignInTest {

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

	static String code(Instant at) throws Exception {
		return new DefaultCodeGenerator().generate(TestData.SECRET, at.getEpochSecond() / 30);
	}

	WebSession password(Actor actor, String password) throws Exception {
		WebSession session = new WebSession(mvc);
		session.perform(post("/login").with(csrf()).param("email", TestData.email(actor)).param("password", password));
		return session;
	}

	WebSession signIn(Actor actor) throws Exception {
		WebSession session = password(actor, TestData.PASSWORD);
		session.perform(post("/login/code").with(csrf()).param("code", code(clock.instant()))).andExpect(redirectedUrl("/"));
		return session;
	}

	@Test
	void passwordThenCodeSignsIn() throws Exception {
		Actor coordinator = data.tenant().coordinator();
		WebSession session = new WebSession(mvc);
		session.perform(post("/login").with(csrf()).param("email", TestData.email(coordinator)).param("password", TestData.PASSWORD))
				.andExpect(redirectedUrl("/login/code"));
		session.perform(get("/")).andExpect(redirectedUrl("/login/code"));
		session.perform(post("/login/code").with(csrf()).param("code", code(clock.instant()))).andExpect(redirectedUrl("/"));
		session.perform(get("/")).andExpect(status().isOk());
	}

	@Test
	void theSessionIdChangesAtEachSignInStep() throws Exception {
		Actor coordinator = data.tenant().coordinator();
		WebSession session = new WebSession(mvc);
		session.perform(get("/login"));
		String anonymous = session.cookie().getValue();
		session.perform(post("/login").with(csrf()).param("email", TestData.email(coordinator)).param("password", TestData.PASSWORD));
		String afterPassword = session.cookie().getValue();
		session.perform(post("/login/code").with(csrf()).param("code", code(clock.instant())));
		assertThat(afterPassword).isNotEqualTo(anonymous);
		assertThat(session.cookie().getValue()).isNotEqualTo(afterPassword);
	}

	@Test
	void anIdleSessionEndsAfterThirtyMinutes() throws Exception {
		WebSession session = signIn(data.tenant().actor(Role.STAFF));
		session.perform(get("/")).andExpect(status().isOk());
		String id = new String(java.util.Base64.getDecoder().decode(session.cookie().getValue()));
		long idle = Duration.ofMinutes(31).toMillis();
		jdbc.sql("update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ? where session_id = ?").param(idle)
				.param(idle).param(id).update();
		session.perform(get("/")).andExpect(status().is3xxRedirection())
				.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).contains("/login"));
	}

	@Test
	void aRecoveryCodeWorksOnce() throws Exception {
		Actor coordinator = data.tenant().coordinator();
		jdbc.sql("insert into staff.recovery_code (account_id, code_hash) values (?, ?)").param(coordinator.accountId().value())
				.param(SecondFactor.hash("abcde-fghjk")).update();
		WebSession first = password(coordinator, TestData.PASSWORD);
		first.perform(post("/login/code").with(csrf()).param("code", "abcde-fghjk")).andExpect(redirectedUrl("/"));
		WebSession second = password(coordinator, TestData.PASSWORD);
		second.perform(post("/login/code").with(csrf()).param("code", "abcde-fghjk")).andExpect(status().isUnprocessableContent());
	}

	@Test
	void secondFactorSecretsAreEncryptedAtRest() {
		Actor coordinator = data.tenant().coordinator();
		String stored = jdbc.sql("select totp_secret from staff.staff_account where id = ?").param(coordinator.accountId().value())
				.query(String.class)
				.single();
		assertThat(stored).startsWith("v1:").doesNotContain(TestData.SECRET);
	}

	@Test
	void aCodeIsAcceptedOnlyOnce() throws Exception {
		Actor coordinator = data.tenant().coordinator();
		signIn(coordinator);
		WebSession second = password(coordinator, TestData.PASSWORD);
		second.perform(post("/login/code").with(csrf()).param("code", code(clock.instant()))).andExpect(status().isUnprocessableContent());
	}

	@Test
	void wrongPasswordAndUnknownAddressGetTheSameAnswer() throws Exception {
		Actor coordinator = data.tenant().coordinator();
		MvcResult wrong = mvc.perform(post("/login").with(csrf()).param("email", TestData.email(coordinator)).param("password", "wrong password 1"))
				.andReturn();
		MvcResult unknown = mvc.perform(post("/login").with(csrf()).param("email", "nobody-" + Instant.now().toEpochMilli() + "@test.example")
				.param("password", "wrong password 1")).andReturn();
		assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/login?failed").isEqualTo(unknown.getResponse().getRedirectedUrl());
	}

	@Test
	void guessingIsThrottledAndTheRealPersonGetsInAfterTheWindow() throws Exception {
		Actor staff = data.tenant().actor(Role.STAFF);
		for (int attempt = 0; attempt < LoginThrottle.FAILURES_PER_ACCOUNT; attempt++) {
			mvc.perform(post("/login").with(csrf()).param("email", TestData.email(staff)).param("password", "guess number " + attempt))
					.andExpect(redirectedUrl("/login?failed"));
		}
		mvc.perform(post("/login").with(csrf()).param("email", TestData.email(staff)).param("password", TestData.PASSWORD))
				.andExpect(redirectedUrl("/login?throttled"));
		clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
		mvc.perform(post("/login").with(csrf()).param("email", TestData.email(staff)).param("password", TestData.PASSWORD))
				.andExpect(redirectedUrl("/login/code"));
	}

	@Test
	void logoutEndsTheSessionAndItCannotBeReplayed() throws Exception {
		WebSession session = signIn(data.tenant().coordinator());
		jakarta.servlet.http.Cookie stolen = session.cookie();
		session.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
		session.replay(stolen, get("/")).andExpect(status().is3xxRedirection())
				.andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).contains("/login"));
	}

	@Test
	void disablingAnAccountEndsItsSessionAtTheNextRequest() throws Exception {
		Actor volunteer = data.tenant().actor(Role.VOLUNTEER);
		WebSession session = signIn(volunteer);
		session.perform(get("/")).andExpect(status().isOk());
		jdbc.sql("update staff.staff_account set status = 'DISABLED', session_generation = session_generation + 1 where id = ?")
				.param(volunteer.accountId().value()).update();
		session.perform(get("/")).andExpect(redirectedUrl("/login?ended"));
	}

	@Test
	void sessionsEndAfterTheAbsoluteLimit() throws Exception {
		WebSession session = signIn(data.tenant().actor(Role.TRAINER));
		clock.advance(SessionGuard.ABSOLUTE_LIMIT.plus(Duration.ofMinutes(1)));
		session.perform(get("/")).andExpect(redirectedUrl("/login?ended"));
	}

	@Test
	void anAccountWithoutSecondFactorMustSetOneUp() throws Exception {
		Actor funder = data.platformActor(Role.FUNDER);
		WebSession session = password(funder, TestData.PASSWORD);
		session.perform(get("/")).andExpect(status().isOk());
		Actor admin = data.platformActor(Role.PLATFORM_ADMIN);
		assertThat(admin.role().requiresSecondFactor()).isTrue();
	}
}
