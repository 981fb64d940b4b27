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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The counter's journey on a real PostgreSQL: register, find again with a typo, eligibility with its reason, a proof,
 * an override with a reason, and the audit trail; duplicate suggestions for swapped names, accents and particles.
 */
@DigibankTest
class PeopleFlowTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	PeopleRegister register;

	Tenant tenant;
	Actor volunteer;
	Actor coordinator;

	@BeforeEach
	void tenant() {
		tenant = data.tenant();
		volunteer = tenant.actor(Role.VOLUNTEER);
		coordinator = tenant.coordinator();
	}

	UUID registerPerson(Actor actor, String firstName, String lastName, String birthYear) throws Exception {
		MvcResult result = mvc.perform(post("/people/new").with(TestData.as(actor)).with(csrf()).param("firstName", firstName)
				.param("lastName", lastName).param("birthYear", birthYear).param("postcode", "3700").param("confirmNew", "true"))
				.andExpect(status().is3xxRedirection()).andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/people/");
		return UUID.fromString(location.substring("/people/".length()));
	}

	@Test
	void registerFindWithATypoCheckEligibilityOverrideAndAudit() throws Exception {
		UUID id = registerPerson(volunteer, "Mohammed", "El Amrani", "1971");
		assertThat(jdbc.sql("select count(*) from audit.audit_entry where record_type = 'Person' and record_id = ? and action = 'CREATE'")
				.param(id.toString()).query(Integer.class).single()).isEqualTo(1);

		String found = mvc.perform(get("/people").param("q", "Mohamed Elamrani").with(TestData.as(volunteer))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		assertThat(found).contains("/people/" + id).contains("Mohammed El Amrani");

		String record = mvc.perform(get("/people/" + id).with(TestData.as(volunteer))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		assertThat(record).contains("Mag lenen: nee").contains("er geen geldig bewijs en geen doorverwijzing is")
				.contains("Mag begeleiding krijgen: ja");
		assertThat(jdbc.sql("select count(*) from audit.audit_entry where record_type = 'Person' and record_id = ? and action = 'VIEW'")
				.param(id.toString()).query(Integer.class).single()).isEqualTo(1);

		PersonId personId = new PersonId(id);
		assertThat(register.eligibility(tenant.digibank(), personId, Service.LENDING)).hasValueSatisfying(v -> {
			assertThat(v.eligible()).isFalse();
			assertThat(v.reasonKey()).isEqualTo("people.eligibility.reason.missing");
		});

		mvc.perform(post("/people/" + id + "/proofs").with(TestData.as(volunteer)).with(csrf()).param("proofType", "UITPAS_REDUCED_RATE")
				.param("proofSeenOn", LocalDate.now().toString()).param("proofValidUntil", LocalDate.now().plusYears(1).toString()))
				.andExpect(status().is3xxRedirection());
		assertThat(register.eligibility(tenant.digibank(), personId, Service.LENDING)).hasValueSatisfying(v -> {
			assertThat(v.eligible()).isTrue();
			assertThat(v.reasonKey()).isEqualTo("people.eligibility.reason.proof");
		});

		// the volunteer may not override; the coordinator must give a reason
		mvc.perform(post("/people/" + id + "/overrides").with(TestData.as(volunteer)).with(csrf()).param("overrideService", "LENDING")
				.param("overrideEligible", "false").param("overrideReason", "two devices not returned")).andExpect(status().isForbidden());
		mvc.perform(post("/people/" + id + "/overrides").with(TestData.as(coordinator)).with(csrf()).param("overrideService", "LENDING")
				.param("overrideEligible", "false").param("overrideReason", " ")).andExpect(status().isUnprocessableEntity());
		mvc.perform(post("/people/" + id + "/overrides").with(TestData.as(coordinator)).with(csrf()).param("overrideService", "LENDING")
				.param("overrideEligible", "false").param("overrideReason", "two devices not returned")).andExpect(status().is3xxRedirection());

		String api = mvc.perform(get("/api/v1/people/" + id + "/eligibility").param("service", "LENDING").with(TestData.as(coordinator)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(api).contains("\"eligible\":false").contains("overrideNo").contains("two devices not returned");
		assertThat(jdbc.sql("select summary from audit.audit_entry where record_type = 'Person' and record_id = ? and action = 'CHANGE'")
				.param(id.toString()).query(String.class).list()).anySatisfy(
						summary -> assertThat(summary)
								.contains("eligibility override LENDING: no").contains("two devices not returned"));
	}

	@Test
	void registrationShowsLikelyExistingPeopleFirst() throws Exception {
		UUID existing = registerPerson(volunteer, "Kurt", "Van der Berghe", "1962");
		String step = mvc.perform(post("/people/new").with(TestData.as(volunteer)).with(csrf()).param("firstName", "Vanderberghe")
				.param("lastName", "Kurt").param("birthYear", "1962").param("postcode", "3700")).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		assertThat(step).contains("Is dit dezelfde persoon?").contains("/people/" + existing).contains("name=\"confirmNew\" value=\"true\"");
		assertThat(
				jdbc.sql("select count(*) from people.person where digibank_id = ?").param(tenant.digibank().value()).query(Integer.class).single())
				.isEqualTo(1);
	}

	@Test
	void suggestionsCoverSwappedNamesAccentsParticlesTyposAndPhones() throws Exception {
		UUID jose = registerPerson(volunteer, "José", "Peeters", "1950");
		UUID els = registerPerson(volunteer, "Els", "De Smet", "");
		UUID kurt = registerPerson(volunteer, "Kurt", "Van den Broeck", "1980");
		UUID other = registerPerson(volunteer, "Annemie", "Janssens", "1990");
		assertThat(suggested("Peeters", "Jose", "1950")).containsExactly(jose);
		assertThat(suggested("Els", "Desmet", "1972")).containsExactly(els);
		assertThat(suggested("Kurt", "Vandenbroek", "")).containsExactly(kurt);
		assertThat(suggested("Anemie", "Jansens", "1990")).containsExactly(other);
		assertThat(suggested("Pieter", "Claes", "1990")).isEmpty();
		// a different birth year lowers the score, a different name too
		assertThat(score("José", "Peeters", "1999")).isLessThan(score("José", "Peeters", "1950"));
		assertThat(suggested("Josée", "Peters", "1999")).isEmpty();
	}

	List<UUID> suggested(String first, String last, String year) throws Exception {
		PeopleDesk desk = desk();
		var data = new PeopleRepository.PersonData(first, last, "", year.isEmpty() ? null : Integer.valueOf(year), null, "NOT_GIVEN", "3700", "nl",
				"",
				"", "", false, "", List.of(), "");
		return desk.suggestions(volunteer, data, null).stream().map(PeopleViews.PersonRow::id).toList();
	}

	int score(String first, String last, String year) {
		var data = new PeopleRepository.PersonData(first, last, "", Integer.valueOf(year), null, "NOT_GIVEN", "3700", "nl", "", "", "", false, "",
				List.of(), "");
		return peopleDesk.suggestions(volunteer, data, null).getFirst().score();
	}

	@Autowired
	PeopleDesk peopleDesk;

	PeopleDesk desk() {
		return peopleDesk;
	}

	@Test
	void theDatabaseAndJavaBuildTheSameNameKey() {
		for (String[] name : new String[][]{{"José", "Peeters"}, {"Kurt", "Van der Berghe"}, {"Els", "De Smet"}, {"Karel", "d'Hondt"},
				{"Zoë", "Müller-Lüdenscheidt"}, {"  Jean-Claude ", " O’Brien."}, {"", ""}}) {
			String sql = jdbc.sql("select people.name_key(?, ?, '')").param(name[0]).param(name[1]).query(String.class).single();
			assertThat(sql).as(String.join(" ", name)).isEqualTo(NameKey.of(name[0], name[1], ""));
		}
	}

	@Test
	void consentIsGivenAndWithdrawnWithHistory() throws Exception {
		UUID id = registerPerson(volunteer, "Nadia", "Bakker", "1988");
		mvc.perform(post("/people/" + id + "/consents").with(TestData.as(volunteer)).with(csrf()).param("consentPurpose", "NEWSLETTER")
				.param("consentChannel", "PAPER")).andExpect(status().is3xxRedirection());
		UUID consent = jdbc.sql("select id from people.consent where person_id = ?").param(id).query(UUID.class).single();
		mvc.perform(post("/people/" + id + "/consents/" + consent + "/withdraw").with(TestData.as(volunteer)).with(csrf()))
				.andExpect(status().is3xxRedirection());
		mvc.perform(post("/people/" + id + "/consents").with(TestData.as(volunteer)).with(csrf()).param("consentPurpose", "NEWSLETTER")
				.param("consentChannel", "IN_PERSON")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from people.consent where person_id = ?").param(id).query(Integer.class).single()).isEqualTo(2);
		assertThat(
				jdbc.sql("select count(*) from people.consent where person_id = ? and withdrawn_at is null").param(id).query(Integer.class).single())
				.isEqualTo(1);
	}

	@Test
	void editingAStaleVersionIsAConflict() throws Exception {
		UUID id = registerPerson(volunteer, "Lotte", "Willems", "1975");
		mvc.perform(post("/people/" + id + "/edit").with(TestData.as(volunteer)).with(csrf()).param("firstName", "Lotte").param("lastName", "Willems")
				.param("postcode", "3700").param("phone", "0470 12 34 56").param("version", "0")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select phone from people.person where id = ?").param(id).query(String.class).single()).isEqualTo("+32470123456");
		mvc.perform(post("/people/" + id + "/edit").with(TestData.as(volunteer)).with(csrf()).param("firstName", "Lot").param("postcode", "3700")
				.param("version", "0")).andExpect(status().isConflict());
		assertThat(jdbc.sql("select first_name from people.person where id = ?").param(id).query(String.class).single()).isEqualTo("Lotte");
	}
}
