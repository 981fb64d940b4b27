package be.digibank.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Role;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole way of a donation in a real browser, as a technician does it: a donation of three devices is registered and
 * taken in from a CSV file (one triaged as e-waste), one device is wiped with the bulk form and one by uploading a
 * wiping tool's report, both are refurbished, one passes its quality check and one fails, goes to repair and passes the
 * second check; both become available. The label sheet's QR codes decode to the asset tags and the donor's certificate
 * lists the right serials. Devices are opened by typing their serial into the scan field and pressing Enter (a USB
 * scanner). Axe runs on every page on the way.
 */
class DonationToAvailableJourneyTest extends BrowserTestBase {

	static final int DPI = 200;

	@Autowired
	TestData data;

	@Test
	void aDonationOfThreeDevicesEndsWithTwoAvailableDevicesLabelsAndACertificateForTheDonor() throws Exception {
		Tenant tenant = data.tenant();
		String today = LocalDate.now().toString();
		try (BrowserContext context = desktop()) {
			Page page = context.newPage();
			signIn(page, tenant.actor(Role.TECHNICIAN));

			// register the donation of a new donor
			page.navigate(url("/donations/new"));
			assertAccessible(page);
			page.locator("#donorKind").selectOption("COMPANY");
			page.locator("#donorName").fill("Bureau Janssens BV");
			page.locator("#receivedOn").fill(today);
			page.locator("#countAnnounced").fill("3");
			page.locator("#countReceived").fill("3");
			page.locator("form.stack button[type=submit]").click();
			assertThat(page.url()).matches(".*/donations/[0-9a-f-]{36}$");
			String donation = page.url().substring(page.url().lastIndexOf('/') + 1);
			assertAccessible(page);

			// take the three devices in from a file, triaged on intake
			page.navigate(url("/donations/" + donation + "/import"));
			assertAccessible(page);
			page.locator("#file").setInputFiles(csv("devices.csv", """
					category,make,model,serial,storage_type,storage_gb,grade,triage
					laptop,Lenovo,ThinkPad T480,JRN-REUSE-1,SSD,256,B,reusable
					laptop,Dell,Latitude 5490,JRN-REUSE-2,SSD,256,A,reusable
					laptop,Acer,Aspire 3,JRN-WASTE-3,HDD,500,C,e_waste
					"""));
			page.locator("form.stack button[type=submit]").click();
			assertThat(page.url()).endsWith("/donations/" + donation);
			assertThat(page.locator(".flash").textContent()).contains("3");
			assertAccessible(page);

			// the first reusable device is wiped with the bulk form
			page.navigate(url("/donations/" + donation + "/sanitisations"));
			assertAccessible(page);
			page.locator("input[name=deviceId][data-serial=JRN-REUSE-1]").check();
			page.locator("#medium").fill("SSD 256 GB");
			page.locator("#method").selectOption("PURGE");
			page.locator("#technique").selectOption("CRYPTO_ERASE");
			page.locator("#tool").fill("Blancco Drive Eraser");
			page.locator("#toolVersion").fill("7.9");
			page.locator("#operatorName").fill("Tom");
			page.locator("#performedOn").fill(today);
			page.locator("#result").selectOption("PASSED");
			page.locator("button[type=submit].button:not(.button--secondary)").last().click();
			assertThat(page.url()).endsWith("/donations/" + donation);

			// the second by uploading the wiping tool's report
			page.navigate(url("/sanitisations/import"));
			assertAccessible(page);
			page.locator("#file").setInputFiles(csv("nwipe-report.csv", """
					serial,medium,method,technique,tool,tool_version,operator,date,result,verification
					JRN-REUSE-2,SSD 256 GB,purge,sanitize_command,nwipe,0.36,Tom,%s,passed,verified all blocks
					""".formatted(today)));
			page.locator("form.stack button[type=submit]").click();
			assertThat(page.url()).endsWith("/sanitisations/import");
			assertThat(page.locator(".flash").isVisible()).isTrue();
			assertAccessible(page);

			// both are marked wiped and refurbished; the first passes its check, the second fails on the webcam
			List<String> tags = new ArrayList<>();
			for (String serial : List.of("JRN-REUSE-1", "JRN-REUSE-2")) {
				open(page, serial);
				tags.add(page.locator("h1").textContent().replaceAll(".*(DB-[0-9]+).*", "$1").strip());
				move(page, "SANITISED", "Gewist");
				move(page, "REFURBISHING", "Wordt opgeknapt");
				assertAccessible(page);
				page.getByText("Kwaliteitscontrole doen").click();
				assertAccessible(page);
				answerEverything(page, serial.endsWith("2") ? "Webcam" : null);
				page.locator("form.qc-sheet button[type=submit]").click();
			}
			// the failed check opened a repair
			assertThat(page.locator("h1").textContent()).contains("Herstelling");
			assertAccessible(page);
			page.locator("#diagnosis").fill("Kabel van de webcam zat los");
			page.locator("#minutesSpent").fill("15");
			page.locator("#outcome").selectOption("FIXED");
			page.locator("form.stack button[type=submit]").first().click();
			assertThat(page.locator(".flash").textContent()).contains("opgeslagen");
			assertAccessible(page);
			open(page, "JRN-REUSE-2");
			assertThat(page.locator(".badge--state").first().textContent()).isEqualTo("Wordt opgeknapt");
			page.getByText("Kwaliteitscontrole doen").click();
			answerEverything(page, null);
			page.locator("form.qc-sheet button[type=submit]").click();
			for (String serial : List.of("JRN-REUSE-1", "JRN-REUSE-2")) {
				open(page, serial);
				assertThat(page.locator(".badge--state").first().textContent()).isEqualTo("Gecontroleerd");
				move(page, "AVAILABLE", "Beschikbaar");
				assertAccessible(page);
			}

			// the label sheet of the donation: every QR code decodes to its device's asset tag
			page.navigate(url("/donations/" + donation));
			String labelsHref = page.locator("a[href*='/labels.pdf']").first().getAttribute("href");
			try (PDDocument pdf = Loader.loadPDF(download(context, labelsHref))) {
				BufferedImage sheet = new PDFRenderer(pdf).renderImageWithDPI(0, DPI);
				String text = new PDFTextStripper().getText(pdf);
				List<String> decoded = new ArrayList<>();
				for (int label = 0; label < 3; label++) {
					decoded.add(decode(crop(sheet, 70 * label, 0.5f, 70, 37)));
				}
				assertThat(decoded).containsAll(tags).allMatch(tag -> tag.matches("DB-[0-9]{6,}") && text.contains(tag));
			}
			// the donor's certificate: both reusable serials with their wipe, the e-waste one as e-waste, nothing else
			String certificateHref = page.locator("a[href$='/certificate.pdf']").first().getAttribute("href");
			try (PDDocument pdf = Loader.loadPDF(download(context, certificateHref))) {
				String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
				assertThat(text).contains("Bureau Janssens BV", "Toestellen met geslaagde datawissing 2",
						"Toestellen als elektronisch afval afgevoerd 1", "JRN-REUSE-1 Purge (grondig wissen) Geslaagd",
						"JRN-REUSE-2 Purge (grondig wissen) Geslaagd", "JRN-WASTE-3 Elektronisch afval (erkende verwerker)");
				assertThat(text.split("JRN-", -1)).hasSize(4);
			}
		}
	}

	/** Opens a device as a USB scanner does: the serial typed into the focused scan field, then Enter. */
	private void open(Page page, String serial) {
		page.navigate(url("/devices"));
		page.locator("#tag").focus();
		page.keyboard().type(serial);
		page.waitForNavigation(() -> page.keyboard().press("Enter"));
		assertThat(page.url()).matches(".*/devices/[0-9a-f-]{36}$");
	}

	private void move(Page page, String target, String badge) {
		page.locator("button[name=target][value=" + target + "]").click();
		assertThat(page.locator(".badge--state").first().textContent()).isEqualTo(badge);
	}

	private void answerEverything(Page page, String failing) {
		Locator passes = page.locator("input[type=radio][value=PASS]");
		for (int i = 0; i < passes.count(); i++) {
			passes.nth(i).check();
		}
		if (failing != null) {
			Locator item = page.locator("fieldset.qc-item", new Page.LocatorOptions().setHasText(failing));
			item.locator("input[value=FAIL]").check();
			item.locator("input[type=text]").fill("geen beeld");
		}
		page.locator("#batteryPercent").fill("88");
	}

	private static FilePayload csv(String name, String content) {
		return new FilePayload(name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

	/** Fetches a link of the page with the browser's own session, as a click on the download would. */
	private byte[] download(BrowserContext context, String href) {
		APIResponse response = context.request().get(url(href));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.headers().get("content-type")).startsWith("application/pdf");
		return response.body();
	}

	private static BufferedImage crop(BufferedImage page, float xMm, float yMm, float widthMm, float heightMm) {
		float scale = DPI / 25.4f;
		return page.getSubimage(Math.round(xMm * scale), Math.round(yMm * scale), Math.round(widthMm * scale),
				Math.round(heightMm * scale));
	}

	private static String decode(BufferedImage image) throws Exception {
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		return new QRCodeReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
				.getText();
	}
}
