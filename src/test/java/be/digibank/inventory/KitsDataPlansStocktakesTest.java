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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestClock;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Kits, data plans with their expiry warnings, and stocktakes, on a real PostgreSQL. */
@DigibankTest
class KitsDataPlansStocktakesTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TestClock clock;
	@Autowired
	DeviceKits deviceKits;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aKitGetsItsOwnCodeAndADeviceIsInOneKitAtMost() throws Exception {
		Tenant t = data.tenant();
		Actor technician = t.actor(Role.TECHNICIAN);
		UUID laptop = WorkshopFixtures.device(jdbc, t, "AVAILABLE", "DB-200001", "LAPTOP");
		WorkshopFixtures.device(jdbc, t, "AVAILABLE", "DB-200002", "MIFI");
		String first = createKit(technician, "Laptop met mifi");
		String second = createKit(technician, "Reserve");
		assertThat(jdbc.sql("select code from inventory.kit where digibank_id = ? order by code").param(t.digibank().value()).query(String.class)
				.list()).containsExactly("KIT-00001", "KIT-00002");
		scanInto(technician, first, "db-200001").andExpect(redirectedUrl(first));
		scanInto(technician, first, "DB-200002").andExpect(redirectedUrl(first));
		scanInto(technician, first, "DB-200001").andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Dit toestel zit al in deze kit.")));
		scanInto(technician, second, "DB-200001").andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("zit al in een andere kit"), containsString("value=\"DB-200001\""))));
		scanInto(technician, second, "DB-999999").andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Geen toestel met deze code.")));
		// the database itself refuses a second kit for a device, whatever the code does
		UUID secondKit = UUID.fromString(second.substring("/kits/".length()));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("insert into inventory.kit_item (device_id, kit_id, digibank_id, added_at) "
				+ "values (?, ?, ?, now())").param(laptop).param(secondKit).param(t.digibank().value()).update())
				.isInstanceOf(org.springframework.dao.DuplicateKeyException.class);

		var contents = deviceKits.contents(t.digibank(), "kit-00001").orElseThrow();
		assertThat(contents.devices()).extracting(DeviceKits.KitDevice::assetTag).containsExactly("DB-200001", "DB-200002");
		assertThat(deviceKits.contents(data.tenant().digibank(), "KIT-00001")).isEmpty();
		mvc.perform(get(first).with(as(t.actor(Role.VOLUNTEER)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("DB-200001"), not(containsString("/remove")))));
		mvc.perform(get("/devices/" + laptop).with(as(technician))).andExpect(content().string(containsString("KIT-00001")));
		mvc.perform(post(first + "/items/" + laptop + "/remove").with(as(technician)).with(csrf())).andExpect(redirectedUrl(first));
		scanInto(technician, second, "DB-200001").andExpect(redirectedUrl(second));
		mvc.perform(get(first).with(as(data.tenant().coordinator()))).andExpect(status().isNotFound());
	}

	@Test
	void dataPlansEndingWithinThirtyDaysOrEndedAreListedAndWarnedOnTheDevice() throws Exception {
		Tenant t = data.tenant();
		Actor technician = t.actor(Role.TECHNICIAN);
		clock.stopAt(Instant.parse("2026-03-01T10:00:00Z"));
		UUID sim = WorkshopFixtures.device(jdbc, t, "AVAILABLE", "DB-300001", "DATA_SIM");
		UUID mifi = WorkshopFixtures.device(jdbc, t, "AVAILABLE", "DB-300002", "MIFI");
		UUID later = WorkshopFixtures.device(jdbc, t, "AVAILABLE", "DB-300003", "DATA_SIM");
		plan(technician, sim, "2026-03-20", "").andExpect(redirectedUrl("/devices/" + sim));
		plan(technician, mifi, "2026-02-25", "").andExpect(redirectedUrl("/devices/" + mifi));
		plan(technician, later, "2026-06-30", "").andExpect(redirectedUrl("/devices/" + later));
		mvc.perform(get("/sim-plans?expiring=30").with(as(t.actor(Role.VOLUNTEER)))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("DB-300001"), containsString("nog 19 dagen"), containsString("DB-300002"),
						containsString("afgelopen"), not(containsString("DB-300003")))));
		mvc.perform(get("/devices/" + sim).with(as(technician))).andExpect(content().string(containsString("het dataplan loopt af op")));
		mvc.perform(get("/devices/" + later).with(as(technician))).andExpect(content().string(not(containsString("Let op: het dataplan"))));
		clock.stopAt(Instant.parse("2026-06-05T10:00:00Z"));
		mvc.perform(get("/sim-plans?expiring=30").with(as(technician))).andExpect(content().string(containsString("DB-300003")));
		mvc.perform(get("/devices/" + mifi).with(as(technician))).andExpect(content().string(containsString("het dataplan is afgelopen op")));
		// a renewal seen at an old version is refused; bad input keeps what was typed
		plan(technician, sim, "2027-03-20", "0").andExpect(redirectedUrl("/devices/" + sim));
		plan(technician, sim, "2027-04-20", "0").andExpect(status().isConflict());
		mvc.perform(
				post("/devices/" + sim + "/data-plan").with(as(technician)).with(csrf()).param("provider", "").param("phoneNumber", "0470 12 34 56")
						.param("dataAllowanceGb", "-5").param("validUntil", "2027-01-01").param("version", "1"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("value=\"-5\""), containsString("value=\"0470 12 34 56\""))));
		assertThat(jdbc.sql("select valid_until from inventory.data_plan where device_id = ?").param(sim).query(LocalDate.class).single())
				.isEqualTo(LocalDate.of(2027, 3, 20));
	}

	@Test
	void aStocktakeShowsFoundMissingMisplacedAndUnknownAndCountsADoubleScanOnce() throws Exception {
		Tenant t = data.tenant();
		Actor staff = t.actor(Role.STAFF);
		UUID here1 = WorkshopFixtures.device(jdbc, t, "AVAILABLE", "DB-400001", "LAPTOP", t.locationA().value());
		UUID here2 = WorkshopFixtures.device(jdbc, t, "QUALITY_CHECKED", "DB-400002", "TABLET", t.locationA().value());
		WorkshopFixtures.device(jdbc, t, "ON_LOAN", "DB-400003", "LAPTOP", t.locationA().value());
		UUID elsewhere = WorkshopFixtures.device(jdbc, t, "AVAILABLE", "DB-400004", "LAPTOP", t.locationB().value());
		String stocktake = mvc.perform(post("/stocktakes").with(as(staff)).with(csrf()).param("locationId", t.locationA().toString()))
				.andExpect(redirectedUrlPattern("/stocktakes/*")).andReturn().getResponse().getRedirectedUrl();
		// a second start at the same location counts into the same stocktake
		mvc.perform(post("/stocktakes").with(as(t.coordinator())).with(csrf()).param("locationId", t.locationA().toString()))
				.andExpect(redirectedUrl(stocktake));
		scan(staff, stocktake, "DB-400001").andExpect(flash().attribute("flashMessage", "DB-400001: gevonden."));
		scan(staff, stocktake, "db-400001").andExpect(flash().attribute("flashMessage", "DB-400001: was al gescand, telt één keer."));
		scan(staff, stocktake, "serial-DB-400004").andExpect(flash().attribute("flashMessage", "DB-400004: hoort op een andere locatie."));
		scan(staff, stocktake, "XYZ-1").andExpect(flash().attribute("flashMessage", "XYZ-1: onbekende code."));
		scan(staff, stocktake, "").andExpect(status().isUnprocessableContent());
		UUID id = UUID.fromString(stocktake.substring("/stocktakes/".length()));
		assertThat(jdbc.sql("select count(*) from inventory.stocktake_scan where stocktake_id = ?").param(id).query(Integer.class).single())
				.isEqualTo(4);
		assertThat(jdbc.sql("select count(*) from inventory.stocktake_found where stocktake_id = ?").param(id).query(Integer.class).single())
				.isEqualTo(2);
		mvc.perform(get(stocktake).with(as(staff))).andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Gevonden: 1 van 2"),
				containsString("Ontbreekt: 1"), containsString("Hoort elders: 1"), containsString("XYZ-1"), containsString("DB-400002"),
				not(containsString("DB-400003")))));

		mvc.perform(post(stocktake + "/close").with(as(staff)).with(csrf()).param("version", "0").param("moveMisplaced", "true"))
				.andExpect(redirectedUrl(stocktake + "/report"));
		assertThat(jdbc.sql("select location_id from inventory.device where id = ?").param(elsewhere).query(UUID.class).single())
				.isEqualTo(t.locationA().value());
		assertThat(jdbc.sql("select location_id from inventory.device where id = ?").param(here2).query(UUID.class).single())
				.isEqualTo(t.locationA().value());
		mvc.perform(get(stocktake + "/report").with(as(staff))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Verslag van de inventarisatie"), containsString("DB-400002"))));
		mvc.perform(post(stocktake + "/close").with(as(staff)).with(csrf()).param("version", "0")).andExpect(status().isConflict());
		scan(staff, stocktake, "DB-400002").andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Deze inventarisatie is afgesloten.")));
		assertThat(here1).isNotNull();
		Tenant other = data.tenant();
		mvc.perform(get(stocktake).with(as(other.coordinator()))).andExpect(status().isNotFound());
		scan(other.coordinator(), stocktake, "DB-400002").andExpect(status().isNotFound());
		mvc.perform(get("/stocktakes").with(as(t.actor(Role.VOLUNTEER)))).andExpect(status().isForbidden());
	}

	private String createKit(Actor actor, String name) throws Exception {
		return mvc.perform(post("/kits").with(as(actor)).with(csrf()).param("name", name)).andExpect(redirectedUrlPattern("/kits/*")).andReturn()
				.getResponse().getRedirectedUrl();
	}

	private ResultActions scanInto(Actor actor, String kit, String code) throws Exception {
		return mvc.perform(post(kit + "/items").with(as(actor)).with(csrf()).param("code", code));
	}

	private ResultActions plan(Actor actor, UUID device, String validUntil, String version) throws Exception {
		return mvc.perform(post("/devices/" + device + "/data-plan").with(as(actor)).with(csrf()).param("provider", "Proximus")
				.param("phoneNumber", "+32 470 00 00 00").param("dataAllowanceGb", "20").param("validUntil", validUntil).param("version", version));
	}

	private ResultActions scan(Actor actor, String stocktake, String code) throws Exception {
		return mvc.perform(post(stocktake + "/scans").with(as(actor)).with(csrf()).param("code", code));
	}
}
