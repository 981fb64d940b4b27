package be.digibank.people;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.people.EligibilityRules.Override;
import be.digibank.people.EligibilityRules.Proof;
import be.digibank.people.EligibilityRules.Requirement;
import be.digibank.people.PeopleRepository.StoredOverride;
import be.digibank.people.PeopleRepository.StoredProof;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The verdicts of many persons asked at once are the verdicts asked one by one, for every kind of person: a valid
 * proof, an expired one, two proofs ending the same day, overrides (active and run out), referrals (accepted, for
 * another service, not yet accepted), nothing at all, a merged record; persons of another digibank get no verdict.
 */
@DigibankTest
class EligibilitiesTest {

	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	PeopleRegister register;
	@Autowired
	PeopleRepository people;
	@Autowired
	Clock clock;

	Tenant tenant;
	Tenant other;
	LocalDate today;
	final Map<String, PersonId> persons = new LinkedHashMap<>();

	@BeforeEach
	void persons() {
		tenant = data.tenant();
		other = data.tenant();
		today = clock.instant().atZone(ZoneId.of("Europe/Brussels")).toLocalDate();
		persons.put("valid proof", person(tenant, "Valid"));
		proof(tenant, persons.get("valid proof"), "UITPAS_REDUCED_RATE", today.minusDays(10), today.plusMonths(6), 0);
		persons.put("job seeker, old proof expired", person(tenant, "Jobseeker"));
		proof(tenant, persons.get("job seeker, old proof expired"), "UITPAS_REDUCED_RATE", today.minusYears(2), today.minusYears(1), 0);
		proof(tenant, persons.get("job seeker, old proof expired"), "JOB_SEEKER", today.minusDays(3), null, 0);
		persons.put("expired proof", person(tenant, "Expired"));
		proof(tenant, persons.get("expired proof"), "SOCIAL_INTEGRATION_INCOME", today.minusYears(2), today.minusDays(1), 0);
		persons.put("two proofs ending the same day", person(tenant, "Twice"));
		proof(tenant, persons.get("two proofs ending the same day"), "UITPAS_REDUCED_RATE", today.minusDays(5), today.plusMonths(2), 0);
		proof(tenant, persons.get("two proofs ending the same day"), "JOB_SEEKER", today.minusDays(5), today.plusMonths(2), 60);
		persons.put("override no despite proof", person(tenant, "Refused"));
		proof(tenant, persons.get("override no despite proof"), "JOB_SEEKER", today.minusDays(10), null, 0);
		override(tenant, persons.get("override no despite proof"), "LENDING", true, "first decision", 5, null);
		override(tenant, persons.get("override no despite proof"), "LENDING", false, "device not returned twice", 1, null);
		persons.put("override yes", person(tenant, "Allowed"));
		override(tenant, persons.get("override yes"), "LENDING", true, "social worker vouches", 2, today.plusMonths(1));
		override(tenant, persons.get("override yes"), "TRAINING", false, "course full for now", 2, null);
		persons.put("override run out", person(tenant, "Lapsed"));
		override(tenant, persons.get("override run out"), "LENDING", true, "one-off exception", 40, today.minusDays(1));
		persons.put("accepted device referral", person(tenant, "Referred"));
		referral(tenant, persons.get("accepted device referral"), "DEVICE", "ACCEPTED");
		persons.put("completed training referral", person(tenant, "Trained"));
		referral(tenant, persons.get("completed training referral"), "TRAINING", "COMPLETED");
		persons.put("referral not yet accepted", person(tenant, "Waiting"));
		referral(tenant, persons.get("referral not yet accepted"), "DEVICE", "REQUESTED");
		persons.put("nothing", person(tenant, "Nobody"));
		persons.put("merged record", person(tenant, "Merged"));
		proof(tenant, persons.get("merged record"), "UITPAS_REDUCED_RATE", today.minusDays(10), today.plusMonths(6), 0);
		jdbc.sql("update people.person set merged_into = ?, merged_at = now() where id = ?").param(persons.get("nothing").value())
				.param(persons.get("merged record").value()).update();
	}

	@Test
	void manyAtOnceAnswerAsOneByOneForEveryService() {
		PersonId stranger = person(other, "Stranger");
		proof(other, stranger, "UITPAS_REDUCED_RATE", today.minusDays(10), today.plusMonths(6), 0);
		List<PersonId> asked = new ArrayList<>(persons.values());
		asked.add(stranger);
		asked.add(new PersonId(UUID.randomUUID()));
		for (Service service : Service.values()) {
			Map<PersonId, EligibilityVerdict> batched = register.eligibilities(tenant.digibank(), asked, service);
			assertThat(batched.keySet()).as(service + ": the digibank's persons only").containsExactlyInAnyOrderElementsOf(persons.values());
			persons.forEach((what, person) -> {
				assertThat(batched.get(person)).as(service + ", " + what + ": as asked alone")
						.isEqualTo(register.eligibility(tenant.digibank(), person, service).orElseThrow());
				assertThat(batched.get(person)).as(service + ", " + what + ": as read one by one from the person's proofs and overrides")
						.isEqualTo(oneByOne(person, service));
			});
			assertThat(register.eligibility(tenant.digibank(), stranger, service)).isEmpty();
		}
	}

	@Test
	void theVariedPersonsGetTheVerdictsTheirCaseCallsFor() {
		Map<PersonId, EligibilityVerdict> lending = register.eligibilities(tenant.digibank(), persons.values(), Service.LENDING);
		assertThat(reason(lending, "valid proof")).isEqualTo("proof");
		assertThat(lending.get(persons.get("job seeker, old proof expired")).proofType()).isEqualTo("JOB_SEEKER");
		assertThat(reason(lending, "expired proof")).isEqualTo("expired");
		assertThat(lending.get(persons.get("two proofs ending the same day")).proofType()).as("the latest recorded of the two")
				.isEqualTo("JOB_SEEKER");
		assertThat(reason(lending, "override no despite proof")).isEqualTo("overrideNo");
		assertThat(reason(lending, "override yes")).isEqualTo("overrideYes");
		assertThat(reason(lending, "override run out")).isEqualTo("missing");
		assertThat(reason(lending, "accepted device referral")).isEqualTo("referral");
		assertThat(reason(lending, "completed training referral")).isEqualTo("missing");
		assertThat(reason(lending, "referral not yet accepted")).isEqualTo("missing");
		assertThat(reason(lending, "nothing")).isEqualTo("missing");
		assertThat(reason(lending, "merged record")).isEqualTo("proof");
		assertThat(register.eligibilities(tenant.digibank(), List.of(), Service.LENDING)).isEmpty();
		jdbc.sql("insert into people.eligibility_rule (digibank_id, service, requirement) values (?, 'LENDING', 'PROOF')")
				.param(tenant.digibank().value()).update();
		Map<PersonId, EligibilityVerdict> proofOnly = register.eligibilities(tenant.digibank(), persons.values(), Service.LENDING);
		assertThat(reason(proofOnly, "accepted device referral")).as("the digibank's own rule").isEqualTo("missingProof");
		persons.values().forEach(person -> assertThat(proofOnly.get(person))
				.isEqualTo(register.eligibility(tenant.digibank(), person, Service.LENDING).orElseThrow())
				.isEqualTo(oneByOne(person, Service.LENDING)));
	}

	private String reason(Map<PersonId, EligibilityVerdict> verdicts, String what) {
		return verdicts.get(persons.get(what)).reasonKey().substring("people.eligibility.reason.".length());
	}

	/** The verdict from the per-person readings the person's page shows, as the register answered before batching. */
	private EligibilityVerdict oneByOne(PersonId person, Service service) {
		List<Proof> proofs = people.proofs(tenant.digibank(), person).stream().map(StoredProof::proof).toList();
		List<Override> overrides = people.overrides(tenant.digibank(), person).stream().filter(o -> o.service() == service)
				.map(StoredOverride::override).toList();
		List<ReferralService> referrals = jdbc
				.sql("select service from people.referral where digibank_id = ? and person_id = ? and status in ('ACCEPTED', 'COMPLETED')")
				.param(tenant.digibank().value()).param(person.value()).query(String.class).list().stream().map(ReferralService::valueOf).toList();
		Requirement requirement = people.requirement(tenant.digibank(), service);
		return EligibilityRules.decide(service, requirement, proofs, referrals, overrides, today);
	}

	private PersonId person(Tenant in, String firstName) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into people.person (id, digibank_id, first_name, last_name, postcode) values (?, ?, ?, 'Batch', '3700')").param(id)
				.param(in.digibank().value()).param(firstName).update();
		return new PersonId(id);
	}

	private void proof(Tenant in, PersonId person, String type, LocalDate seenOn, @Nullable LocalDate validUntil, int recordedSecondsLater) {
		jdbc.sql("""
				insert into people.eligibility_proof (id, digibank_id, person_id, type_code, seen_on, valid_until, checked_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				""").param(UUID.randomUUID()).param(in.digibank().value()).param(person.value()).param(type).param(seenOn).param(validUntil)
				.param(in.coordinator().accountId().value()).param(Timestamp.from(Instant.now().plusSeconds(recordedSecondsLater))).update();
	}

	private void override(Tenant in, PersonId person, String service, boolean eligible, String reason, int daysAgo,
			@Nullable LocalDate validUntil) {
		jdbc.sql("""
				insert into people.eligibility_override (id, digibank_id, person_id, service, eligible, reason, decided_by, decided_at, valid_until)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""").param(UUID.randomUUID()).param(in.digibank().value()).param(person.value()).param(service).param(eligible).param(reason)
				.param(in.coordinator().accountId().value()).param(Timestamp.from(clock.instant().minusSeconds(daysAgo * 86_400L))).param(validUntil)
				.update();
	}

	private void referral(Tenant in, PersonId person, String service, String status) {
		jdbc.sql("""
				insert into people.referral (id, digibank_id, referrer_id, person_name, reason, service, status, person_id, created_at)
				values (?, ?, ?, 'Batch', 'needs a device for school', ?, ?, ?, now())
				""").param(UUID.randomUUID()).param(in.digibank().value()).param(in.coordinator().accountId().value()).param(service).param(status)
				.param(person.value()).update();
	}
}
