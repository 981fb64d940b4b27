package be.digibank.audit;

import static be.digibank.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.shared.security.Role;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Searching the trail finds what was viewed, only within the own digibank; nobody can change the trail. */
@DigibankTest
class AuditTrailTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	AuditEntries entries;

	@Test
	void openingAStaffDetailPageIsFoundInTheTrail() throws Exception {
		TestData.Tenant tenant = data.tenant();
		TestData.Tenant other = data.tenant();
		String viewed = tenant.actor(Role.VOLUNTEER).accountId().toString();
		mvc.perform(get("/staff/" + viewed).with(as(tenant.coordinator()))).andExpect(status().isOk());
		mvc.perform(get("/audit").with(as(tenant.coordinator())).param("recordType", "StaffAccount")
				.param("recordId", viewed).param("action", "VIEW")).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString(tenant.coordinator().displayName())))
				.andExpect(content().string(Matchers.containsString(viewed)));
		mvc.perform(get("/audit").with(as(other.coordinator())).param("recordId", viewed))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.not(Matchers.containsString(tenant.coordinator().displayName()))));
		AuditPage page = entries.search(new AuditQuery(tenant.digibank(), "StaffAccount", viewed, null,
				AuditAction.VIEW, null, null), 1);
		assertThat(page.entries()).hasSize(1);
		assertThat(page.entries().get(0).actorName()).isEqualTo(tenant.coordinator().displayName());
	}

	@Test
	void thePlatformAdministratorSearchesEveryDigibank() throws Exception {
		TestData.Tenant tenant = data.tenant();
		String viewed = tenant.actor(Role.TRAINER).accountId().toString();
		mvc.perform(get("/staff/" + viewed).with(as(tenant.coordinator()))).andExpect(status().isOk());
		mvc.perform(get("/audit").with(as(data.platformActor(Role.PLATFORM_ADMIN))).param("recordId", viewed))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString(tenant.coordinator().displayName())));
	}

	@Test
	void badFiltersAreExplainedAndOthersMayNotSearch() throws Exception {
		TestData.Tenant tenant = data.tenant();
		mvc.perform(get("/audit").with(as(tenant.coordinator())).param("from", "yesterday").param("actor", "Jan"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(Matchers.containsString("from-error")))
				.andExpect(content().string(Matchers.containsString("value=\"Jan\"")));
		mvc.perform(get("/audit").with(as(tenant.actor(Role.STAFF)))).andExpect(status().isForbidden());
	}

	@Test
	void theApplicationCannotChangeOrDeleteEntries() {
		data.tenant();
		assertThatThrownBy(() -> jdbc.sql("update audit.audit_entry set summary = 'changed'").update())
				.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("delete from audit.audit_entry").update())
				.isInstanceOf(DataAccessException.class);
		assertThat(jdbc.sql("select count(*) from audit.audit_entry where summary = 'changed'").query(Integer.class)
				.single()).isZero();
	}
}
