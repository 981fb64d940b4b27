package be.digibank.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.network.Network;
import be.digibank.network.NewDigibank;
import be.digibank.shared.DigibankId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A new digibank gets its first coordinator from the platform administrator. */
@DigibankTest
class CoordinatorInvitationTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	Network network;
	@Autowired
	JdbcClient jdbc;

	@Test
	void thePlatformAdministratorInvitesTheFirstCoordinatorOfANewDigibank() throws Exception {
		Actor admin = data.platformActor(Role.PLATFORM_ADMIN);
		DigibankId digibank = network.startDigibank(new NewDigibank("Digibank Nieuw " + UUID.randomUUID(), "Limburg", Map.of()));
		String email = "eerste-" + UUID.randomUUID() + "@test.example";
		mvc.perform(get("/digibanks/" + digibank + "/coordinators/new").with(TestData.as(admin))).andExpect(status().isOk());
		MvcResult result = mvc
				.perform(
						post("/digibanks/" + digibank + "/coordinators/new").with(TestData.as(admin)).with(csrf()).param("name", "Eerste Coördinator")
								.param("email", email).param("role", "PLATFORM_ADMIN").param("digibankId", UUID.randomUUID().toString()))
				.andExpect(status().is3xxRedirection()).andReturn();
		assertThat((String) result.getFlashMap().get("oneTimeLink")).contains("/invitation/");
		Map<String, Object> account = jdbc.sql("select role, status, digibank_id from staff.staff_account where email = ?").param(email).query()
				.singleRow();
		assertThat(account).containsEntry("role", "COORDINATOR").containsEntry("status", "INVITED").containsEntry("digibank_id", digibank.value());
	}

	@Test
	void badInputIsShownAgainAndNothingIsSaved() throws Exception {
		Actor admin = data.platformActor(Role.PLATFORM_ADMIN);
		DigibankId digibank = network.startDigibank(new NewDigibank("Digibank Fout " + UUID.randomUUID(), "", Map.of()));
		String page = mvc
				.perform(post("/digibanks/" + digibank + "/coordinators/new").with(TestData.as(admin)).with(csrf()).param("name", "Naam Behouden")
						.param("email", "geen-adres"))
				.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Naam Behouden").contains("geen-adres").contains("error-summary");
		assertThat(jdbc.sql("select count(*) from staff.staff_account where digibank_id = ?").param(digibank.value()).query(Integer.class).single())
				.isZero();
	}

	@Test
	void onlyThePlatformAdministratorMayAndUnknownDigibanksAreNotFound() throws Exception {
		Actor coordinator = data.tenant().coordinator();
		mvc.perform(get("/digibanks/" + coordinator.digibankId() + "/coordinators/new").with(TestData.as(coordinator)))
				.andExpect(status().isForbidden());
		mvc.perform(get("/digibanks/" + UUID.randomUUID() + "/coordinators/new").with(TestData.as(data.platformActor(Role.PLATFORM_ADMIN))))
				.andExpect(status().isNotFound());
	}
}
