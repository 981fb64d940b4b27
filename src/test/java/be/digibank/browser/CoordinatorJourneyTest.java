package be.digibank.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The coordinator's set-up journey in a real browser: a partner, a help point with opening slots, and a volunteer
 * account that is invited, chooses a password and sets up the second factor. Axe runs on every page on the way, also
 * when a form shows errors.
 */
class CoordinatorJourneyTest extends BrowserTestBase {

	@Autowired
	TestData data;

	@Test
	void aCoordinatorSetsUpAPartnerAHelpPointWithOpeningHoursAndAVolunteer() throws Exception {
		Tenant tenant = data.tenant();
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String partnerName = "Buurthuis De Link " + suffix;
		try (BrowserContext context = desktop()) {
			Page page = context.newPage();
			signIn(page, tenant.coordinator());

			// a partner: first with a missing name, then right
			page.navigate(url("/partners/new"));
			assertAccessible(page);
			page.locator("#contactEmail").fill("info@delink.example");
			page.locator("form.stack button[type=submit]").click();
			assertThat(page.locator("#error-summary").isVisible()).isTrue();
			assertThat(page.locator("#contactEmail").inputValue()).isEqualTo("info@delink.example");
			assertAccessible(page);
			page.locator("#name").fill(partnerName);
			page.locator("#type").selectOption("NGO");
			page.locator("form.stack button[type=submit]").click();
			assertThat(page.locator("h1").textContent()).contains(partnerName);
			assertThat(page.locator(".flash").isVisible()).isTrue();
			assertAccessible(page);

			// a help point of that partner with two opening slots; an overlapping third one is refused
			page.navigate(url("/locations/new"));
			page.locator("#partnerId").selectOption(new SelectOption().setLabel(partnerName));
			page.locator("#name").fill("Digipunt De Link " + suffix);
			page.locator("#kind").selectOption("FIXED");
			page.locator("#street").fill("Stationsstraat 4");
			page.locator("#postcode").fill("3700");
			page.locator("#municipality").fill("Tongeren");
			page.locator("#publicComputers").fill("4");
			page.locator("form.stack button[type=submit]").click();
			assertThat(page.locator("h1").textContent()).contains("Digipunt De Link " + suffix);
			addSlot(page, "2", "14:00", "16:30");
			addSlot(page, "4", "09:30", "12:00");
			assertThat(page.locator("table").first().textContent()).contains("14:00").contains("16:30").contains("09:30");
			addSlot(page, "2", "16:00", "18:00");
			assertThat(page.locator(".field-error").first().isVisible()).isTrue();
			assertAccessible(page);
			page.navigate(url("/locations"));
			assertThat(page.locator("main").textContent()).contains("Digipunt De Link " + suffix);
			assertAccessible(page);

			// a volunteer account, invited with a one-time link
			page.navigate(url("/staff/new"));
			assertAccessible(page);
			page.locator("#name").fill("Nadia Nieuw " + suffix);
			page.locator("#email").fill("nadia-" + suffix + "@test.example");
			page.locator("#role").selectOption("VOLUNTEER");
			page.locator("#partner").selectOption(new SelectOption().setLabel(partnerName));
			page.locator("form.stack button[type=submit]").click();
			String link = page.locator("#one-time-link").textContent().strip();
			assertThat(link).contains("/invitation/");
			assertAccessible(page);

			try (BrowserContext newcomer = desktop()) {
				Page invited = newcomer.newPage();
				invited.navigate(link.startsWith("http") ? link : url(link));
				assertAccessible(invited);
				invited.locator("#password").fill("password");
				invited.locator("#repeat").fill("password");
				invited.locator("form.stack button[type=submit]").click();
				assertThat(invited.locator("#password-error").isVisible()).isTrue();
				assertAccessible(invited);
				invited.locator("#password").fill("fietsen langs de Demer");
				invited.locator("#repeat").fill("fietsen langs de Demer");
				invited.locator("form.stack button[type=submit]").click();
				assertThat(invited.url()).contains("/login");
				invited.locator("#email").fill("nadia-" + suffix + "@test.example");
				invited.locator("#password").fill("fietsen langs de Demer");
				invited.locator("form.stack button[type=submit]").click();
				assertThat(invited.url()).endsWith("/login/enrol");
				assertAccessible(invited);
				String secret = invited.locator(".secret").textContent().replaceAll("\\s", "");
				String code = new DefaultCodeGenerator().generate(secret, clock.instant().getEpochSecond() / 30);
				invited.locator("#code").fill(code);
				invited.locator("form.stack button[type=submit]").click();
				assertThat(invited.url()).endsWith("/login/recovery-codes");
				assertThat(invited.locator("ul.secret li").count()).isEqualTo(10);
				assertAccessible(invited);
				invited.locator("a.button").click();
				assertThat(invited.locator("h1").textContent()).contains("Nadia Nieuw");
			}
		}
	}

	private static void addSlot(Page page, String day, String from, String to) {
		Locator form = page.locator("form:has(#day)");
		form.locator("#day").selectOption(day);
		form.locator("#startsAt").fill(from);
		form.locator("#endsAt").fill(to);
		form.locator("button[type=submit]").click();
	}
}
