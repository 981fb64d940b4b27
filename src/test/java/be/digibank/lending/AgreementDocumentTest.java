package be.digibank.lending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The agreement is a PDF in the borrower's language with the device's serial; a translation says the Dutch text
 * prevails.
 */
@DigibankTest
class AgreementDocumentTest {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	LoanDesk desk;

	@Test
	void theAgreementIsInTheBorrowersLanguageWithTheSerialAndTheSignature() throws Exception {
		LoanFixtures fixtures = new LoanFixtures(jdbc);
		Tenant tenant = data.tenant();
		Actor staff = tenant.actor(Role.STAFF);

		DeviceId french = fixtures.device(tenant, "AVAILABLE");
		PersonId francophone = fixtures.person(tenant, "fr", "JOB_SEEKER", false);
		LoanId loan = desk.checkout(staff, new LoanDesk.CheckoutCommand(french, francophone, "", "", "", null, null, 2000, Loan.DepositMethod.CASH,
				"", "", "Apprendre à faire mes impôts en ligne", false, Set.of("WIFI"), "chargeur", Signatures.PNG, false));
		String text = text(loan, staff);
		assertThat(text).contains("Convention de prêt").contains("Traduction — le texte néerlandais prévaut").contains(fixtures.serial(french))
				.contains("chargeur").contains("Apprendre à faire mes impôts en ligne").doesNotContain("Bruikleenovereenkomst");

		DeviceId dutch = fixtures.device(tenant, "AVAILABLE");
		LoanId dutchLoan = desk.checkout(staff, LoanFixtures.toPerson(dutch, fixtures.eligiblePerson(tenant), 2000, Loan.DepositMethod.CASH));
		assertThat(text(dutchLoan, staff)).contains("Bruikleenovereenkomst").contains(fixtures.serial(dutch)).doesNotContain("Vertaling")
				.contains("Je mag het toestel niet verkopen");

		mvc.perform(get("/loans/" + loan + "/agreement.pdf").with(TestData.as(data.tenant().coordinator()))).andExpect(status().isNotFound());
	}

	String text(LoanId loan, Actor actor) throws Exception {
		byte[] pdf = mvc.perform(get("/loans/" + loan + "/agreement.pdf").with(TestData.as(actor))).andExpect(status().isOk())
				.andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
