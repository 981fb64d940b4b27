package be.digibank.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coordinator sees the preview of a template change as they type (htmx), and with the preview button without it.
 */
class NotificationTemplateBrowserTest extends BrowserTestBase {

	@Autowired
	TestData data;

	@Test
	void thePreviewFollowsTheTypingAndNamesAnUnknownPlaceholder() throws Exception {
		Tenant tenant = data.tenant();
		try (BrowserContext context = desktop()) {
			Page page = context.newPage();
			signIn(page, tenant.coordinator());
			page.navigate(url("/notifications/templates/edit?key=lending.overdue&language=nl"));
			page.locator("#smsText").fill("Dag {name}, breng {device} terug. {toestel}");
			page.locator("#preview").getByText("Dag Fatima El Amrani, breng Lenovo ThinkPad T480 (DB-000042) terug.").waitFor();
			assertThat(page.locator("#preview").textContent()).contains("Dit veld bestaat niet: {toestel}.");
			assertThat(page.locator("#smsText").inputValue()).isEqualTo("Dag {name}, breng {device} terug. {toestel}");
			assertAccessible(page);
		}
		try (BrowserContext context = desktop();
				BrowserContext noScript = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
						.setJavaScriptEnabled(false))) {
			Page page = noScript.newPage();
			signIn(page, tenant.coordinator());
			page.navigate(url("/notifications/templates/edit?key=lending.offer&language=fr"));
			page.locator("#smsText").fill("Bonjour {name}, un {deviceType} vous attend.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon voorbeeld")).click();
			assertThat(page.locator("#preview").textContent()).contains("Bonjour Fatima El Amrani, un laptop vous attend.");
		}
	}
}
