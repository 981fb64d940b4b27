package be.digibank.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.inventory.DeviceId;
import be.digibank.people.PersonId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A drawn signature is an image of the person's handwriting: erasing the person removes it from the loan, which keeps
 * that it was signed; the loan page and a re-generated agreement say the signature was removed on erasure.
 */
@DigibankTest
class SignatureErasureTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	LoanDesk desk;

	@Test
	void erasureRemovesTheDrawnSignatureAndTheAgreementSaysSo() throws Exception {
		LoanFixtures fixtures = new LoanFixtures(jdbc);
		Tenant tenant = data.tenant();
		Actor staff = tenant.actor(Role.STAFF);
		DeviceId device = fixtures.device(tenant, "AVAILABLE");
		PersonId person = fixtures.eligiblePerson(tenant);
		LoanId loan = desk.checkout(staff, new LoanDesk.CheckoutCommand(device, person, "", "", "", null, null, 0, Loan.DepositMethod.NONE, "",
				"", "Leren mailen", false, Set.of("WIFI"), "lader", Signatures.PNG, false));
		assertThat(agreement(loan, staff)).doesNotContain("verwijderd");

		mvc.perform(post("/people/" + person + "/erase").with(TestData.as(tenant.coordinator())).with(csrf()).param("reason", "Gevraagd aan de balie")
				.param("confirmed", "true")).andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("select signature_png is null and signature_erased_on is not null and not signed_on_paper from lending.loan where id = ?")
				.param(loan.value()).query(Boolean.class).single()).isTrue();
		assertThat(agreement(loan, staff)).contains("Handtekening verwijderd bij het wissen van de persoon").contains("SN-");
		assertThat(mvc.perform(get("/loans/" + loan).with(TestData.as(staff))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString()).contains("Handtekening verwijderd bij het wissen van de persoon");
		// a loan is still always signed one way or another: without the image and without the erasure, the database refuses
		assertThatThrownBy(() -> jdbc.sql("update lending.loan set signature_erased_on = null where id = ?").param(loan.value()).update())
				.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aLoanSignedOnPaperKeepsSayingSoAfterErasure() throws Exception {
		LoanFixtures fixtures = new LoanFixtures(jdbc);
		Tenant tenant = data.tenant();
		Actor staff = tenant.actor(Role.STAFF);
		PersonId person = fixtures.eligiblePerson(tenant);
		LoanId loan = desk.checkout(staff, LoanFixtures.toPerson(fixtures.device(tenant, "AVAILABLE"), person, 0, Loan.DepositMethod.NONE));

		mvc.perform(post("/people/" + person + "/erase").with(TestData.as(tenant.coordinator())).with(csrf()).param("reason", "Gevraagd aan de balie")
				.param("confirmed", "true")).andExpect(status().is3xxRedirection());

		assertThat(jdbc.sql("select signature_erased_on is null and signed_on_paper from lending.loan where id = ?").param(loan.value())
				.query(Boolean.class).single()).isTrue();
		assertThat(agreement(loan, staff)).doesNotContain("verwijderd");
	}

	String agreement(LoanId loan, Actor actor) throws Exception {
		byte[] pdf = mvc.perform(get("/loans/" + loan + "/agreement.pdf").with(TestData.as(actor))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsByteArray();
		// lines wrap in the PDF: compare the text as one line
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}
}
