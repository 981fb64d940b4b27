package be.digibank.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.inventory.DeviceId;
import be.digibank.people.PersonId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The loans API keeps the same rules as the pages: field messages, 409 for the device already out, 404 across
 * digibanks.
 */
@DigibankTest
class LoanApiTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	@Test
	void checkoutListAndReturnThroughTheApi() throws Exception {
		LoanFixtures fixtures = new LoanFixtures(jdbc);
		Tenant tenant = data.tenant();
		Actor staff = tenant.actor(Role.STAFF);
		DeviceId device = fixtures.device(tenant, "AVAILABLE");
		PersonId person = fixtures.eligiblePerson(tenant);
		String body = """
				{"deviceId": "%s", "personId": "%s", "depositCents": 2000, "depositMethod": "CASH", "signedOnPaper": true, "explained": ["WIFI"]}
				""".formatted(device, person);

		String created = mvc
				.perform(post("/api/v1/loans").with(TestData.as(staff)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String loan = created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		mvc.perform(post("/api/v1/loans").with(TestData.as(staff)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
				.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors.code").exists());
		mvc.perform(get("/api/v1/loans").with(TestData.as(staff)).param("person", person.toString())).andExpect(status().isOk())
				.andExpect(jsonPath("$[0].id").value(loan));
		mvc.perform(get("/api/v1/loans/" + loan).with(TestData.as(data.tenant().coordinator()))).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/loans/" + loan + "/return").with(TestData.as(staff)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0}")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.conditionGrade").exists());
		mvc.perform(post("/api/v1/loans/" + loan + "/return").with(TestData.as(staff)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 0, \"complete\": true, \"accessoriesBack\": true, \"conditionGrade\": \"A\", \"refundCents\": 2000}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.id").value(loan)).andExpect(jsonPath("$.ending").value("RETURNED"))
				.andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.refundedCents").value(2000))
				.andExpect(jsonPath("$.deviceState").value("RETURNED"));
		assertThat(fixtures.deviceState(device)).isEqualTo("RETURNED");

		// the database's unique index decides a race: a loan already in the table makes the API answer 409
		DeviceId raced = fixtures.device(tenant, "AVAILABLE");
		jdbc.sql("""
				insert into lending.loan (id, digibank_id, device_id, asset_tag, category, device_label, borrower_name, organisation_name, starts_on,
				       due_on, deposit_method, signed_on_paper, lent_by, lent_by_name)
				values (gen_random_uuid(), ?, ?, 'DB-000001', 'LAPTOP', 'x', 'Other', 'Other', current_date, current_date + 30, 'NONE', true, ?, 'x')
				""").param(tenant.digibank().value()).param(raced.value()).param(staff.accountId().value()).update();
		mvc.perform(post("/api/v1/loans").with(TestData.as(staff)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"deviceId\": \"%s\", \"organisationName\": \"School\", \"organisationContact\": \"Juf\", \"signedOnPaper\": true}"
						.formatted(raced)))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.message").value("Dit toestel werd net aan een andere balie uitgeleend. Er is niets bewaard."));
	}
}
