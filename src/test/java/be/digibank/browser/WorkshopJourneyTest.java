package be.digibank.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Role;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The technician's workshop in a real browser: a quality check fails on the webcam, the repair is opened by itself, the
 * repair is fixed, the second check passes and the device becomes available; then a stocktake is counted by typing
 * asset tags and pressing Enter, as a USB scanner does. Axe runs on every page on the way.
 */
class WorkshopJourneyTest extends BrowserTestBase {

	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aFailedCheckGoesToRepairAndAfterTheRepairTheDeviceIsCheckedAgainAndMadeAvailable() throws Exception {
		Tenant tenant = data.tenant();
		UUID device = device(tenant, "DB-000041", "REFURBISHING", tenant.locationA().value());
		jdbc.sql("insert into inventory.sanitisation (id, digibank_id, device_id, holder_cycle, medium, method, technique, tool, operator_name, "
				+ "performed_on, result, recorded_at) values (?, ?, ?, 1, 'SSD', 'PURGE', 'CRYPTO_ERASE', 'nwipe', 'Tom', ?, 'PASSED', now())")
				.param(UUID.randomUUID()).param(tenant.digibank().value()).param(device).param(LocalDate.now().minusDays(1)).update();
		try (BrowserContext context = desktop()) {
			Page page = context.newPage();
			signIn(page, tenant.actor(Role.TECHNICIAN));
			page.navigate(url("/devices/" + device));
			assertAccessible(page);
			page.getByText("Kwaliteitscontrole doen").click();
			assertAccessible(page);

			// nothing ticked: every item is asked again, what was typed stays
			page.locator("#batteryPercent").fill("81");
			page.locator("form.qc-sheet button[type=submit]").click();
			assertThat(page.locator("#error-summary").isVisible()).isTrue();
			assertThat(page.locator("#batteryPercent").inputValue()).isEqualTo("81");
			assertAccessible(page);

			answerEverything(page, "Webcam");
			page.locator("form.qc-sheet button[type=submit]").click();
			assertThat(page.locator("h1").textContent()).contains("Herstelling: DB-000041");
			assertThat(page.locator("#problem").inputValue()).contains("Webcam (geen beeld)");
			assertAccessible(page);

			page.locator("#diagnosis").fill("Kabel van de webcam zat los");
			page.locator("#minutesSpent").fill("20");
			page.locator("#outcome").selectOption("FIXED");
			page.locator("form.stack button[type=submit]").first().click();
			assertThat(page.locator(".flash").textContent()).contains("opgeslagen");
			page.navigate(url("/devices/" + device));
			assertThat(page.locator(".badge--state").first().textContent()).isEqualTo("Wordt opgeknapt");

			page.getByText("Kwaliteitscontrole doen").click();
			answerEverything(page, null);
			page.locator("form.qc-sheet button[type=submit]").click();
			assertThat(page.locator(".badge--state").first().textContent()).isEqualTo("Gecontroleerd");
			assertThat(page.locator(".device-workshop").textContent()).contains("Geslaagd").contains("Niet geslaagd");
			assertAccessible(page);
			page.locator("button[value=AVAILABLE]").click();
			assertThat(page.locator(".badge--state").first().textContent()).isEqualTo("Beschikbaar");
		}
	}

	@Test
	void aStocktakeIsCountedByTypingAssetTagsAndPressingEnter() throws Exception {
		Tenant tenant = data.tenant();
		device(tenant, "DB-000051", "AVAILABLE", tenant.locationA().value());
		device(tenant, "DB-000052", "AVAILABLE", tenant.locationA().value());
		device(tenant, "DB-000053", "AVAILABLE", tenant.locationB().value());
		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			signIn(page, tenant.actor(Role.STAFF));
			page.navigate(url("/stocktakes"));
			assertAccessible(page);
			page.locator("#locationId").selectOption(tenant.locationA().toString());
			page.locator("form.stack button[type=submit]").click();
			assertThat(page.locator("h1").textContent()).startsWith("Inventarisatie");
			assertAccessible(page);
			assertFitsWidth(page);

			for (String code : new String[]{"DB-000051", "db-000051", "DB-000053", "NOT-A-TAG"}) {
				// the scanner types into the focused field and presses Enter
				assertThat((String) page.evaluate("() => document.activeElement.id")).isEqualTo("code");
				page.keyboard().type(code);
				page.waitForNavigation(() -> page.keyboard().press("Enter"));
			}
			assertThat(page.locator(".flash").textContent()).contains("NOT-A-TAG: onbekende code.");
			Locator counts = page.locator(".stocktake-counts");
			assertThat(counts.textContent()).contains("Gevonden: 1 van 2").contains("Ontbreekt: 1").contains("Hoort elders: 1")
					.contains("Onbekende codes: 1").contains("Scans: 4");
			assertThat(page.locator("#missing").textContent()).contains("DB-000052");
			assertThat(page.locator("#misplaced").textContent()).contains("DB-000053");
			assertAccessible(page);

			page.locator("input[name=moveMisplaced]").check();
			page.getByText("Afsluiten en verslag tonen").click();
			assertThat(page.locator("h1").textContent()).startsWith("Verslag van de inventarisatie");
			assertThat(page.locator(".flash").textContent()).contains("1 toestellen zijn verplaatst");
			assertAccessible(page);
			assertFitsWidth(page);
		}
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
		page.locator("#batteryPercent").fill("81");
	}

	private UUID device(Tenant tenant, String tag, String state, UUID location) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into inventory.device (id, digibank_id, asset_tag, category, make, model, triage, state, location_id) "
				+ "values (?, ?, ?, 'LAPTOP', 'Lenovo', 'ThinkPad T480', 'REUSABLE', ?, ?)").param(id).param(tenant.digibank().value()).param(tag)
				.param(state).param(location).update();
		return id;
	}
}
