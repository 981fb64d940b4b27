package be.digibank.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.inventory.DeviceCategory;
import be.digibank.inventory.DeviceId;
import be.digibank.people.PersonId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The request pages and API as staff use them: ask, see the list with its reasons, cancel, settings; a device made
 * available.
 */
@DigibankTest
class RequestPagesTest {

	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MockMvc mvc;

	Tenant tenant;
	QueueFixture fixture;
	Actor volunteer;

	@BeforeEach
	void tenant() {
		tenant = data.tenant();
		fixture = new QueueFixture(jdbc, tenant);
		volunteer = tenant.actor(Role.VOLUNTEER);
	}

	RequestId created(PersonId person) {
		return new RequestId(jdbc.sql("select id from lending.request where person_id = ?").param(person.value()).query(UUID.class).single());
	}

	@Test
	void aVolunteerPutsSomeoneOnTheListAndTheListSaysWhy() throws Exception {
		PersonId jobSeeker = fixture.person("Wout", "JOB_SEEKER");
		PersonId urgent = fixture.person("Xena", "UITPAS_REDUCED_RATE");
		String form = mvc.perform(get("/lending/requests/new").param("personId", jobSeeker.toString()).with(TestData.as(volunteer)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(form).contains("Wout").contains("Mag lenen");
		mvc.perform(post("/lending/requests").with(csrf()).with(TestData.as(volunteer)).param("personId", jobSeeker.toString())
				.param("category", "LAPTOP").param("urgency", "NORMAL").param("note", "voor sollicitaties")).andExpect(status().is3xxRedirection());
		mvc.perform(
				post("/lending/requests").with(csrf()).with(TestData.as(volunteer)).param("personId", urgent.toString()).param("category", "LAPTOP")
						.param("urgency", "URGENT"))
				.andExpect(status().is3xxRedirection());
		fixture.requestedDaysAgo(created(jobSeeker), 23);

		String list = mvc.perform(get("/lending/waiting-list").param("category", "LAPTOP").with(TestData.as(volunteer))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(list.indexOf("Xena")).as("urgent first").isLessThan(list.indexOf("Wout"));
		assertThat(list).contains("dringend · wacht 0 dagen").contains("werkzoekende · wacht 23 dagen");

		String duplicate = mvc.perform(post("/lending/requests").with(csrf()).with(TestData.as(volunteer)).param("personId", urgent.toString())
				.param("category", "LAPTOP").param("urgency", "NORMAL").param("note", "nog eens")).andExpect(status().isUnprocessableContent())
				.andReturn().getResponse().getContentAsString();
		assertThat(duplicate).contains("Deze persoon wacht al op dit soort toestel.").contains("nog eens");
	}

	@Test
	void aLongWaitingListShowsFiftyPlacesAtATimeWithTheCountAndLinksToTheNext() throws Exception {
		jdbc.sql("""
				insert into people.person (id, digibank_id, first_name, last_name, postcode)
				select gen_random_uuid(), ?, 'Wachtende', 'Nr ' || lpad(n::text, 3, '0'), '3700' from generate_series(1, 55) n
				""").param(tenant.digibank().value()).update();
		jdbc.sql(
				"""
						insert into lending.request (id, digibank_id, person_id, category, urgency, status, requested_at)
						select gen_random_uuid(), digibank_id, id, 'LAPTOP', 'NORMAL', 'WAITING', now() - (substring(last_name from 4)::int) * interval '1 day'
						from people.person where digibank_id = ?
						""")
				.param(tenant.digibank().value()).update();

		String first = page("1");
		assertThat(first).contains("Plaats 1 tot 50 van 55 wachtenden.").contains("Pagina 1 van 2")
				.contains("href=\"/lending/waiting-list?category=LAPTOP&amp;page=2\" rel=\"next\">Volgende 5</a>").doesNotContain("rel=\"prev\"");
		assertThat(first).as("the longest waiting first").contains("Nr 055").contains("Nr 006").doesNotContain("Nr 005<");
		String second = page("2");
		assertThat(second).contains("Plaats 51 tot 55 van 55 wachtenden.").contains("Pagina 2 van 2").contains("Nr 001").doesNotContain("Nr 006<")
				.contains("href=\"/lending/waiting-list?category=LAPTOP&amp;page=1\" rel=\"prev\">Vorige 50</a>").doesNotContain("rel=\"next\"");
		assertThat(page("99")).as("past the end: the last page").contains("Plaats 51 tot 55 van 55 wachtenden.");
		assertThat(page("twee")).as("not a number: the first page").contains("Plaats 1 tot 50 van 55 wachtenden.");
		mvc.perform(get("/api/v1/requests").param("category", "LAPTOP").with(TestData.as(volunteer))).andExpect(status().isOk())
				.andExpect(jsonPath("$.length()").value(50)).andExpect(header().string("X-Total-Count", "55"))
				.andExpect(header().string("Link", "</api/v1/requests?category=LAPTOP&size=50&page=2>; rel=\"next\""));
		mvc.perform(get("/api/v1/requests").param("category", "LAPTOP").param("page", "2").with(TestData.as(volunteer)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(5)).andExpect(jsonPath("$[4].position").value(55))
				.andExpect(header().string("Link", "</api/v1/requests?category=LAPTOP&size=50&page=1>; rel=\"prev\""));
		mvc.perform(get("/api/v1/requests").param("category", "LAPTOP").param("size", "1000").with(TestData.as(volunteer)))
				.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(55)).andExpect(header().doesNotExist("Link"));
	}

	private String page(String page) throws Exception {
		return mvc.perform(get("/lending/waiting-list").param("category", "LAPTOP").param("page", page).with(TestData.as(volunteer)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void missingChoicesAre422AndCancellingNeedsAReason() throws Exception {
		PersonId person = fixture.person("Yara", "UITPAS_REDUCED_RATE");
		String page = mvc.perform(post("/lending/requests").with(csrf()).with(TestData.as(volunteer)).param("personId", person.toString())
				.param("category", "").param("urgency", "URGENT").param("note", "bewaard")).andExpect(status().isUnprocessableContent()).andReturn()
				.getResponse().getContentAsString();
		assertThat(page).contains("id=\"category-error\"").contains("bewaard");
		mvc.perform(post("/lending/requests").with(csrf()).with(TestData.as(volunteer)).param("personId", person.toString()).param("category", "MIFI")
				.param("urgency", "NORMAL")).andExpect(status().is3xxRedirection());
		RequestId request = created(person);
		Actor staff = tenant.actor(Role.STAFF);
		mvc.perform(post("/lending/requests/" + request + "/cancel").with(csrf()).with(TestData.as(staff)).param("reason", "").param("version", "0"))
				.andExpect(status().isUnprocessableContent());
		assertThat(fixture.requestStatus(request)).isEqualTo("WAITING");
		mvc.perform(post("/lending/requests/" + request + "/cancel").with(csrf()).with(TestData.as(staff)).param("reason", "verhuisd")
				.param("version", "0")).andExpect(status().is3xxRedirection());
		assertThat(fixture.requestStatus(request)).isEqualTo("CANCELLED");
		assertThat(jdbc.sql("select count(*) from people.person_service where person_id = ?").param(person.value()).query(Long.class).single())
				.as("request and cancellation on the timeline").isEqualTo(2);
	}

	@Test
	void aDeviceMadeAvailableInTheDeviceBankIsOfferedRightAway() throws Exception {
		PersonId person = fixture.person("Zoe", "UITPAS_REDUCED_RATE");
		mvc.perform(
				post("/lending/requests").with(csrf()).with(TestData.as(volunteer)).param("personId", person.toString()).param("category", "LAPTOP")
						.param("urgency", "NORMAL"))
				.andExpect(status().is3xxRedirection());
		DeviceId laptop = fixture.device(DeviceCategory.LAPTOP, tenant.locationA(), "QUALITY_CHECKED");
		jdbc.sql("insert into inventory.sanitisation (id, digibank_id, device_id, holder_cycle, medium, method, technique, tool, tool_version, "
				+ "operator_name, operator_id, performed_on, result, verification, recorded_at) values (?, ?, ?, 1, 'SSD', 'PURGE', 'CRYPTO_ERASE', "
				+ "'nwipe', '0.36', 'Tech', ?, ?, 'PASSED', '', now())").param(UUID.randomUUID()).param(tenant.digibank().value())
				.param(laptop.value())
				.param(tenant.coordinator().accountId().value()).param(LocalDate.now().minusDays(1)).update();
		mvc.perform(post("/devices/" + laptop + "/transitions").with(csrf()).with(TestData.as(tenant.coordinator())).param("target", "AVAILABLE")
				.param("reason", "").param("version", "0")).andExpect(status().is3xxRedirection());
		assertThat(fixture.requestStatus(created(person))).isEqualTo("OFFERED");
		assertThat(fixture.holdsOf(laptop)).isEqualTo(1);
	}

	@Test
	void theApiListsAndCreatesRequestsAndSettingsChangeTheOrder() throws Exception {
		Actor coordinator = tenant.coordinator();
		PersonId jobSeeker = fixture.person("Ahmed", "JOB_SEEKER");
		PersonId urgent = fixture.person("Bea", "UITPAS_REDUCED_RATE");
		mvc.perform(post("/api/v1/requests").with(csrf()).with(TestData.as(coordinator)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"personId\": \"%s\", \"category\": \"TABLET\", \"urgency\": \"NORMAL\"}".formatted(jobSeeker)))
				.andExpect(status().isCreated()).andExpect(jsonPath("$.request.status").value("WAITING"));
		mvc.perform(post("/api/v1/requests").with(csrf()).with(TestData.as(coordinator)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"personId\": \"%s\", \"category\": \"TABLET\", \"urgency\": \"URGENT\"}".formatted(urgent)))
				.andExpect(status().isCreated());
		mvc.perform(post("/api/v1/requests").with(csrf()).with(TestData.as(coordinator)).contentType(MediaType.APPLICATION_JSON)
				.content("{\"personId\": \"%s\", \"category\": \"TOASTER\", \"urgency\": \"URGENT\"}".formatted(urgent)))
				.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.category").exists());
		mvc.perform(get("/api/v1/requests").param("category", "TABLET").with(TestData.as(coordinator))).andExpect(status().isOk())
				.andExpect(jsonPath("$[0].request.personName").value("Bea Test")).andExpect(jsonPath("$[0].matchedRules[0]").value("URGENT"));

		mvc.perform(post("/lending/waiting-list/settings").with(csrf()).with(TestData.as(coordinator)).param("firstRule", "JOB_SEEKER")
				.param("secondRule", "URGENT").param("offerHoldDays", "5").param("classSetNoticeDays", "7").param("version", "-1"))
				.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/requests").param("category", "TABLET").with(TestData.as(coordinator))).andExpect(status().isOk())
				.andExpect(jsonPath("$[0].request.personName").value("Ahmed Test")).andExpect(jsonPath("$[0].matchedRules[0]").value("JOB_SEEKER"));
		mvc.perform(post("/lending/waiting-list/settings").with(csrf()).with(TestData.as(coordinator)).param("firstRule", "URGENT")
				.param("secondRule", "URGENT").param("offerHoldDays", "0").param("classSetNoticeDays", "7").param("version", "0"))
				.andExpect(status().isUnprocessableContent());
	}
}
