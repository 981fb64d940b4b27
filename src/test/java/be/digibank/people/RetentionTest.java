package be.digibank.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestClock;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Retention per data category: the preview names exactly the persons past the limit, and the job removes exactly that.
 */
@DigibankTest
class RetentionTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TestClock clock;
	@Autowired
	RetentionJob job;
	@Autowired
	PrivacyDesk privacy;
	@Autowired
	DataSource dataSource;

	Tenant tenant;
	Actor coordinator;

	@BeforeEach
	void tenant() {
		tenant = data.tenant();
		coordinator = tenant.coordinator();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	UUID register(String first, String last) throws Exception {
		MvcResult result = mvc
				.perform(post("/people/new").with(TestData.as(coordinator)).with(csrf()).param("firstName", first).param("lastName", last)
						.param("birthYear", "1980").param("postcode", "3700").param("phone", "0470 11 22 33").param("note", "Komt op dinsdag")
						.param("confirmNew", "true"))
				.andExpect(status().is3xxRedirection()).andReturn();
		return UUID.fromString(result.getResponse().getRedirectedUrl().substring("/people/".length()));
	}

	void proof(UUID person) throws Exception {
		mvc.perform(post("/people/" + person + "/proofs").with(TestData.as(coordinator)).with(csrf()).param("proofType", "JOB_SEEKER")
				.param("proofSeenOn", LocalDate.now(clock).toString())).andExpect(status().is3xxRedirection());
	}

	@Test
	void previewListsExactlyThePersonsPastTheLimitAndTheJobRemovesExactlyThat() throws Exception {
		UUID old = register("Oud", "Contact");
		UUID recent = register("Recent", "Contact");
		clock.advance(Duration.ofDays(13 * 31));
		proof(recent);
		clock.advance(Duration.ofDays(12 * 31));
		UUID fresh = register("Vers", "Ingeschreven");
		mvc.perform(post("/people/retention").with(TestData.as(coordinator)).with(csrf()).param("category", "NOTE").param("months", "6"))
				.andExpect(status().is3xxRedirection());
		mvc.perform(post("/people/retention").with(TestData.as(coordinator)).with(csrf()).param("category", "NOTE").param("months", "0"))
				.andExpect(status().is(422));

		var preview = privacy.preview(tenant.digibank());
		assertThat(ids(preview.get(RetentionCategory.IDENTITY))).containsExactly(old);
		assertThat(ids(preview.get(RetentionCategory.CONTACT))).containsExactly(old);
		assertThat(ids(preview.get(RetentionCategory.NOTE))).containsExactlyInAnyOrder(old, recent);
		String page = mvc.perform(get("/people/retention").with(TestData.as(coordinator))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		assertThat(page).contains("Oud Contact").contains("Recent Contact").doesNotContain("Vers Ingeschreven").contains("6 maanden")
				.contains("24 maanden");

		assertThat(job.run()).isGreaterThanOrEqualTo(2);

		assertThat(
				jdbc.sql("select first_name || last_name || phone || note from people.person where id = ?").param(old).query(String.class).single())
				.isEmpty();
		assertThat(jdbc.sql("select anonymised_at is not null from people.person where id = ?").param(old).query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select first_name || '|' || phone || '|' || note from people.person where id = ?").param(recent).query(String.class)
				.single()).isEqualTo("Recent|+32470112233|");
		assertThat(jdbc.sql("select first_name || '|' || phone || '|' || note from people.person where id = ?").param(fresh).query(String.class)
				.single()).isEqualTo("Vers|+32470112233|Komt op dinsdag");
		assertThat(
				jdbc.sql("select count(*) from people.person where digibank_id = ?").param(tenant.digibank().value()).query(Integer.class).single())
				.isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from audit.audit_entry where record_id in (?, ?) and action = 'DELETE' and summary like 'retention:%'")
				.param(old.toString()).param(recent.toString()).query(Integer.class).single()).isEqualTo(2);
		assertThat(privacy.preview(tenant.digibank()).values()).allMatch(List::isEmpty);
	}

	@Test
	void onlyOneInstanceRunsTheJobAtATime() throws Exception {
		try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
			statement.execute("select pg_advisory_lock(hashtext('people.retention'))");
			try {
				assertThat(job.run()).isEqualTo(-1);
				mvc.perform(post("/people/retention/run").with(TestData.as(coordinator)).with(csrf())).andExpect(status().isConflict());
			} finally {
				statement.execute("select pg_advisory_unlock(hashtext('people.retention'))");
			}
		}
		mvc.perform(post("/people/retention/run").with(TestData.as(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
	}

	@Test
	void retentionIsForCoordinatorsOfTheirOwnDigibank() throws Exception {
		mvc.perform(get("/people/retention").with(TestData.as(tenant.actor(Role.STAFF)))).andExpect(status().isForbidden());
		mvc.perform(post("/people/retention").with(TestData.as(coordinator)).with(csrf()).param("category", "CONTACT").param("months", "3"))
				.andExpect(status().is3xxRedirection());
		UUID policy = jdbc.sql("select id from people.retention_policy where digibank_id = ?").param(tenant.digibank().value()).query(UUID.class)
				.single();
		mvc.perform(post("/people/retention/" + policy + "/reset").with(TestData.as(data.tenant().coordinator())).with(csrf()))
				.andExpect(status().isNotFound());
		mvc.perform(post("/people/retention/" + policy + "/reset").with(TestData.as(coordinator)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(
				jdbc.sql("select count(*) from people.retention_policy where digibank_id = ?").param(tenant.digibank().value()).query(Integer.class)
						.single())
				.isZero();
	}

	@Test
	void expiringProofsAreListedForFollowUpUnlessRenewed() throws Exception {
		UUID soon = register("Bijna", "Vervallen");
		UUID renewed = register("Al", "Vernieuwd");
		UUID expired = register("Reeds", "Vervallen");
		LocalDate today = LocalDate.now(clock);
		insertProof(soon, today.minusMonths(11), today.plusDays(10));
		insertProof(renewed, today.minusMonths(11), today.plusDays(10));
		insertProof(renewed, today, today.plusYears(1));
		insertProof(expired, today.minusMonths(13), today.minusDays(3));

		String page = mvc.perform(get("/people/proofs/expiring").with(TestData.as(tenant.actor(Role.STAFF)))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		assertThat(page).contains("/people/" + soon).contains("/people/" + expired).doesNotContain("/people/" + renewed).contains("vervallen");
		String narrow = mvc.perform(get("/people/proofs/expiring").param("days", "5").with(TestData.as(coordinator))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(narrow).doesNotContain("/people/" + soon).contains("/people/" + expired);
		mvc.perform(get("/people/proofs/expiring").with(TestData.as(tenant.actor(Role.VOLUNTEER)))).andExpect(status().isForbidden());
		String other = mvc.perform(get("/people/proofs/expiring").with(TestData.as(data.tenant().coordinator()))).andExpect(status().isOk())
				.andReturn()
				.getResponse().getContentAsString();
		assertThat(other).doesNotContain("/people/" + soon);
	}

	void insertProof(UUID person, LocalDate seen, LocalDate until) {
		jdbc.sql(
				"insert into people.eligibility_proof (id, digibank_id, person_id, type_code, seen_on, valid_until, checked_by) values (?, ?, ?, 'JOB_SEEKER', ?, ?, ?)")
				.param(UUID.randomUUID()).param(tenant.digibank().value()).param(person).param(seen).param(until)
				.param(coordinator.accountId().value()).update();
	}

	static List<UUID> ids(List<PrivacyRepository.Due> due) {
		return due.stream().map(d -> d.id().value()).toList();
	}
}
