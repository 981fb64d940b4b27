package be.digibank.inventory;

import static be.digibank.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Actor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Bulk intake from CSV: all rows checked first, a report per row, nothing half-imported. */
@DigibankTest
class DeviceImportTest {

	static final String HEADER = "category,make,model,serial,cpu,ram_gb,storage_type,storage_gb,screen,battery_health,os,grade,value,triage\n";

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aGoodFileWithDutchColumnNamesAndSemicolonsImportsEveryDeviceWithConsecutiveTags() throws Exception {
		Tenant t = data.tenant();
		UUID donation = donation(t);
		String csv = "\uFEFFSoort;Merk;Model;Serienummer;RAM;Opslagtype;Opslag_GB;Batterij;Graad;Waarde;Beoordeling\r\n"
				+ "laptop;Lenovo;\"ThinkPad T480; 14\"\"\";PF-1;8;ssd;256;81;B;249,99;herbruikbaar\r\n"
				+ "Smartphone;Samsung;A52;IMEI-2;;;;;;;REUSABLE\r\n" + "monitor;Dell;P2419;;;;;;C;;afval\r\n";
		upload(t.coordinator(), donation, csv).andExpect(redirectedUrl("/donations/" + donation));
		assertThat(jdbc.sql("select asset_tag || ' ' || category || ' ' || model || ' ' || coalesce(serial, '-') || ' ' || triage "
				+ "|| ' ' || replacement_value_cents from inventory.device where donation_id = ? order by asset_tag").param(donation)
				.query(String.class).list()).containsExactly("DB-000001 LAPTOP ThinkPad T480; 14\" PF-1 REUSABLE 24999",
						"DB-000002 SMARTPHONE A52 IMEI-2 REUSABLE 0", "DB-000003 MONITOR P2419 - E_WASTE 0");
		assertThat(jdbc.sql("select count(*) from inventory.device_event e join inventory.device d on d.id = e.device_id "
				+ "where d.donation_id = ? and e.to_state = 'RECEIVED'").param(donation).query(Integer.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("select summary from audit.audit_entry where record_type = 'Donation' and record_id = ?")
				.param(donation.toString()).query(String.class).list()).contains("CSV: 3 devices DB-000001 – DB-000003");
		// the next single intake continues after the block
		assertThat(jdbc.sql("select last_value from inventory.asset_tag_sequence where digibank_id = ?").param(t.digibank().value())
				.query(Long.class).single()).isEqualTo(3L);
	}

	@Test
	void badRowsAreAllReportedWithRowAndColumnAndNothingIsImported() throws Exception {
		Tenant t = data.tenant();
		UUID donation = donation(t);
		upload(t.coordinator(), donation, HEADER + "laptop,Dell,E7470,TAKEN-1,,,,,,,,,,reusable\n")
				.andExpect(status().is3xxRedirection());
		String csv = HEADER + "laptop,Dell,E7470,SN-1,i5,8,SSD,256,14,90,Windows 11,A,100,reusable\n" // row 2: fine
				+ "laptop,Dell,E7470,sn-1,i5,8,SSD,256,14,90,Windows 11,A,100,reusable\n" // row 3: duplicate of row 2
				+ "robot,Dell,E7470,SN-3,i5,8,SSD,256,14,90,Windows 11,A,100,reusable\n" // row 4: unknown category
				+ "laptop,Dell,E7470,SN-4,i5,-8,SSD,256,14,90,Windows 11,A,-5,reusable\n" // row 5: negative values
				+ "laptop,Dell,E7470,SN-5,i5,acht,SSD,256,14,190,Windows 11,A,100,reusable\n" // row 6: not a number, too large
				+ "laptop,Dell,E7470,taken-1,i5,8,SSD,256,14,90,Windows 11,A,100,\n"; // row 7: in the digibank, no triage
		upload(t.coordinator(), donation, csv).andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("Het bestand is niet ingelezen"), containsString("Er zijn 8 problemen"),
						containsString("Serienummer sn-1 staat ook op rij 2 van dit bestand."),
						containsString("Onbekende soort toestel “robot”."), containsString("“-8” is negatief; dat kan niet."),
						containsString("“-5” is negatief; dat kan niet."), containsString("“acht” is geen geheel getal."),
						containsString("“190” is te groot; hoogstens 100."),
						containsString("Er is al een toestel met serienummer taken-1 in deze digibank."),
						containsString("Dit veld is verplicht."))));
		assertThat(devices(donation)).isEqualTo(1);
	}

	@Test
	void aMalformedFileOrAMissingColumnIsRefusedAsAWhole() throws Exception {
		Tenant t = data.tenant();
		UUID donation = donation(t);
		upload(t.coordinator(), donation, HEADER + "laptop,Dell,\"E7470,SN-1,,,,,,,,,,reusable\nlaptop,Dell,E7470,SN-2,,,,,,,,,,reusable\n")
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Een aanhalingsteken wordt geopend maar niet gesloten.")));
		upload(t.coordinator(), donation, HEADER + "laptop,Dell,E\"74\"70,SN-1,,,,,,,,,,reusable\n").andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Een aanhalingsteken midden in een veld zonder aanhalingstekens.")));
		upload(t.coordinator(), donation, "make,model,colour\nDell,E7470,red\n").andExpect(status().isUnprocessableContent())
				.andExpect(content().string(allOf(containsString("De verplichte kolom “category” ontbreekt."),
						containsString("De verplichte kolom “triage” ontbreekt."), containsString("Onbekende kolom “colour”."))));
		upload(t.coordinator(), donation, HEADER + "laptop,Dell\n").andExpect(status().isUnprocessableContent())
				.andExpect(content().string(containsString("Deze rij heeft 2 velden, de kopregel 14.")));
		assertThat(devices(donation)).isZero();
	}

	@Test
	void aThousandDevicesAreImportedInOneGo() throws Exception {
		Tenant t = data.tenant();
		UUID donation = donation(t);
		upload(t.coordinator(), donation, thousandDevices("BULK")).andExpect(status().is3xxRedirection());
		assertThat(devices(donation)).isEqualTo(1000);
		assertThat(jdbc.sql("select max(asset_tag) from inventory.device where donation_id = ?").param(donation).query(String.class)
				.single()).isEqualTo("DB-001000");
	}

	@Test
	void anotherDigibanksDonationIsNotFound() throws Exception {
		Tenant t = data.tenant();
		Tenant other = data.tenant();
		UUID donation = donation(t);
		upload(other.coordinator(), donation, HEADER + "laptop,Dell,E7470,SN-1,,,,,,,,,,reusable\n").andExpect(status().isNotFound());
		mvc.perform(get("/donations/" + donation + "/import").with(as(other.coordinator()))).andExpect(status().isNotFound());
		mvc.perform(get("/donations/" + donation + "/import").with(as(t.coordinator()))).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("enctype=\"multipart/form-data\""), containsString("serienummer"))));
		assertThat(devices(donation)).isZero();
	}

	@Test
	void theParserFollowsRfc4180() {
		CsvTable table = CsvTable.parse("a,b,c\r\n1,\"two, \"\"quoted\"\"\nlines\",3\r\n\r\n,,\n");
		assertThat(table.header()).containsExactly("a", "b", "c");
		assertThat(table.rows()).extracting(CsvTable.Row::fields)
				.containsExactly(List.of("1", "two, \"quoted\"\nlines", "3"), List.of("", "", ""));
		assertThat(CsvTable.parse("a\tb\n1\t2").rows().getFirst().fields()).containsExactly("1", "2");
		assertThatThrownBy(() -> CsvTable.parse("a,b\n\"1\"x,2")).isInstanceOf(CsvTable.Malformed.class)
				.hasMessageContaining("textAfterQuote at row 2");
		assertThat(UploadedText.decode("merk;b\u00e9".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("merk;b\u00e9");
	}

	static String thousandDevices(String prefix) {
		StringBuilder csv = new StringBuilder(HEADER);
		for (int i = 0; i < 1000; i++) {
			csv.append("laptop,Lenovo,T480,").append(prefix).append('-').append(i)
					.append(",i5-8350U,8,SSD,256,14 inch,85,Windows 11,B,150,reusable\n");
		}
		return csv.toString();
	}

	private ResultActions upload(Actor actor, UUID donation, String csv) throws Exception {
		return mvc.perform(multipart("/donations/" + donation + "/import")
				.file(new MockMultipartFile("file", "devices.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))).with(as(actor))
				.with(csrf()));
	}

	private UUID donation(Tenant t) {
		UUID donor = UUID.randomUUID();
		jdbc.sql("insert into inventory.donor (id, digibank_id, kind, name) values (?, ?, 'COMPANY', 'Acme NV')").param(donor)
				.param(t.digibank().value()).update();
		UUID donation = UUID.randomUUID();
		jdbc.sql("insert into inventory.donation (id, digibank_id, donor_id, received_on) values (?, ?, ?, ?)").param(donation)
				.param(t.digibank().value()).param(donor).param(LocalDate.of(2026, 11, 20)).update();
		return donation;
	}

	private int devices(UUID donation) {
		return jdbc.sql("select count(*) from inventory.device where donation_id = ?").param(donation).query(Integer.class).single();
	}
}
