package be.digibank.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A USB barcode scanner types the asset tag and presses Enter: the scan field has the focus and opens the device. */
class DeviceScanTest extends BrowserTestBase {

	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	@Test
	void typingATagAndEnterLikeAScannerOpensTheDevice() throws Exception {
		Tenant tenant = data.tenant();
		UUID device = UUID.randomUUID();
		jdbc.sql("insert into inventory.device (id, digibank_id, asset_tag, category, make, model, triage, state) "
				+ "values (?, ?, 'DB-000042', 'LAPTOP', 'Lenovo', 'T480', 'REUSABLE', 'RECEIVED')").param(device)
				.param(tenant.digibank().value()).update();
		try (BrowserContext context = desktop()) {
			Page page = context.newPage();
			signIn(page, tenant.coordinator());
			page.navigate(url("/devices"));
			assertThat(page.evaluate("document.activeElement.id")).isEqualTo("tag");
			// a keyboard wedge types fast into whatever has the focus, then sends Enter
			page.keyboard().type("DB-000042", new com.microsoft.playwright.Keyboard.TypeOptions().setDelay(5));
			page.keyboard().press("Enter");
			page.waitForURL("**/devices/" + device);
			assertThat(page.locator("h1").textContent()).contains("DB-000042");
			assertAccessible(page);
		}
	}
}
