package be.digibank.inventory;

import static be.digibank.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The device bank's pages on a real PostgreSQL: intake to available, the sanitisation rule, conflicts and tenancy. */
@DigibankTest
class InventoryPagesTest {

	static final String NO_WIPE = "Dit kan pas als de gegevens gewist zijn.";

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aDonatedDeviceIsSanitisedRefurbishedCheckedAndMadeAvailable() throws Exception {
		Tenant t = data.tenant();
		Actor technician = t.actor(Role.TECHNICIAN);
		mvc.perform(post("/donations").with(as(technician)).with(csrf()).param("donorKind", "COMPANY")
				.param("donorName", "Acme NV").param("contactEmail", "it@acme.example").param("thanksConsent", "true")
				.param("receivedOn", "2026-11-20").param("countAnnounced", "20").param("countReceived", "18")
				.param("collectionPoint", "Magazijn Tongeren").param("custodyNote", "Verzegelde dozen"))
				.andExpect(status().is3xxRedirection());
		UUID donation = jdbc.sql("select id from inventory.donation where digibank_id = ?").param(t.digibank().value())
				.query(UUID.class).single();
		mvc.perform(get("/devices/new?donation=" + donation).with(as(technician))).andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"" + donation + "\" selected")));
		mvc.perform(post("/devices").with(as(technician)).with(csrf()).param("category", "LAPTOP").param("make", "Lenovo")
				.param("model", "ThinkPad T480").param("serial", "PF-1234").param("ramGb", "8").param("storageType", "SSD")
				.param("storageGb", "256").param("batteryHealth", "81").param("grade", "B").param("triage", "REUSABLE")
				.param("locationId", t.locationA().toString()).param("donationId", donation.toString())
				.param("replacementValue", "249,99")).andExpect(status().is3xxRedirection());
		UUID device = deviceWithSerial(t, "PF-1234");
		assertThat(jdbc.sql("select asset_tag from inventory.device where id = ?").param(device).query(String.class).single())
				.isEqualTo("DB-000001");
		assertThat(jdbc.sql("select replacement_value_cents from inventory.device where id = ?").param(device)
				.query(Long.class).single()).isEqualTo(24999L);

		move(technician, device, "SANITISED", 0).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString(NO_WIPE)));
		mvc.perform(post("/devices/" + device + "/sanitisations").with(as(technician)).with(csrf()).param("medium", "SSD 256 GB")
				.param("method", "PURGE").param("technique", "SANITIZE_COMMAND").param("tool", "nwipe").param("toolVersion", "0.36")
				.param("operatorName", "Tom").param("performedOn", "2026-11-21").param("result", "PASSED")
				.param("verification", "Steekproef: alleen nullen")).andExpect(status().is3xxRedirection());
		int version = 0;
		for (String target : new String[]{"SANITISED", "REFURBISHING", "QUALITY_CHECKED", "AVAILABLE"}) {
			move(technician, device, target, version++).andExpect(redirectedUrl("/devices/" + device));
		}
		assertThat(state(device)).isEqualTo("AVAILABLE");
		assertThat(jdbc.sql("select to_state from inventory.device_event where device_id = ? order by occurred_at, to_state")
				.param(device).query(String.class).list())
				.containsExactlyInAnyOrder("RECEIVED", "SANITISED", "REFURBISHING", "QUALITY_CHECKED", "AVAILABLE");
		assertThat(jdbc.sql("select count(*) from audit.audit_entry where record_type = 'Device' and record_id = ?")
				.param(device.toString()).query(Integer.class).single()).isEqualTo(5);
		mvc.perform(get("/devices/" + device).with(as(technician))).andExpect(status().isOk()).andExpect(content().string(allOf(
				containsString("DB-000001"), containsString("nwipe"), containsString("Beschikbaar"), not(containsString("value=\"RESERVED\"")),
				containsString("value=\"IN_REPAIR\""))));
		mvc.perform(get("/donations/" + donation).with(as(technician))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Acme NV"), containsString("DB-000001"))));
		mvc.perform(get("/devices?state=AVAILABLE&category=LAPTOP&location=" + t.locationA()).with(as(t.actor(Role.VOLUNTEER))))
				.andExpect(status().isOk()).andExpect(content().string(allOf(containsString("DB-000001"),
						not(containsString("/devices/new")))));
	}

	@Test
	void aDeviceWithoutSanitisationCannotBecomeAvailable() throws Exception {
		Tenant t = data.tenant();
		UUID device = insertDevice(t, "QUALITY_CHECKED", 1, "DB-000500");
		move(t.coordinator(), device, "AVAILABLE", 0).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString(NO_WIPE), containsString("error-summary"))));
		assertThat(state(device)).isEqualTo("QUALITY_CHECKED");
		assertThat(events(device)).isZero();
		move(t.coordinator(), device, "RECYCLED", 0).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Deze stap kan niet vanuit de huidige status")));
		move(t.coordinator(), device, "RESERVED", 0).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("gebeurt bij het uitlenen")));
		assertThat(state(device)).isEqualTo("QUALITY_CHECKED");
	}

	@Test
	void aReturnedDeviceNeedsANewSanitisation() throws Exception {
		Tenant t = data.tenant();
		UUID device = insertDevice(t, "RETURNED", 2, "DB-000600");
		jdbc.sql("insert into inventory.sanitisation (id, digibank_id, device_id, holder_cycle, medium, method, technique, tool, "
				+ "operator_name, performed_on, result, recorded_at) values (?, ?, ?, 1, 'SSD', 'PURGE', 'CRYPTO_ERASE', 'nwipe', "
				+ "'Tom', ?, 'PASSED', now())").param(UUID.randomUUID()).param(t.digibank().value()).param(device)
				.param(LocalDate.of(2026, 1, 5)).update();
		move(t.coordinator(), device, "SANITISED", 0).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString(NO_WIPE)));
		mvc.perform(post("/devices/" + device + "/sanitisations").with(as(t.coordinator())).with(csrf()).param("medium", "SSD")
				.param("method", "PURGE").param("technique", "PHYSICAL_DESTRUCTION").param("tool", "nwipe")
				.param("operatorName", "Tom").param("performedOn", "2026-11-21").param("result", "PASSED"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("hoort bij de methode Destroy"), containsString("value=\"Tom\""))));
		mvc.perform(post("/devices/" + device + "/sanitisations").with(as(t.coordinator())).with(csrf()).param("medium", "SSD")
				.param("method", "PURGE").param("technique", "CRYPTO_ERASE").param("tool", "nwipe")
				.param("operatorName", "Tom").param("performedOn", "2026-11-21").param("result", "PASSED"))
				.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select holder_cycle from inventory.sanitisation where device_id = ? order by holder_cycle desc limit 1")
				.param(device).query(Integer.class).single()).isEqualTo(2);
		move(t.coordinator(), device, "SANITISED", 0).andExpect(status().is3xxRedirection());
		assertThat(state(device)).isEqualTo("SANITISED");
	}

	@Test
	void ofTwoTechniciansMovingTheSameDeviceAtOnceExactlyOneWins() throws Exception {
		Tenant t = data.tenant();
		UUID device = insertDevice(t, "REFURBISHING", 1, "DB-000700");
		Actor[] technicians = {t.actor(Role.TECHNICIAN), t.coordinator()};
		String[] targets = {"QUALITY_CHECKED", "IN_REPAIR"};
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Integer>> outcomes = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Actor technician = technicians[i];
			String target = targets[i];
			outcomes.add(pool.submit(() -> {
				start.await(10, TimeUnit.SECONDS);
				return move(technician, device, target, 0).andReturn().getResponse().getStatus();
			}));
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> outcome : outcomes) {
			statuses.add(outcome.get(30, TimeUnit.SECONDS));
		}
		pool.shutdown();
		assertThat(statuses).containsExactlyInAnyOrder(302, 409);
		assertThat(events(device)).isEqualTo(1);
		assertThat(jdbc.sql("select version from inventory.device where id = ?").param(device).query(Integer.class).single())
				.isEqualTo(1);
		assertThat(state(device)).isIn("QUALITY_CHECKED", "IN_REPAIR");
	}

	@Test
	void aDuplicateSerialIsAFieldErrorAndKeepsWhatWasTyped() throws Exception {
		Tenant t = data.tenant();
		mvc.perform(post("/devices").with(as(t.coordinator())).with(csrf()).param("category", "TABLET").param("serial", "SN-42")
				.param("triage", "REUSABLE")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/devices").with(as(t.coordinator())).with(csrf()).param("category", "TABLET").param("serial", "sn-42")
				.param("make", "Samsung").param("triage", "REUSABLE")).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("Er is al een toestel met dit serienummer."),
						containsString("value=\"sn-42\""), containsString("value=\"Samsung\""))));
		mvc.perform(post("/devices").with(as(t.coordinator())).with(csrf()).param("category", "ROBOT").param("batteryHealth", "150")
				.param("triage", "REUSABLE")).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("error-summary"), containsString("value=\"150\""))));
		assertThat(jdbc.sql("select count(*) from inventory.device where digibank_id = ?").param(t.digibank().value())
				.query(Integer.class).single()).isEqualTo(1);
		// another digibank may hold the same serial
		Tenant other = data.tenant();
		mvc.perform(post("/devices").with(as(other.coordinator())).with(csrf()).param("category", "TABLET").param("serial", "SN-42")
				.param("triage", "REUSABLE")).andExpect(status().is3xxRedirection());
	}

	@Test
	void devicesAndDonationsOfAnotherDigibankAreNotFound() throws Exception {
		Tenant t = data.tenant();
		Tenant other = data.tenant();
		UUID device = insertDevice(t, "RECEIVED", 1, "DB-000800");
		Actor intruder = other.coordinator();
		mvc.perform(get("/devices/" + device).with(as(intruder))).andExpect(status().isNotFound());
		move(intruder, device, "RETIRED", 0).andExpect(status().isNotFound());
		mvc.perform(post("/devices/" + device + "/sanitisations").with(as(intruder)).with(csrf()).param("medium", "SSD"))
				.andExpect(status().isNotFound());
		mvc.perform(get("/devices/scan?tag=DB-000800").with(as(intruder))).andExpect(status().isNotFound());
		mvc.perform(post("/devices").with(as(intruder)).with(csrf()).param("category", "LAPTOP").param("triage", "REUSABLE")
				.param("locationId", t.locationA().toString())).andExpect(status().isUnprocessableContent());
		assertThat(state(device)).isEqualTo("RECEIVED");
		assertThat(events(device)).isZero();
		assertThat(jdbc.sql("select count(*) from inventory.device where digibank_id = ?").param(other.digibank().value())
				.query(Integer.class).single()).isZero();
	}

	@Test
	void aScannedTagOrSerialOpensTheDevice() throws Exception {
		Tenant t = data.tenant();
		UUID device = insertDevice(t, "RECEIVED", 1, "DB-000123");
		Actor volunteer = t.actor(Role.VOLUNTEER);
		mvc.perform(get("/devices/scan").param("tag", " db-000123 ").with(as(volunteer)))
				.andExpect(redirectedUrl("/devices/" + device));
		mvc.perform(get("/devices/scan").param("tag", "serial-DB-000123").with(as(volunteer)))
				.andExpect(redirectedUrl("/devices/" + device));
		mvc.perform(get("/devices/scan").param("tag", "DB-999999").with(as(volunteer))).andExpect(status().isNotFound())
				.andExpect(content().string(allOf(containsString("Er is geen toestel met deze code."),
						containsString("value=\"DB-999999\""))));
		mvc.perform(get("/devices/" + device).with(as(volunteer))).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("/transitions"))));
		move(volunteer, device, "RETIRED", 0).andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.ResultActions move(Actor actor, UUID device, String target, int version)
			throws Exception {
		return mvc.perform(post("/devices/" + device + "/transitions").with(as(actor)).with(csrf()).param("target", target)
				.param("reason", "test").param("version", String.valueOf(version)));
	}

	private UUID insertDevice(Tenant t, String state, int cycle, String tag) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into inventory.device (id, digibank_id, asset_tag, category, serial, triage, state, holder_cycle) "
				+ "values (?, ?, ?, 'LAPTOP', ?, 'REUSABLE', ?, ?)").param(id).param(t.digibank().value()).param(tag)
				.param("serial-" + tag).param(state).param(cycle).update();
		return id;
	}

	private UUID deviceWithSerial(Tenant t, String serial) {
		return jdbc.sql("select id from inventory.device where digibank_id = ? and serial = ?").param(t.digibank().value())
				.param(serial).query(UUID.class).single();
	}

	private String state(UUID device) {
		return jdbc.sql("select state from inventory.device where id = ?").param(device).query(String.class).single();
	}

	private int events(UUID device) {
		return jdbc.sql("select count(*) from inventory.device_event where device_id = ?").param(device).query(Integer.class).single();
	}
}
