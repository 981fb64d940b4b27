package be.digibank.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestClock;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Role;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The home page lists what waits for the signed-in person, counted within their digibank and their permissions. */
@DigibankTest
class HomePageTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TestClock clock;

	@Test
	void eachRoleSeesWhatWaitsForItWithinItsDigibank() throws Exception {
		Tenant tenant = data.tenant();
		UUID digibank = tenant.digibank().value();
		for (int i = 0; i < 2; i++) {
			jdbc.sql("insert into people.referral (id, digibank_id, referrer_id, person_name, reason, service, status, created_at) "
					+ "values (?, ?, ?, 'iemand', 'heeft een laptop nodig', 'DEVICE', 'REQUESTED', now())").param(UUID.randomUUID()).param(digibank)
					.param(tenant.actor(Role.REFERRER).accountId().value()).update();
		}
		UUID person = UUID.randomUUID();
		jdbc.sql("insert into people.person (id, digibank_id, first_name, last_name, postcode) values (?, ?, 'Jan', 'Peeters', '3700')").param(person)
				.param(digibank).update();
		LocalDate today = LocalDate.now(clock);
		jdbc.sql("insert into people.eligibility_proof (id, digibank_id, person_id, type_code, seen_on, valid_until, checked_by) "
				+ "values (?, ?, ?, 'OTHER', ?, ?, ?)").param(UUID.randomUUID()).param(digibank).param(person).param(today.minusYears(1))
				.param(today.plusDays(10)).param(tenant.coordinator().accountId().value()).update();

		String coordinator = mvc.perform(get("/").with(TestData.as(tenant.coordinator()))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		assertThat(coordinator).contains("Wat op je wacht").contains("waiting__count\">2</span> doorverwijzingen wachten op een antwoord")
				.contains("waiting__count\">1</span> bewijs loopt binnen 30 dagen af");

		jdbc.sql("""
				insert into lending.loan (id, digibank_id, device_id, asset_tag, category, device_label, borrower_name, person_id, starts_on,
				       due_on, deposit_method, signed_on_paper, lent_by, lent_by_name)
				values (?, ?, ?, 'DB-000001', 'LAPTOP', 'Lenovo', 'Jan Peeters', ?, ?, ?, 'NONE', true, ?, 'test')
				""").param(UUID.randomUUID()).param(digibank).param(UUID.randomUUID()).param(person).param(today.minusDays(40))
				.param(today.minusDays(3)).param(tenant.coordinator().accountId().value()).update();
		String late = mvc.perform(get("/").with(TestData.as(tenant.coordinator()))).andReturn().getResponse().getContentAsString();
		assertThat(late).contains("waiting__count\">1</span> uitlening is te laat");

		String volunteer = mvc.perform(get("/").with(TestData.as(tenant.actor(Role.VOLUNTEER)))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		assertThat(volunteer).doesNotContain("doorverwijzingen wachten").contains("uitlening is te laat");

		String other = mvc.perform(get("/").with(TestData.as(data.tenant().coordinator()))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		assertThat(other).as("another digibank").doesNotContain("Wat op je wacht");
	}
}
