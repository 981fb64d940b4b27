package be.digibank.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Who sees what of the register, on pages and the API: per role, referrers' own referrals, other digibanks. */
@DigibankTest
class PeopleAccessTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	Tenant tenant;
	UUID person;

	@BeforeEach
	void tenant() throws Exception {
		tenant = data.tenant();
		String location = mvc.perform(post("/people/new").with(TestData.as(tenant.coordinator())).with(csrf()).param("firstName", "Sofie")
				.param("lastName", "Claes").param("birthYear", "1984").param("postcode", "3700").param("targetGroups", "LOW_INCOME")
				.param("confirmNew", "true")).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		person = UUID.fromString(location.substring("/people/".length()));
		mvc.perform(post("/people/" + person + "/proofs").with(TestData.as(tenant.coordinator())).with(csrf())
				.param("proofType", "SOCIAL_INTEGRATION_INCOME").param("proofSeenOn", java.time.LocalDate.now().toString()))
				.andExpect(status().is3xxRedirection());
	}

	@Test
	void volunteersSeeTheMinimumToHelp() throws Exception {
		Actor volunteer = tenant.actor(Role.VOLUNTEER);
		String page = mvc.perform(get("/people/" + person).with(TestData.as(volunteer))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		assertThat(page).contains("Sofie Claes").contains("Mag lenen: ja").contains("er een geldig bewijs is, zonder einddatum")
				.doesNotContain("Laag inkomen").doesNotContain("Leefloon,").doesNotContain("overrideReason");
		String coordinatorPage = mvc.perform(get("/people/" + person).with(TestData.as(tenant.coordinator()))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		assertThat(coordinatorPage).contains("Laag inkomen").contains("er een geldig bewijs is (Leefloon), zonder einddatum")
				.contains("Leefloon,").contains("overrideReason");
		String api = mvc.perform(get("/api/v1/people/" + person).with(TestData.as(volunteer))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		assertThat(api).contains("\"targetGroups\":null");
		assertThat(mvc.perform(get("/api/v1/people/" + person + "/eligibility").with(TestData.as(volunteer))).andReturn().getResponse()
				.getContentAsString()).contains("\"proofType\":null").contains("\"eligible\":true");
	}

	@Test
	void technicianFunderAndReferrerCannotOpenTheRegister() throws Exception {
		for (Actor actor : new Actor[]{tenant.actor(Role.TECHNICIAN), tenant.actor(Role.REFERRER), data.platformActor(Role.FUNDER),
				data.platformActor(Role.PLATFORM_ADMIN)}) {
			mvc.perform(get("/people").param("q", "Sofie").with(TestData.as(actor))).andExpect(status().isForbidden());
			mvc.perform(get("/people/" + person).with(TestData.as(actor))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/people").param("q", "Sofie").with(TestData.as(actor))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/people/" + person + "/eligibility").with(TestData.as(actor))).andExpect(status().isForbidden());
		}
	}

	@Test
	void referrersSeeOnlyTheirOwnReferralsAndNeverTheRecord() throws Exception {
		Actor referrer = tenant.actor(Role.REFERRER);
		String mine = mvc.perform(post("/referrals/new").with(TestData.as(referrer)).with(csrf()).param("personName", "Yusuf Demir")
				.param("contact", "0470 99 88 77").param("postcode", "3700").param("service", "DEVICE")
				.param("reason", "needs a laptop for VDAB course"))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		UUID otherReferral = UUID.randomUUID();
		jdbc.sql(
				"insert into people.referral (id, digibank_id, referrer_id, person_name, reason, service, created_at) values (?, ?, ?, 'Other Client', 'x', 'TRAINING', now())")
				.param(otherReferral).param(tenant.digibank().value()).param(tenant.coordinator().accountId().value()).update();

		String list = mvc.perform(get("/referrals").with(TestData.as(referrer))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		assertThat(list).contains("Yusuf Demir").doesNotContain("Other Client");
		mvc.perform(get("/referrals/" + otherReferral).with(TestData.as(referrer))).andExpect(status().isNotFound());
		assertThat(mvc.perform(get("/api/v1/referrals").with(TestData.as(referrer))).andReturn().getResponse().getContentAsString())
				.contains("Yusuf Demir").doesNotContain("Other Client");

		// the digibank accepts it: a person is registered, the referral counts for lending, the referrer sees only the status
		UUID referral = UUID.fromString(mine.substring("/referrals/".length()));
		mvc.perform(post("/referrals/" + referral + "/accept").with(TestData.as(referrer)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/referrals/" + referral + "/accept").with(TestData.as(tenant.actor(Role.STAFF))).with(csrf()).param("personId", "new"))
				.andExpect(status().is3xxRedirection());
		UUID linked = jdbc.sql("select person_id from people.referral where id = ?").param(referral).query(UUID.class).single();
		assertThat(jdbc.sql("select phone from people.person where id = ?").param(linked).query(String.class).single()).isEqualTo("+32470998877");
		String status = mvc.perform(get("/referrals/" + referral).with(TestData.as(referrer))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		assertThat(status).contains("Aanvaard").doesNotContain("/people/" + linked);
		String verdict = mvc.perform(get("/api/v1/people/" + linked + "/eligibility").with(TestData.as(tenant.coordinator()))).andReturn()
				.getResponse()
				.getContentAsString();
		assertThat(verdict).contains("\"eligible\":true").contains("reason.referral");
	}

	@Test
	void anotherDigibanksPeopleAreNotFound() throws Exception {
		Tenant other = data.tenant();
		Actor stranger = other.coordinator();
		mvc.perform(get("/people/" + person).with(TestData.as(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/people/" + person).with(TestData.as(stranger))).andExpect(status().isNotFound());
		mvc.perform(post("/people/" + person + "/overrides").with(TestData.as(stranger)).with(csrf()).param("overrideService", "LENDING")
				.param("overrideEligible", "true").param("overrideReason", "cross-tenant attempt")).andExpect(status().isNotFound());
		assertThat(mvc.perform(get("/people").param("q", "Sofie Claes").with(TestData.as(stranger))).andReturn().getResponse().getContentAsString())
				.doesNotContain(person.toString());
		assertThat(jdbc.sql("select count(*) from people.eligibility_override where person_id = ?").param(person).query(Integer.class).single())
				.isZero();
	}
}
