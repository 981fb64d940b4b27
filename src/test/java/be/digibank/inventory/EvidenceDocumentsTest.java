package be.digibank.inventory;

import static be.digibank.TestData.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Role;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Certificates list the right devices and evidence; the QR code on every label decodes to the asset tag. */
@DigibankTest
class EvidenceDocumentsTest {

	static final float DPI = 300;

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	@Test
	void theDonorCertificateListsEverySerialWithItsWipeAndCountsTheEWaste() throws Exception {
		Tenant t = data.tenant();
		UUID donation = WipeEvidenceTest.donation(jdbc, t);
		UUID wiped = WipeEvidenceTest.device(jdbc, t, donation, "DB-000001", "PF-111", "SANITISED", 1);
		WipeEvidenceTest.device(jdbc, t, donation, "DB-000002", "PF-222", "RECEIVED", 1);
		UUID waste = WipeEvidenceTest.device(jdbc, t, donation, "DB-000003", "PF-333", "RETIRED", 1);
		jdbc.sql("update inventory.device set triage = 'E_WASTE' where id = ?").param(waste).update();
		sanitise(t, wiped, 1);
		String text = text(mvc.perform(get("/donations/" + donation + "/certificate.pdf").with(as(t.coordinator())))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(text).contains("Certificaat van ontvangst en datawissing", "Acme NV", "PF-111", "PF-222", "PF-333", "Purge",
				"Geslaagd", "Elektronisch afval", "Nog niet gewist", "Voor de digibank");
		assertThat(text).containsPattern("als elektronisch afval afgevoerd\\s*1");
		mvc.perform(get("/donations/" + donation + "/certificate.pdf").with(as(data.tenant().coordinator())))
				.andExpect(status().isNotFound());
		mvc.perform(get("/donations/" + donation + "/certificate.pdf").with(as(t.actor(Role.VOLUNTEER))))
				.andExpect(status().isForbidden());
	}

	@Test
	void aDeviceCertificateShowsTheEvidenceOfTheCurrentCycleOnly() throws Exception {
		Tenant t = data.tenant();
		UUID donation = WipeEvidenceTest.donation(jdbc, t);
		UUID device = WipeEvidenceTest.device(jdbc, t, donation, "DB-000010", "SER-10", "RETURNED", 2);
		sanitise(t, device, 1);
		mvc.perform(get("/devices/" + device + "/certificate.pdf").with(as(t.coordinator()))).andExpect(status().isConflict());
		sanitise(t, device, 2);
		String text = text(mvc.perform(get("/devices/" + device + "/certificate.pdf").with(as(t.coordinator())))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		assertThat(text).contains("Certificaat van datawissing", "DB-000010", "SER-10", "NIST SP 800-88", "Blancco 7.1",
				"Cryptografisch wissen", "SSD cycle 2", "Tom").doesNotContain("SSD cycle 1");
	}

	@Test
	void everyLabelsQrCodeDecodesToItsAssetTag() throws Exception {
		Tenant t = data.tenant();
		UUID donation = WipeEvidenceTest.donation(jdbc, t);
		UUID first = WipeEvidenceTest.device(jdbc, t, donation, "DB-000101", "L-1", "RECEIVED", 1);
		UUID second = WipeEvidenceTest.device(jdbc, t, donation, "DB-000102", "L-2", "RECEIVED", 1);
		byte[] sheet = mvc.perform(get("/devices/labels").param("deviceId", first.toString()).param("deviceId", second.toString())
				.param("format", "A4_3X8").with(as(t.coordinator()))).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsByteArray();
		try (PDDocument pdf = Loader.loadPDF(sheet)) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
			BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, DPI);
			// the first two labels of the top row, 70 × 37 mm each
			assertThat(decode(crop(page, 0, 0.5f, 70, 37))).isEqualTo("DB-000101");
			assertThat(decode(crop(page, 70, 0.5f, 70, 37))).isEqualTo("DB-000102");
			assertThat(new PDFTextStripper().getText(pdf)).contains("DB-000101", "Lenovo T480");
		}
		byte[] single = mvc.perform(get("/devices/" + first + "/label.pdf").with(as(t.coordinator()))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument pdf = Loader.loadPDF(single)) {
			assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(62 * 72 / 25.4f, org.assertj.core.data.Offset.offset(0.5f));
			assertThat(decode(new PDFRenderer(pdf).renderImageWithDPI(0, DPI))).isEqualTo("DB-000101");
		}
		byte[] donationSheet = mvc.perform(get("/donations/" + donation + "/labels.pdf").with(as(t.coordinator())))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument pdf = Loader.loadPDF(donationSheet)) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("DB-000101", "DB-000102");
		}
		mvc.perform(get("/devices/labels").with(as(t.coordinator()))).andExpect(redirectedUrl("/devices"));
		mvc.perform(get("/devices/" + first + "/label.pdf").with(as(data.tenant().coordinator()))).andExpect(status().isNotFound());
	}

	private void sanitise(Tenant t, UUID device, int cycle) {
		jdbc.sql("insert into inventory.sanitisation (id, digibank_id, device_id, holder_cycle, medium, method, technique, tool, "
				+ "tool_version, operator_name, performed_on, result, verification, recorded_at) values (?, ?, ?, ?, ?, 'PURGE', "
				+ "'CRYPTO_ERASE', 'Blancco', '7.1', 'Tom', ?, 'PASSED', 'Steekproef', now())").param(UUID.randomUUID())
				.param(t.digibank().value()).param(device).param(cycle).param("SSD cycle " + cycle).param(LocalDate.of(2026, 11, 21))
				.update();
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static BufferedImage crop(BufferedImage page, float xMm, float yMm, float widthMm, float heightMm) {
		float scale = DPI / 25.4f;
		return page.getSubimage(Math.round(xMm * scale), Math.round(yMm * scale), Math.round(widthMm * scale),
				Math.round(heightMm * scale));
	}

	private static String decode(BufferedImage image) throws Exception {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		Result result = new QRCodeReader().decode(
				new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))));
		return result.getText();
	}
}
