package be.digibank.inventory;

import static be.digibank.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Actor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Wipe evidence for a batch and from a wiping tool's CSV: tied to the current holder cycle, all or nothing. */
@DigibankTest
class WipeEvidenceTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	@Test
	void oneRecordForSeveralDevicesOfADonationCountsForEachCurrentCycle() throws Exception {
		Tenant t = data.tenant();
		UUID donation = donation(t);
		UUID first = device(t, donation, "DB-000001", "SN-1", "RECEIVED", 1);
		UUID returned = device(t, donation, "DB-000002", "SN-2", "RETURNED", 2);
		UUID third = device(t, donation, "DB-000003", "SN-3", "RECEIVED", 1);
		mvc.perform(get("/donations/" + donation + "/sanitisations").param("deviceId", first.toString()).param("scan", "db-000002")
				.with(as(t.coordinator()))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("data-tag=\"DB-000002\" data-serial=\"SN-2\" checked"),
						containsString("data-tag=\"DB-000001\" data-serial=\"SN-1\" checked"),
						not(containsString("data-tag=\"DB-000003\" data-serial=\"SN-3\" checked")), containsString("autofocus"))));
		batch(t.coordinator(), donation, first, returned).andExpect(redirectedUrl("/donations/" + donation));
		assertThat(jdbc.sql("select d.asset_tag || ' ' || s.holder_cycle || ' ' || s.tool from inventory.sanitisation s "
				+ "join inventory.device d on d.id = s.device_id where d.donation_id = ? order by 1").param(donation).query(String.class)
				.list()).containsExactly("DB-000001 1 Blancco", "DB-000002 2 Blancco");
		assertThat(jdbc.sql("select count(*) from audit.audit_entry where record_type = 'Sanitisation' and digibank_id = ?")
				.param(t.digibank().value()).query(Integer.class).single()).isEqualTo(2);
		// a device on loan may not get evidence now: nothing is saved for any of the chosen devices
		jdbc.sql("update inventory.device set state = 'ON_LOAN' where id = ?").param(third).update();
		batch(t.coordinator(), donation, first, third).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("DB-000003: In deze status kan je geen datawissing registreren.")));
		batch(t.coordinator(), donation).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Kies minstens één toestel.")));
		assertThat(sanitisations(t)).isEqualTo(2);
		// a device of another donation or digibank is not found
		Tenant other = data.tenant();
		batch(other.coordinator(), donation, first).andExpect(status().isNotFound());
		batch(t.coordinator(), donation(t), first).andExpect(status().isNotFound());
		assertThat(sanitisations(t)).isEqualTo(2);
	}

	@Test
	void aWipingToolsReportIsMatchedBySerialOrRefusedWithAReportPerRow() throws Exception {
		Tenant t = data.tenant();
		UUID donation = donation(t);
		device(t, donation, "DB-000001", "SN-1", "RECEIVED", 1);
		device(t, donation, "DB-000002", "SN-2", "RETURNED", 3);
		device(t, donation, "DB-000003", "SN-3", "ON_LOAN", 1);
		String header = "serial,medium,method,technique,tool,tool_version,operator,date,result,verification\n";
		upload(t.coordinator(), header + "SN-1,SSD 256 GB,purge,crypto_erase,Blancco,7.1,Tom,2026-11-21,passed,\"Steekproef, nullen\"\n"
				+ "sn-9,SSD,purge,crypto_erase,Blancco,7.1,Tom,2026-11-21,passed,\n" // unknown serial
				+ "SN-3,SSD,purge,crypto_erase,Blancco,7.1,Tom,2026-11-21,passed,\n" // on loan
				+ "SN-2,HDD,purge,physical_destruction,Shredder,,Tom,21/11/2026,passed,\n" // destruction is destroy only
				+ "SN-2,HDD,zap,overwrite,nwipe,,Tom,2099-01-01,maybe,\n") // unknown words, date in the future
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("Er is geen toestel met serienummer sn-9 in deze digibank."),
						containsString("DB-000003: In deze status kan je geen datawissing registreren."),
						containsString("Fysiek vernietigen hoort bij de methode Destroy."), containsString("Onbekende methode “zap”"),
						containsString("Onbekend resultaat “maybe”"), containsString("Deze datum ligt in de toekomst."),
						containsString("Dit toestel en medium staan ook op rij 5 van dit bestand."))));
		assertThat(sanitisations(t)).isZero();
		upload(t.coordinator(), "serienummer;drager;methode;techniek;programma;versie;uitvoerder;datum;resultaat\n"
				+ "SN-1;SSD 256 GB;purge;crypto_erase;Blancco;7.1;Tom;2026-11-21;geslaagd\n"
				+ "SN-2;HDD;destroy;physical_destruction;Shredder;;Tom;21/11/2026;passed\n")
				.andExpect(redirectedUrl("/sanitisations/import"));
		assertThat(jdbc.sql("select d.asset_tag || ' ' || s.holder_cycle || ' ' || s.method || ' ' || s.performed_on from inventory.sanitisation s "
				+ "join inventory.device d on d.id = s.device_id where d.digibank_id = ? order by 1").param(t.digibank().value())
				.query(String.class).list()).containsExactly("DB-000001 1 PURGE 2026-11-21", "DB-000002 3 DESTROY 2026-11-21");
		// the serials of another digibank are unknown here
		upload(data.tenant().coordinator(), header + "SN-1,SSD,purge,crypto_erase,Blancco,7.1,Tom,2026-11-21,passed,\n")
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Er is geen toestel met serienummer SN-1 in deze digibank.")));
	}

	private ResultActions batch(Actor actor, UUID donation, UUID... devices) throws Exception {
		var request = post("/donations/" + donation + "/sanitisations").with(as(actor)).with(csrf()).param("medium", "SSD")
				.param("method", "PURGE").param("technique", "CRYPTO_ERASE").param("tool", "Blancco").param("toolVersion", "7.1")
				.param("operatorName", "Tom").param("performedOn", "2026-11-21").param("result", "PASSED").param("verification", "ok");
		for (UUID device : devices) {
			request.param("deviceId", device.toString());
		}
		return mvc.perform(request);
	}

	private ResultActions upload(Actor actor, String csv) throws Exception {
		return mvc.perform(multipart("/sanitisations/import")
				.file(new MockMultipartFile("file", "wipe.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))).with(as(actor))
				.with(csrf()));
	}

	private int sanitisations(Tenant t) {
		return jdbc.sql("select count(*) from inventory.sanitisation where digibank_id = ?").param(t.digibank().value())
				.query(Integer.class).single();
	}

	static UUID donation(JdbcClient jdbc, Tenant t) {
		UUID donor = UUID.randomUUID();
		jdbc.sql("insert into inventory.donor (id, digibank_id, kind, name) values (?, ?, 'COMPANY', 'Acme NV')").param(donor)
				.param(t.digibank().value()).update();
		UUID donation = UUID.randomUUID();
		jdbc.sql("insert into inventory.donation (id, digibank_id, donor_id, received_on, count_received) values (?, ?, ?, ?, 3)")
				.param(donation).param(t.digibank().value()).param(donor).param(LocalDate.of(2026, 11, 20)).update();
		return donation;
	}

	static UUID device(JdbcClient jdbc, Tenant t, UUID donation, String tag, String serial, String state, int cycle) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into inventory.device (id, digibank_id, asset_tag, category, make, model, serial, triage, state, holder_cycle, donation_id) "
				+ "values (?, ?, ?, 'LAPTOP', 'Lenovo', 'T480', ?, 'REUSABLE', ?, ?, ?)").param(id).param(t.digibank().value()).param(tag)
				.param(serial).param(state).param(cycle).param(donation).update();
		return id;
	}

	private UUID donation(Tenant t) {
		return donation(jdbc, t);
	}

	private UUID device(Tenant t, UUID donation, String tag, String serial, String state, int cycle) {
		return device(jdbc, t, donation, tag, serial, state, cycle);
	}
}
