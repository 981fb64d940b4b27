package be.digibank.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The subject-access export contains everything held, also what other modules keep: a loan (with its incident), a
 * request, a reservation and a block from lending, a message and the channel wishes from notifications, a repair of the
 * person's own laptop from the device bank; in the PDF in the person's language and in the JSON file. Another person's
 * records are not in it.
 */
@DigibankTest
class ExportAcrossModulesTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	JsonMapper json;

	@Test
	void theExportHoldsTheRecordsOfLendingNotificationsAndTheDeviceBank() throws Exception {
		Tenant tenant = data.tenant();
		UUID person = person(tenant, "Hanne", "nl");
		UUID other = person(tenant, "Ilse", "nl");
		records(tenant, person, "Hanne");
		records(tenant, other, "Ilse");
		jdbc.sql("""
				insert into lending.loan (id, digibank_id, device_id, asset_tag, category, device_label, borrower_name, person_id, starts_on,
				       due_on, deposit_method, signature_png, signed_on_paper, lent_by, lent_by_name)
				values (gen_random_uuid(), ?, gen_random_uuid(), 'DB-Tablet', 'TABLET', 'iPad Hanne', 'Hanne Verbeeck', ?, current_date,
				        current_date + 30, 'NONE', 'data:image/png;base64,iVBORw0KGgo=', false, ?, 'Staff')
				""").param(tenant.digibank().value()).param(person).param(tenant.coordinator().accountId().value()).update();

		String pdf = pdf(tenant, person);
		assertThat(pdf).as("the drawing itself is not exported, only that there is one").contains("iPad Hanne").contains("Getekend op het scherm")
				.doesNotContain("iVBORw0KGgo");
		assertThat(pdf).contains("Leningen").contains("Lenovo T480 Hanne (DB-Hanne)").contains("Solliciteren bij Colruyt")
				.contains("Getekend op papier")
				.contains("€ 20,00").contains("Schade, verlies en diefstal bij leningen").contains("Scherm gebarsten")
				.contains("Aanvragen voor een toestel (wachtlijst)").contains("Wil een tablet voor de kleinkinderen").contains("Reservaties")
				.contains("Workshop Tax-on-web").contains("Blokkeringen voor lenen").contains("Eerst de coördinator spreken")
				.contains("Berichten (sms, e-mail, brief)").contains("Uw laptop, Hanne").contains("Verstuurd").contains("Brief")
				.contains("Herstellingen van eigen toestellen").contains("Start niet meer op, Hanne").contains("Nieuwe batterij");
		assertThat(pdf).doesNotContain("Ilse");

		JsonNode export = json.readTree(mvc.perform(get("/people/" + person + "/export.json").with(TestData.as(tenant.coordinator())))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		List<String> sections = new ArrayList<>();
		export.get("records").forEach(section -> sections.add(section.get("section").asString()));
		assertThat(sections).containsExactly("lending.records.loans", "lending.records.incidents", "lending.records.requests",
				"lending.records.reservations", "lending.records.blocks", "notifications.records.messages", "notifications.records.preference",
				"inventory.records.repairs");
		String text = export.get("records").toString();
		assertThat(text).contains("Lenovo T480 Hanne").contains("Wil een tablet voor de kleinkinderen").contains("Workshop Tax-on-web")
				.contains("Uw laptop, Hanne").contains("Start niet meer op, Hanne").doesNotContain("Ilse");
		assertThat(export.get("records").get(0).get("title").asString()).isEqualTo("Leningen");
		assertThat(export.get("records").get(0).get("entries").get(0).toString())
				.contains("{\"label\":\"Doel van de lening\",\"value\":\"Solliciteren bij Colruyt\"}");
	}

	@Test
	void theRecordsOfOtherModulesAreInThePersonsLanguage() throws Exception {
		Tenant tenant = data.tenant();
		UUID person = person(tenant, "Hélène", "fr");
		records(tenant, person, "Hélène");
		assertThat(pdf(tenant, person)).contains("Prêts").contains("Signé sur papier").contains("Réservations").contains("Lettre")
				.contains("Réparations d’appareils personnels").doesNotContain("Leningen");
	}

	String pdf(Tenant tenant, UUID person) throws Exception {
		byte[] pdf = mvc.perform(get("/people/" + person + "/export.pdf").with(TestData.as(tenant.coordinator()))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
		// lines wrap in the PDF: compare the text as one line
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	UUID person(Tenant tenant, String name, String language) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into people.person (id, digibank_id, first_name, last_name, postcode, language) values (?, ?, ?, 'Verbeeck', '3700', ?)")
				.param(id).param(tenant.digibank().value()).param(name).param(language).update();
		return id;
	}

	/** One record of each kind, named after the person so that the test can tell whose records an export shows. */
	void records(Tenant tenant, UUID person, String name) {
		UUID digibank = tenant.digibank().value();
		UUID staff = tenant.coordinator().accountId().value();
		UUID loan = UUID.randomUUID();
		jdbc.sql("""
				insert into lending.loan (id, digibank_id, device_id, asset_tag, category, device_label, borrower_name, person_id, starts_on,
				       due_on, deposit_cents, deposit_method, signed_on_paper, lent_by, lent_by_name, goal_plan)
				values (?, ?, ?, ?, 'LAPTOP', ?, ?, ?, current_date, current_date + 30, 2000, 'CASH', true, ?, 'Staff', 'Solliciteren bij Colruyt')
				""").param(loan).param(digibank).param(UUID.randomUUID()).param("DB-" + name).param("Lenovo T480 " + name).param(name + " Verbeeck")
				.param(person).param(staff).update();
		jdbc.sql("""
				insert into lending.loan_incident (id, digibank_id, loan_id, kind, description, decision, amount_cents, decided_by)
				values (?, ?, ?, 'DAMAGE', 'Scherm gebarsten', 'FLAT_RATE', 2500, 'Staff')
				""").param(UUID.randomUUID()).param(digibank).param(loan).update();
		jdbc.sql("""
				insert into lending.request (id, digibank_id, person_id, category, urgency, note, status, requested_at)
				values (?, ?, ?, 'TABLET', 'NORMAL', 'Wil een tablet voor de kleinkinderen', 'WAITING', now())
				""").param(UUID.randomUUID()).param(digibank).param(person).update();
		jdbc.sql("""
				insert into lending.reservation (id, digibank_id, person_id, pickup_location_id, starts_on, ends_on, note, status, booked_at)
				values (?, ?, ?, ?, current_date + 7, current_date + 8, 'Workshop Tax-on-web', 'BOOKED', now())
				""").param(UUID.randomUUID()).param(digibank).param(person).param(tenant.locationA().value()).update();
		jdbc.sql("""
				insert into lending.borrower_block (id, digibank_id, person_id, message, reason, placed_by, placed_by_name)
				values (?, ?, ?, 'Eerst de coördinator spreken', 'Twee toestellen niet teruggebracht', ?, 'Coördinator')
				""").param(UUID.randomUUID()).param(digibank).param(person).param(staff).update();
		jdbc.sql("""
				insert into notifications.outbox_message (id, digibank_id, person_id, reference, channel, template_key, importance, status,
				    attempts, due_at, created_at, sent_at, subject, body)
				values (?, ?, ?, ?, 'LETTER', 'lending.due-soon', 'ESSENTIAL', 'SENT', 1, now(), now(), now(), ?, 'Breng uw laptop terug')
				""").param(UUID.randomUUID()).param(digibank).param(person).param("due-soon-" + person).param("Uw laptop, " + name).update();
		jdbc.sql("""
				insert into notifications.person_preference (digibank_id, person_id, channels, optional_opt_out, changed_at)
				values (?, ?, '{LETTER}', true, now())
				""").param(digibank).param(person).update();
		jdbc.sql("""
				insert into inventory.repair (id, digibank_id, person_id, citizen_category, citizen_make_model, problem, opened_at, opened_by)
				values (?, ?, ?, 'LAPTOP', 'HP 250 G7', ?, now(), ?)
				""").param(UUID.randomUUID()).param(digibank).param(person).param("Start niet meer op, " + name).param(staff).update();
		jdbc.sql("""
				insert into inventory.repair_part (id, digibank_id, repair_id, name, cost_cents)
				select ?, digibank_id, id, 'Nieuwe batterij', 3500 from inventory.repair where person_id = ?
				""").param(UUID.randomUUID()).param(person).update();
	}
}
