package be.digibank.inventory;

import static be.digibank.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Quality checks and repairs on a real PostgreSQL: a failed check sends the device to repair with the reasons, a fixed
 * repair sends it back to be checked again, end of life retires it, citizens' repairs reach the person's timeline, and
 * of two technicians saving the same thing at once one is told.
 */
@DigibankTest
class QualityCheckAndRepairTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aPassedCheckMakesTheDeviceQualityCheckedAndKeepsEveryAnswer() throws Exception {
		Tenant t = data.tenant();
		Actor technician = t.actor(Role.TECHNICIAN);
		UUID device = WorkshopFixtures.device(jdbc, t, "REFURBISHING", "DB-100001", "LAPTOP");
		mvc.perform(get("/devices/" + device + "/quality-checks/new").with(as(technician))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Webcam"), containsString("eID-software"), containsString("minstens 60 %"))));
		runCheck(technician, device, 0, "82", null).andExpect(redirectedUrl("/devices/" + device));
		assertThat(state(device)).isEqualTo("QUALITY_CHECKED");
		assertThat(jdbc.sql("select count(*) from inventory.quality_check_result r join inventory.quality_check q on q.id = r.quality_check_id "
				+ "where q.device_id = ? and q.passed").param(device).query(Integer.class).single()).isEqualTo(13);
		assertThat(jdbc.sql("select battery_percent from inventory.quality_check where device_id = ?").param(device).query(Integer.class)
				.single()).isEqualTo(82);
		mvc.perform(get("/devices/" + device).with(as(technician))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Geslaagd"), containsString("/quality-checks"))));
	}

	@Test
	void aFailedCheckSendsTheDeviceToRepairWithTheReasonsAndAFixedRepairBringsItBackToBeCheckedAgain() throws Exception {
		Tenant t = data.tenant();
		Actor technician = t.actor(Role.TECHNICIAN);
		UUID device = WorkshopFixtures.device(jdbc, t, "REFURBISHING", "DB-100002", "LAPTOP");
		WorkshopFixtures.sanitised(jdbc, t, device);
		String repairUrl = runCheck(technician, device, 0, "45", "WEBCAM").andExpect(redirectedUrlPattern("/repairs/*")).andReturn().getResponse()
				.getRedirectedUrl();
		assertThat(state(device)).isEqualTo("IN_REPAIR");
		assertThat(jdbc.sql("select state_before_repair from inventory.device where id = ?").param(device).query(String.class).single())
				.isEqualTo("REFURBISHING");
		String problem = jdbc.sql("select problem from inventory.repair where device_id = ?").param(device).query(String.class).single();
		assertThat(problem).contains("Batterij (45 % is minder dan 60 %)", "Webcam (kapot)");
		assertThat(jdbc.sql("select reason from inventory.device_event where device_id = ? and to_state = 'IN_REPAIR'").param(device)
				.query(String.class).single()).contains("Webcam");

		mvc.perform(get(repairUrl).with(as(technician))).andExpect(status().isOk()).andExpect(content().string(containsString("DB-100002")));
		mvc.perform(work(technician, repairUrl, 0).param("diagnosis", "Webcam-kabel los, batterij vervangen").param("minutesSpent", "45")
				.param("outcome", "FIXED")).andExpect(redirectedUrl(repairUrl));
		assertThat(state(device)).isEqualTo("REFURBISHING");
		runCheck(technician, device, 2, "97", null).andExpect(redirectedUrl("/devices/" + device));
		assertThat(state(device)).isEqualTo("QUALITY_CHECKED");
		mvc.perform(post("/devices/" + device + "/transitions").with(as(technician)).with(csrf()).param("target", "AVAILABLE").param("reason", "")
				.param("version", "3")).andExpect(redirectedUrl("/devices/" + device));
		assertThat(state(device)).isEqualTo("AVAILABLE");
		assertThat(jdbc.sql("select count(*) from audit.audit_entry where record_type = 'QualityCheck' and summary like 'DB-100002%'")
				.query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	void aCheckOfADeviceThatIsNotBeingRefurbishedIsRefusedWithAClearMessage() throws Exception {
		Tenant t = data.tenant();
		UUID device = WorkshopFixtures.device(jdbc, t, "RECEIVED", "DB-100003", "LAPTOP");
		String refused = "Alleen een toestel in opknapbeurt kan gecontroleerd worden.";
		mvc.perform(get("/devices/" + device + "/quality-checks/new").with(as(t.coordinator()))).andExpect(status().isOk())
				.andExpect(content().string(containsString(refused)));
		mvc.perform(post("/devices/" + device + "/quality-checks").with(as(t.coordinator())).with(csrf()).param("version", "0"))
				.andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString(refused)));
		assertThat(state(device)).isEqualTo("RECEIVED");
		assertThat(jdbc.sql("select count(*) from inventory.quality_check where device_id = ?").param(device).query(Integer.class).single()).isZero();
	}

	@Test
	void missingAnswersAreAskedAgainWithWhatWasTypedKept() throws Exception {
		Tenant t = data.tenant();
		UUID device = WorkshopFixtures.device(jdbc, t, "REFURBISHING", "DB-100004", "TABLET");
		mvc.perform(post("/devices/" + device + "/quality-checks").with(as(t.coordinator())).with(csrf()).param("version", "0")
				.param("batteryPercent", "77").param("notes", "Scherm heeft een kras")).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("Duid aan of dit punt in orde is."), containsString("value=\"77\""),
						containsString("Scherm heeft een kras"), containsString("Aanraakscherm"))));
		mvc.perform(post("/devices/" + device + "/quality-checks").with(as(t.coordinator())).with(csrf()).param("version", "0")
				.param("batteryPercent", "-3")).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("value=\"-3\"")));
		assertThat(state(device)).isEqualTo("REFURBISHING");
	}

	@Test
	void ofTwoTechniciansCheckingTheSameDeviceAtOnceOneWinsAndTheOtherIsTold() throws Exception {
		Tenant t = data.tenant();
		UUID device = WorkshopFixtures.device(jdbc, t, "REFURBISHING", "DB-100005", "LAPTOP");
		List<String> items = items(t.digibank().value(), "LAPTOP");
		List<Integer> statuses = race(() -> statusOf(checkRequest(t.actor(Role.TECHNICIAN), device, 0, "90", null, items)),
				() -> statusOf(checkRequest(t.coordinator(), device, 0, "30", null, items)));
		assertThat(statuses).containsExactlyInAnyOrder(302, 409);
		assertThat(jdbc.sql("select count(*) from inventory.quality_check where device_id = ?").param(device).query(Integer.class).single())
				.isEqualTo(1);
		assertThat(jdbc.sql("select version from inventory.device where id = ?").param(device).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void endOfLifeNeedsABarrierRetiresTheDeviceAndAClosedRepairKeepsItsOutcome() throws Exception {
		Tenant t = data.tenant();
		Actor technician = t.actor(Role.TECHNICIAN);
		UUID device = WorkshopFixtures.device(jdbc, t, "AVAILABLE", "DB-100006", "SMARTPHONE");
		mvc.perform(post("/repairs").with(as(technician)).with(csrf()).param("kind", "DEVICE").param("deviceCode", "db-100006")
				.param("problem", "Laadt niet op").param("technicianId", technician.accountId().toString()))
				.andExpect(redirectedUrlPattern("/repairs/*"));
		assertThat(state(device)).isEqualTo("IN_REPAIR");
		String repair = "/repairs/" + jdbc.sql("select id from inventory.repair where device_id = ?").param(device).query(UUID.class).single();
		mvc.perform(post("/repairs").with(as(technician)).with(csrf()).param("kind", "DEVICE").param("deviceCode", "DB-100006")
				.param("problem", "Nog eens")).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Dit toestel heeft al een open herstelling.")));
		mvc.perform(work(technician, repair, 0).param("outcome", "END_OF_LIFE")).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Kies waarom het toestel niet herstelbaar is.")));
		mvc.perform(work(technician, repair, 0).param("outcome", "REPAIRABLE_LATER").param("diagnosis", "Laadpoort stuk"))
				.andExpect(redirectedUrl(repair));
		assertThat(state(device)).isEqualTo("IN_REPAIR");
		mvc.perform(work(technician, repair, 1).param("outcome", "END_OF_LIFE").param("barrier", "NO_PARTS")).andExpect(redirectedUrl(repair));
		assertThat(state(device)).isEqualTo("RETIRED");
		mvc.perform(work(technician, repair, 2).param("outcome", "FIXED")).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("de uitkomst verandert niet meer")));
		assertThat(state(device)).isEqualTo("RETIRED");
		assertThat(jdbc.sql("select barrier from inventory.repair where device_id = ?").param(device).query(String.class).single())
				.isEqualTo("NO_PARTS");
	}

	@Test
	void aCitizensRepairIsOnThePersonsTimelineAndItsReadIsAudited() throws Exception {
		Tenant t = data.tenant();
		Actor technician = t.actor(Role.TECHNICIAN);
		UUID person = WorkshopFixtures.person(jdbc, t, "Fatima", "Benali");
		mvc.perform(get("/repairs/new?kind=CITIZEN&q=Benali").with(as(technician))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Fatima Benali")));
		mvc.perform(post("/repairs").with(as(technician)).with(csrf()).param("kind", "CITIZEN").param("citizenCategory", "SMARTPHONE")
				.param("citizenMakeModel", "Samsung A12").param("problem", "Scherm gebarsten")).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("Kies de burger"), containsString("Samsung A12"))));
		mvc.perform(post("/repairs").with(as(technician)).with(csrf()).param("kind", "CITIZEN").param("personId", person.toString())
				.param("citizenCategory", "SMARTPHONE").param("citizenMakeModel", "Samsung A12").param("problem", "Scherm gebarsten"))
				.andExpect(redirectedUrlPattern("/repairs/*"));
		UUID repair = jdbc.sql("select id from inventory.repair where person_id = ?").param(person).query(UUID.class).single();
		assertThat(jdbc.sql("select summary from people.person_service where person_id = ? and service = 'REPAIR'").param(person)
				.query(String.class).list()).singleElement().asString().contains("Samsung A12", "Scherm gebarsten");
		mvc.perform(work(technician, "/repairs/" + repair, 0).param("outcome", "FIXED").param("trainee", "true")
				.param("trainingTrack", "Herstelcursus voorjaar").param("returnedOn", LocalDate.now().toString()))
				.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from people.person_service where person_id = ? and service = 'REPAIR'").param(person)
				.query(Integer.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select training_track from inventory.repair where id = ?").param(repair).query(String.class).single())
				.isEqualTo("Herstelcursus voorjaar");
		mvc.perform(get("/repairs/" + repair).with(as(technician))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Fatima Benali")));
		assertThat(jdbc.sql("select count(*) from audit.audit_entry where record_type = 'Repair' and action = 'VIEW' and record_id = ?")
				.param(repair.toString()).query(Integer.class).single()).isPositive();
		// another digibank sees nothing of it
		Tenant other = data.tenant();
		mvc.perform(get("/repairs/" + repair).with(as(other.coordinator()))).andExpect(status().isNotFound());
		mvc.perform(work(other.coordinator(), "/repairs/" + repair, 1).param("outcome", "END_OF_LIFE").param("barrier", "OTHER"))
				.andExpect(status().isNotFound());
	}

	@Test
	void ofTwoTechniciansSavingTheSameRepairAtOnceOneWinsAndTheOtherIsTold() throws Exception {
		Tenant t = data.tenant();
		UUID person = WorkshopFixtures.person(jdbc, t, "Jan", "Peeters");
		UUID repair = WorkshopFixtures.citizenRepair(jdbc, t, person);
		List<Integer> statuses = race(() -> statusOf(work(t.actor(Role.TECHNICIAN), "/repairs/" + repair, 0).param("diagnosis", "Eerste")),
				() -> statusOf(work(t.coordinator(), "/repairs/" + repair, 0).param("diagnosis", "Tweede")));
		assertThat(statuses).containsExactlyInAnyOrder(302, 409);
		assertThat(jdbc.sql("select version from inventory.repair where id = ?").param(repair).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void negativeCostsAndTimesAreFieldErrorsWithWhatWasTypedKept() throws Exception {
		Tenant t = data.tenant();
		UUID person = WorkshopFixtures.person(jdbc, t, "Marie", "Claes");
		UUID repair = WorkshopFixtures.citizenRepair(jdbc, t, person);
		Actor technician = t.actor(Role.TECHNICIAN);
		mvc.perform(post("/repairs/" + repair + "/parts").with(as(technician)).with(csrf()).param("partName", "Batterij").param("partCost", "-12,50"))
				.andExpect(status().isUnprocessableContent()).andExpect(content().string(allOf(containsString("De kostprijs kan niet negatief zijn."),
						containsString("value=\"-12,50\""), containsString("value=\"Batterij\""))));
		mvc.perform(work(technician, "/repairs/" + repair, 0).param("minutesSpent", "-30").param("diagnosis", "Accu versleten"))
				.andExpect(status().isUnprocessableContent()).andExpect(content().string(allOf(containsString("De tijd kan niet negatief zijn."),
						containsString("value=\"-30\""), containsString("Accu versleten"))));
		mvc.perform(post("/repairs/" + repair + "/parts").with(as(technician)).with(csrf()).param("partName", "Batterij").param("partCost", "12,50"))
				.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select cost_cents from inventory.repair_part where repair_id = ?").param(repair).query(Long.class).single())
				.isEqualTo(1250L);
		assertThat(jdbc.sql("select minutes_spent from inventory.repair where id = ?").param(repair).query(Integer.class).single()).isZero();
	}

	@Test
	void aCoordinatorAddsAnItemToTheChecklistAndItIsAskedInTheNextCheck() throws Exception {
		Tenant t = data.tenant();
		mvc.perform(get("/quality-checklists?category=MIFI").with(as(t.coordinator()))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Lader veilig")));
		mvc.perform(post("/quality-checklists/items").with(as(t.coordinator())).with(csrf()).param("category", "MIFI").param("label", "Simkaart past")
				.param("required", "true").param("version", "0")).andExpect(redirectedUrl("/quality-checklists?category=MIFI"));
		mvc.perform(post("/quality-checklists/items").with(as(t.coordinator())).with(csrf()).param("category", "MIFI").param("label", "Oud")
				.param("version", "0")).andExpect(status().isConflict());
		UUID device = WorkshopFixtures.device(jdbc, t, "REFURBISHING", "DB-100007", "MIFI");
		mvc.perform(get("/devices/" + device + "/quality-checks/new").with(as(t.actor(Role.TECHNICIAN)))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Simkaart past")));
		mvc.perform(get("/quality-checklists").with(as(t.actor(Role.VOLUNTEER)))).andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.ResultActions runCheck(Actor actor, UUID device, int version, String battery,
			String failing) throws Exception {
		var row = jdbc.sql("select digibank_id, category from inventory.device where id = ?").param(device)
				.query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
		return mvc.perform(checkRequest(actor, device, version, battery, failing, items(UUID.fromString(row.get(0)), row.get(1))));
	}

	private MockHttpServletRequestBuilder checkRequest(Actor actor, UUID device, int version, String battery, String failing,
			List<String> items) {
		MockHttpServletRequestBuilder request = post("/devices/" + device + "/quality-checks").with(as(actor)).with(csrf())
				.param("version", String.valueOf(version)).param("batteryPercent", battery);
		for (String item : items) {
			String id = item.substring(0, item.indexOf(':'));
			String code = item.substring(item.indexOf(':') + 1);
			boolean fails = code.equals(failing);
			request.param("result-" + id, fails ? "FAIL" : "PASS");
			if (fails) {
				request.param("note-" + id, "kapot");
			}
		}
		return request;
	}

	/** The items a check of the category asks: as written, or the defaults while the checklist is not written yet. */
	private List<String> items(UUID digibank, String category) {
		List<String> written = jdbc.sql("select id::text || ':' || coalesce(code, '') from inventory.quality_check_item where digibank_id = ? "
				+ "and category = ? and active").param(digibank).param(category).query(String.class).list();
		if (!written.isEmpty()) {
			return written;
		}
		return QualityCheckRepository.defaults(new be.digibank.shared.DigibankId(digibank), DeviceCategory.valueOf(category)).stream()
				.map(item -> item.id() + ":" + item.code()).toList();
	}

	private MockHttpServletRequestBuilder work(Actor actor, String repair, int version) {
		return post(repair).with(as(actor)).with(csrf()).param("problem", "Probleem").param("version", String.valueOf(version));
	}

	private int statusOf(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	@SafeVarargs
	private static List<Integer> race(Callable<Integer>... attempts) throws Exception {
		CyclicBarrier start = new CyclicBarrier(attempts.length);
		ExecutorService pool = Executors.newFixedThreadPool(attempts.length);
		List<Future<Integer>> outcomes = new ArrayList<>();
		for (Callable<Integer> attempt : attempts) {
			outcomes.add(pool.submit(() -> {
				start.await(10, TimeUnit.SECONDS);
				return attempt.call();
			}));
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> outcome : outcomes) {
			statuses.add(outcome.get(30, TimeUnit.SECONDS));
		}
		pool.shutdown();
		return statuses;
	}

	private String state(UUID device) {
		return jdbc.sql("select state from inventory.device where id = ?").param(device).query(String.class).single();
	}
}
