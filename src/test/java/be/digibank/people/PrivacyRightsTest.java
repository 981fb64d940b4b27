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
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Subject access (a PDF and a JSON file with everything held) and erasure that keeps the counts. */
@DigibankTest
class PrivacyRightsTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	JsonMapper json;

	Tenant tenant;
	Actor coordinator;

	@BeforeEach
	void tenant() {
		tenant = data.tenant();
		coordinator = tenant.coordinator();
	}

	UUID person(String first, String last, String language) throws Exception {
		MvcResult result = mvc
				.perform(post("/people/new").with(TestData.as(coordinator)).with(csrf()).param("firstName", first).param("lastName", last)
						.param("birthYear", "1971").param("postcode", "3700").param("language", language).param("phone", "0470 12 34 56")
						.param("email", "hélène@example.org").param("address", "Markt 3, Tongeren").param("note", "Wil leren mailen")
						.param("targetGroups", "JOB_SEEKER")
						.param("confirmNew", "true"))
				.andExpect(status().is3xxRedirection()).andReturn();
		UUID id = UUID.fromString(result.getResponse().getRedirectedUrl().substring("/people/".length()));
		mvc.perform(post("/people/" + id + "/proofs").with(TestData.as(coordinator)).with(csrf()).param("proofType", "UITPAS_REDUCED_RATE")
				.param("proofSeenOn", LocalDate.now().toString()).param("proofValidUntil", LocalDate.now().plusYears(1).toString()))
				.andExpect(status().is3xxRedirection());
		mvc.perform(post("/people/" + id + "/proofs").with(TestData.as(coordinator)).with(csrf()).param("proofType", "INCREASED_REIMBURSEMENT")
				.param("proofSeenOn", LocalDate.now().minusDays(3).toString())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/people/" + id + "/overrides").with(TestData.as(coordinator)).with(csrf()).param("overrideService", "LENDING")
				.param("overrideEligible", "true").param("overrideReason", "Hélène heeft dringend een laptop nodig"))
				.andExpect(status().is3xxRedirection());
		mvc.perform(post("/people/" + id + "/consents").with(TestData.as(coordinator)).with(csrf()).param("consentPurpose", "NEWSLETTER")
				.param("consentChannel", "PAPER")).andExpect(status().is3xxRedirection());
		return id;
	}

	@Test
	void theExportHoldsEverythingInAReadablePdfAndAJsonFile() throws Exception {
		UUID id = person("Hélène", "Dubois-Van Acker", "fr");

		MvcResult pdf = mvc.perform(get("/people/" + id + "/export.pdf").with(TestData.as(coordinator))).andExpect(status().isOk()).andReturn();
		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(pdf.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		String text;
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			text = new PDFTextStripper().getText(document);
		}
		// in French, marked as a translation, with the accents intact
		assertThat(text).contains("Hélène").contains("Dubois-Van Acker").contains("traduction").contains("+32470123456").contains("Tongeren");
		assertThat(text).contains("UiTPAS").contains("Intervention majorée");

		MvcResult file = mvc.perform(get("/people/" + id + "/export.json").with(TestData.as(coordinator))).andExpect(status().isOk()).andReturn();
		JsonNode export = json.readTree(file.getResponse().getContentAsByteArray());
		for (String section : new String[]{"identity", "contact", "targetGroups", "proofs", "overrides", "consents", "referrals", "services",
				"auditEntries"}) {
			assertThat(export.has(section)).as(section).isTrue();
		}
		assertThat(export.get("identity").get("firstName").asString()).isEqualTo("Hélène");
		assertThat(export.get("contact").get("email").asString()).isEqualTo("hélène@example.org");
		assertThat(export.get("proofs")).hasSize(2);
		assertThat(export.get("proofs").findValuesAsString("type")).containsExactlyInAnyOrder("UITPAS_REDUCED_RATE", "INCREASED_REIMBURSEMENT");
		assertThat(export.get("overrides").get(0).get("reason").asString()).contains("laptop");
		assertThat(export.get("consents").get(0).get("purpose").asString()).isEqualTo("NEWSLETTER");
		assertThat(export.get("targetGroups").get(0).asString()).isEqualTo("JOB_SEEKER");
		assertThat(export.get("auditEntries").findValuesAsString("action")).contains("CREATE", "CHANGE", "EXPORT");

		assertThat(
				jdbc.sql("select count(*) from audit.audit_entry where record_id = ? and action = 'EXPORT'").param(id.toString()).query(Integer.class)
						.single())
				.isEqualTo(2);
	}

	@Test
	void namesInOtherScriptsArePrintedWithAnEmbeddedFont() throws Exception {
		UUID id = person("Олена", "Шевченко", "uk");
		MvcResult pdf = mvc.perform(get("/people/" + id + "/export.pdf").with(TestData.as(coordinator))).andExpect(status().isOk()).andReturn();
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Олена Шевченко");
			var fonts = new java.util.ArrayList<String>();
			for (var name : document.getPage(0).getResources().getFontNames()) {
				fonts.add(document.getPage(0).getResources().getFont(name).getName());
			}
			assertThat(fonts).anyMatch(font -> font.contains("DejaVuSans"));
		}
	}

	@Test
	void aDutchExportIsNotMarkedAsATranslation() throws Exception {
		UUID id = person("Jan", "Peeters", "nl");
		MvcResult pdf = mvc.perform(get("/people/" + id + "/export.pdf").with(TestData.as(coordinator))).andExpect(status().isOk()).andReturn();
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Jan Peeters").contains("Wat de digibank over u bewaart").doesNotContain("vertaling");
		}
	}

	@Test
	void erasureNeedsAReasonAndAConfirmationThenRemovesTheIdentityButKeepsTheCounts() throws Exception {
		UUID id = person("Hélène", "Vandenbroucke", "nl");
		jdbc.sql("insert into people.referral (id, digibank_id, referrer_id, person_name, contact, reason, service, status, person_id, created_at) "
				+ "values (?, ?, ?, 'Hélène Vandenbroucke', '0470123456', 'Zoekt werk, heeft laptop nodig', 'DEVICE', 'ACCEPTED', ?, ?)")
				.param(UUID.randomUUID()).param(tenant.digibank().value()).param(tenant.actor(Role.REFERRER).accountId().value()).param(id)
				.param(Timestamp.from(Instant.now())).update();
		int before = uniquePersons();

		String refused = mvc.perform(post("/people/" + id + "/erase").with(TestData.as(coordinator)).with(csrf()).param("reason", "Op vraag <b>"))
				.andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("error-summary").contains("niet ongedaan").contains("Op vraag &lt;b&gt;");
		assertThat(jdbc.sql("select anonymised_at is null from people.person where id = ?").param(id).query(Boolean.class).single()).isTrue();

		mvc.perform(post("/people/" + id + "/erase").with(TestData.as(coordinator)).with(csrf()).param("reason", "Gevraagd aan de balie")
				.param("confirmed", "true")).andExpect(status().is3xxRedirection());

		var row = jdbc.sql(
				"select first_name, last_name, nickname, phone, email, address, note, birth_year, birth_decade, anonymised_at from people.person where id = ?")
				.param(id).query((rs, n) -> new Object[]{rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getString(7), rs.getObject(8), rs.getObject(9), rs.getObject(10)})
				.single();
		assertThat(new Object[]{row[0], row[1], row[2], row[3], row[4], row[5], row[6]}).containsOnly("");
		assertThat(row[7]).isNull();
		assertThat(((Number) row[8]).intValue()).isEqualTo(1970);
		assertThat(row[9]).isNotNull();
		assertThat(
				jdbc.sql("select person_name || contact || reason from people.referral where person_id = ?").param(id).query(String.class).single())
				.doesNotContain("Hélène").doesNotContain("0470").doesNotContain("laptop");
		assertThat(jdbc.sql("select reason from people.eligibility_override where person_id = ?").param(id).query(String.class).single())
				.doesNotContain("Hélène");
		assertThat(jdbc.sql("select count(*) from people.name_word where digibank_id = ? and word like '%brouck%'").param(tenant.digibank().value())
				.query(Integer.class).single()).as("the erased surname is gone from the search dictionary").isZero();
		// the person still counts, with proofs and target groups for the reports
		assertThat(uniquePersons()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from people.eligibility_proof where person_id = ?").param(id).query(Integer.class).single())
				.isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from audit.audit_entry where record_id = ? and action = 'DELETE'").param(id.toString())
				.query(Integer.class).single()).isEqualTo(1);

		for (String query : new String[]{"Hélène Vandenbroucke", "Vandenbroucke", "0470123456", "hélène@example.org", "1971"}) {
			String found = mvc.perform(get("/people").param("q", query).with(TestData.as(coordinator))).andExpect(status().isOk()).andReturn()
					.getResponse().getContentAsString();
			assertThat(found).as(query).doesNotContain("/people/" + id);
		}
		String page = mvc.perform(get("/people/" + id).with(TestData.as(coordinator))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
		assertThat(page).doesNotContain("Hélène").doesNotContain("Vandenbroucke").contains("Geanonimiseerde persoon");

		// irreversible, and not twice
		mvc.perform(
				post("/people/" + id + "/erase").with(TestData.as(coordinator)).with(csrf()).param("reason", "Nog eens").param("confirmed", "true"))
				.andExpect(status().isConflict());
	}

	@Test
	void onlyCoordinatorsExportOrEraseAndOnlyInTheirDigibank() throws Exception {
		UUID id = person("Jan", "Janssens", "nl");
		mvc.perform(get("/people/" + id + "/export.json").with(TestData.as(tenant.actor(Role.STAFF)))).andExpect(status().isForbidden());
		mvc.perform(post("/people/" + id + "/erase").with(TestData.as(tenant.actor(Role.VOLUNTEER))).with(csrf()).param("reason", "Gevraagd")
				.param("confirmed", "true")).andExpect(status().isForbidden());
		Actor stranger = data.tenant().coordinator();
		mvc.perform(get("/people/" + id + "/export.pdf").with(TestData.as(stranger))).andExpect(status().isNotFound());
		mvc.perform(post("/people/" + id + "/erase").with(TestData.as(stranger)).with(csrf()).param("reason", "Gevraagd").param("confirmed", "true"))
				.andExpect(status().isNotFound());
		assertThat(jdbc.sql("select first_name from people.person where id = ?").param(id).query(String.class).single()).isEqualTo("Jan");
	}

	int uniquePersons() {
		return jdbc.sql("select count(*) from people.person where digibank_id = ? and registered_at < now() + interval '1 day'")
				.param(tenant.digibank().value()).query(Integer.class).single();
	}
}
