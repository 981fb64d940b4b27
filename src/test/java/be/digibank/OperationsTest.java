package be.digibank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.shared.security.Role;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Health for load balancers, metrics only for platform administrators, friendly error pages. */
@DigibankTest
class OperationsTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;

	@Test
	void healthIsPublicButTellsOnlyTheStatus() throws Exception {
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"))
				.andExpect(jsonPath("$.components").doesNotExist());
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
	}

	@Test
	void metricsAreForPlatformAdministratorsOnly() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/actuator/prometheus").with(TestData.as(data.tenant().coordinator()))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").with(TestData.as(data.platformActor(Role.PLATFORM_ADMIN)))).andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
	}

	@Test
	void anUnexpectedErrorShowsAFriendlyPageWithoutDetails() throws Exception {
		String page = mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
				.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret internals")))
				.andExpect(status().isInternalServerError())
				.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Er ging iets mis").doesNotContain("secret internals").doesNotContain("Exception").doesNotContain("at be.digibank");
	}

	@Test
	void anUnknownPageIsNotFound() throws Exception {
		// the friendly page itself is rendered by the servlet container's error dispatch: see the browser tests
		mvc.perform(get("/does-not-exist").with(TestData.as(data.tenant().actor(Role.VOLUNTEER)))).andExpect(status().isNotFound());
	}

	@Test
	void whileTheDatabaseIsAwayPeopleGetACalm503AndItRecoversWithoutRestart() throws Exception {
		be.digibank.shared.security.Actor volunteer = data.tenant().actor(Role.VOLUNTEER);
		try {
			FaultyDataSource.databaseDown(true);
			String page = mvc.perform(get("/").with(TestData.as(volunteer))).andExpect(status().isServiceUnavailable())
					.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header().string("Retry-After", "60")).andReturn()
					.getResponse().getContentAsString();
			assertThat(page).contains("Even niet beschikbaar").doesNotContain("Exception").doesNotContain("Hikari");
			mvc.perform(get("/login")).andExpect(status().isServiceUnavailable());
		} finally {
			FaultyDataSource.databaseDown(false);
		}
		mvc.perform(get("/").with(TestData.as(volunteer))).andExpect(status().isOk());
	}

	@Test
	void withoutDemoModeThereAreNoDefaultAccounts(@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc,
			@Autowired org.springframework.context.ApplicationContext context) {
		assertThat(context.containsBean("demoData")).isFalse();
		assertThat(jdbc.sql(
				"select count(*) from staff.staff_account where email in ('coordinator@digbij.example', 'admin@platform.example', 'funder@wse.example')")
				.query(Integer.class)
				.single()).isZero();
	}

	@Test
	void theApiIsDocumented() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.openapi").exists());
	}

	@Test
	void theApiRefusesCallsWithoutAToken() throws Exception {
		mvc.perform(get("/api/v1/anything")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/anything").header("Authorization", "Bearer dgb_not-a-real-token")).andExpect(status().isUnauthorized());
	}
}
