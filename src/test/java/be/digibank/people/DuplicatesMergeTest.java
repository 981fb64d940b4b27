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
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The coordinator's duplicates work on a real PostgreSQL: the screen finds a swapped-name pair, a merge keeps every
 * record of both and the count of unique persons drops by exactly one, undo restores everything exactly, another
 * digibank's records are not found, and of two coordinators merging the same pair at once exactly one wins.
 */
@DigibankTest
@RecordApplicationEvents
class DuplicatesMergeTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	PeopleRegister register;
	@Autowired
	PeopleDesk desk;
	@Autowired
	TestClock clock;
	@Autowired
	ApplicationEvents events;

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

	UUID person(String first, String last, Integer year) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into people.person (id, digibank_id, first_name, last_name, birth_year, postcode) values (?, ?, ?, ?, ?, '3700')").param(id)
				.param(tenant.digibank().value()).param(first).param(last).param(year).update();
		return id;
	}

	/** A proof, an override, two consents (one of them open for the newsletter), a referral and a target group. */
	void history(UUID person, String targetGroup) {
		UUID digibank = tenant.digibank().value();
		UUID by = coordinator.accountId().value();
		jdbc.sql("insert into people.eligibility_proof (id, digibank_id, person_id, type_code, seen_on, checked_by) values (?, ?, ?, 'OTHER', ?, ?)")
				.param(UUID.randomUUID()).param(digibank).param(person).param(LocalDate.now()).param(by).update();
		jdbc.sql("insert into people.eligibility_override (id, digibank_id, person_id, service, eligible, reason, decided_by, decided_at) "
				+ "values (?, ?, ?, 'LENDING', true, 'known to the social worker', ?, now())").param(UUID.randomUUID()).param(digibank).param(person)
				.param(by).update();
		jdbc.sql(
				"insert into people.consent (id, digibank_id, person_id, purpose, channel, given_at, given_by) values (?, ?, ?, 'NEWSLETTER', 'PAPER', ?, ?)")
				.param(UUID.randomUUID()).param(digibank).param(person).param(Timestamp.from(Instant.now())).param(by).update();
		jdbc.sql("insert into people.consent (id, digibank_id, person_id, purpose, channel, given_at, given_by, withdrawn_at, withdrawn_by) "
				+ "values (?, ?, ?, 'PHOTOS', 'PAPER', now() - interval '1 day', ?, now(), ?)").param(UUID.randomUUID()).param(digibank).param(person)
				.param(by).param(by).update();
		jdbc.sql("insert into people.referral (id, digibank_id, referrer_id, person_name, reason, service, status, person_id, created_at) "
				+ "values (?, ?, ?, 'someone', 'needs a laptop', 'DEVICE', 'ACCEPTED', ?, now())").param(UUID.randomUUID()).param(digibank)
				.param(tenant.actor(Role.REFERRER).accountId().value()).param(person).update();
		jdbc.sql("insert into people.person_target_group (person_id, code) values (?, ?)").param(person).param(targetGroup).update();
	}

	/** Every row of the people schema's history of these persons, as "table id person". */
	List<String> rows(UUID... persons) {
		List<String> rows = new ArrayList<>();
		for (String table : MergeRepository.HISTORY) {
			rows.addAll(jdbc.sql("select '" + table + " ' || id || ' ' || person_id from people." + table
					+ " where person_id = any(?) order by id").param(persons).query(String.class).list());
		}
		rows.addAll(jdbc.sql("select 'target ' || code || ' ' || person_id from people.person_target_group where person_id = any(?) order by 1")
				.param(persons).query(String.class).list());
		return rows;
	}

	@Test
	void theScreenFindsASwappedNamePair() throws Exception {
		UUID jan = person("Jan", "Van den Broeck", 1956);
		UUID swapped = person("Vandenbroeck", "Jan", 1956);
		person("Fatima", "Amrani", 1980);
		String page = mvc.perform(get("/people/duplicates").with(TestData.as(coordinator))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		assertThat(page).containsAnyOf("/people/duplicates/" + jan + "/" + swapped, "/people/duplicates/" + swapped + "/" + jan).contains("100%")
				.doesNotContain("Fatima");
		String comparison = mvc.perform(get("/people/duplicates/" + jan + "/" + swapped).with(TestData.as(coordinator))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(comparison).contains("Jan Van den Broeck").contains("Vandenbroeck Jan")
				.contains("/people/duplicates/" + jan + "/" + swapped + "/merge")
				.contains("/people/duplicates/" + swapped + "/" + jan + "/merge");
		mvc.perform(get("/people/duplicates").with(TestData.as(tenant.actor(Role.VOLUNTEER)))).andExpect(status().isForbidden());
	}

	@Test
	void mergeKeepsEveryRecordOfBothCountsOnceAndUndoRestoresExactly() throws Exception {
		UUID kept = person("Lotte", "Willems", 1975);
		UUID merged = person("Lote", "Willems", 1975);
		person("Piet", "Claes", 1940);
		history(kept, "JOB_SEEKER");
		history(merged, "NEWCOMER");
		List<String> before = rows(kept, merged);
		int count = register.countUniquePersons(tenant.digibank());
		assertThat(count).isEqualTo(3);

		mvc.perform(post("/people/duplicates/" + kept + "/" + merged + "/merge").with(TestData.as(coordinator)).with(csrf()))
				.andExpect(status().is3xxRedirection());

		assertThat(register.countUniquePersons(tenant.digibank())).isEqualTo(count - 1);
		// every row of both is still there; all of the merged record's history is the survivor's now, except its open
		// newsletter consent, which the survivor also has (one open consent per purpose): it stays with the merged record
		List<String> after = rows(kept, merged);
		assertThat(after).hasSize(before.size() + 1);
		assertThat(after.stream().filter(row -> row.endsWith(merged.toString()))).hasSize(2)
				.anySatisfy(row -> assertThat(row).startsWith("consent")).anySatisfy(row -> assertThat(row).startsWith("target NEWCOMER"));
		assertThat(after.stream().filter(row -> row.endsWith(kept.toString()) && row.startsWith("target")))
				.containsExactlyInAnyOrder("target JOB_SEEKER " + kept, "target NEWCOMER " + kept);
		assertThat(jdbc.sql("select count(*) from people.eligibility_proof where person_id = ?").param(kept).query(Integer.class).single())
				.isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from people.referral where person_id = ?").param(kept).query(Integer.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select merged_into from people.person where id = ?").param(merged).query(UUID.class).single()).isEqualTo(kept);
		assertThat(events.stream(PersonsMerged.class))
				.containsExactly(new PersonsMerged(tenant.digibank(), new PersonId(kept), new PersonId(merged)));
		assertThat(jdbc.sql("select summary from audit.audit_entry where record_type = 'Person' and record_id = ? and action = 'CHANGE'")
				.param(kept.toString()).query(String.class).list())
				.anySatisfy(summary -> assertThat(summary).startsWith("merged with person " + merged));
		// a merged record is no longer found; its page leads to the survivor
		mvc.perform(get("/people/" + merged).with(TestData.as(coordinator))).andExpect(status().is3xxRedirection())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/people/" + kept));
		assertThat(desk.search(coordinator, "Lotte Willems")).extracting(PeopleViews.PersonRow::id).containsExactly(kept);

		String merges = mvc.perform(get("/people/merges").with(TestData.as(coordinator))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		UUID mergeId = jdbc.sql("select id from people.person_merge where merged_id = ?").param(merged).query(UUID.class).single();
		assertThat(merges).contains("/people/merges/" + mergeId + "/undo").contains("Lote Willems");

		mvc.perform(post("/people/merges/" + mergeId + "/undo").with(TestData.as(coordinator)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(rows(kept, merged)).containsExactlyInAnyOrderElementsOf(before);
		assertThat(register.countUniquePersons(tenant.digibank())).isEqualTo(count);
		assertThat(jdbc.sql("select count(*) from people.person where id = ? and merged_into is null").param(merged).query(Integer.class).single())
				.isEqualTo(1);
		assertThat(events.stream(PersonsUnmerged.class)).hasSize(1);
		// undone once only
		mvc.perform(post("/people/merges/" + mergeId + "/undo").with(TestData.as(coordinator)).with(csrf())).andExpect(status().isConflict());
	}

	@Test
	void aMergeCanBeUndoneOnlyWithinTheSetTime() throws Exception {
		UUID kept = person("Ahmed", "Benali", 1990);
		UUID merged = person("Ahmed", "Bennali", 1990);
		mvc.perform(post("/people/duplicates/" + kept + "/" + merged + "/merge").with(TestData.as(coordinator)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		UUID mergeId = jdbc.sql("select id from people.person_merge where merged_id = ?").param(merged).query(UUID.class).single();
		clock.advance(Duration.ofDays(31));
		String answer = mvc.perform(post("/people/merges/" + mergeId + "/undo").with(TestData.as(coordinator)).with(csrf()))
				.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertThat(answer).contains("te oud");
		assertThat(jdbc.sql("select merged_into from people.person where id = ?").param(merged).query(UUID.class).single()).isEqualTo(kept);
	}

	@Test
	void recordsOfAnotherDigibankCannotBeComparedMergedOrRestored() throws Exception {
		UUID own = person("Kurt", "Maes", 1962);
		UUID alsoOwn = person("Kurt", "Maas", 1962);
		Tenant other = data.tenant();
		Actor stranger = other.coordinator();
		mvc.perform(get("/people/duplicates/" + own + "/" + alsoOwn).with(TestData.as(stranger))).andExpect(status().isNotFound());
		mvc.perform(post("/people/duplicates/" + own + "/" + alsoOwn + "/merge").with(TestData.as(stranger)).with(csrf()))
				.andExpect(status().isNotFound());
		UUID theirs = UUID.randomUUID();
		jdbc.sql(
				"insert into people.person (id, digibank_id, first_name, last_name, birth_year, postcode) values (?, ?, 'Kurt', 'Maes', 1962, '3700')")
				.param(theirs).param(other.digibank().value()).update();
		mvc.perform(post("/people/duplicates/" + theirs + "/" + own + "/merge").with(TestData.as(stranger)).with(csrf()))
				.andExpect(status().isNotFound());
		mvc.perform(post("/people/duplicates/" + own + "/" + theirs + "/merge").with(TestData.as(coordinator)).with(csrf()))
				.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from people.person where merged_into is not null and id in (?, ?, ?)").param(own).param(alsoOwn)
				.param(theirs).query(Integer.class).single()).isZero();
		mvc.perform(post("/people/duplicates/" + own + "/" + alsoOwn + "/merge").with(TestData.as(coordinator)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		UUID mergeId = jdbc.sql("select id from people.person_merge where merged_id = ?").param(alsoOwn).query(UUID.class).single();
		mvc.perform(post("/people/merges/" + mergeId + "/undo").with(TestData.as(stranger)).with(csrf())).andExpect(status().isNotFound());
		assertThat(
				jdbc.sql("select count(*) from people.person_merge where id = ? and undone_at is null").param(mergeId).query(Integer.class).single())
				.isEqualTo(1);
	}

	@Test
	void twoCoordinatorsMergingTheSamePairAtOnceOneWins() throws Exception {
		UUID first = person("Elena", "Popescu", 1985);
		UUID second = person("Elena", "Popescou", 1985);
		Actor colleague = data.tenant().coordinator();
		Actor otherCoordinator = new Actor(colleague.accountId(), colleague.displayName(), Role.COORDINATOR, tenant.digibank(), tenant.partnerA(), 0);
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<MockHttpServletResponse> one = threads.submit(() -> {
				start.await();
				return mvc.perform(post("/people/duplicates/" + first + "/" + second + "/merge").with(TestData.as(coordinator)).with(csrf()))
						.andReturn()
						.getResponse();
			});
			Future<MockHttpServletResponse> two = threads.submit(() -> {
				start.await();
				return mvc.perform(post("/people/duplicates/" + second + "/" + first + "/merge").with(TestData.as(otherCoordinator)).with(csrf()))
						.andReturn().getResponse();
			});
			List<MockHttpServletResponse> answers = List.of(one.get(), two.get());
			assertThat(answers).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(302, 409);
			MockHttpServletResponse lost = answers.stream().filter(answer -> answer.getStatus() == 409).findFirst().orElseThrow();
			assertThat(lost.getContentAsString()).contains("al samengevoegd");
		} finally {
			threads.shutdownNow();
		}
		assertThat(jdbc.sql("select count(*) from people.person_merge where merged_id in (?, ?)").param(first).param(second).query(Integer.class)
				.single()).isEqualTo(1);
		assertThat(register.countUniquePersons(tenant.digibank())).isEqualTo(1);
	}
}
