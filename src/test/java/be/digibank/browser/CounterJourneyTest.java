package be.digibank.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The counter's journey in a real browser: register a person with minimal data, find them again with a typo, read the
 * lending verdict with its reason, make an exception with a reason, and log a help contact for someone who will not
 * register. Axe runs on every page, also when a form shows errors; the audit trail holds each step.
 */
class CounterJourneyTest extends BrowserTestBase {

	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	@Test
	void registerFindWithATypoSeeTheVerdictAndMakeAnException() throws Exception {
		Tenant tenant = data.tenant();
		Actor staff = tenant.actor(Role.STAFF);
		try (BrowserContext context = desktop()) {
			Page page = context.newPage();
			signIn(page, staff);

			page.navigate(url("/people/new"));
			assertAccessible(page);
			page.locator("#firstName").fill("Griet");
			page.locator("#lastName").fill("Vanderstraeten");
			page.locator("#birthYear").fill("2099");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder")).click();
			assertThat(page.locator("#error-summary").isVisible()).isTrue();
			assertThat(page.locator("#lastName").inputValue()).isEqualTo("Vanderstraeten");
			assertAccessible(page);
			page.locator("#birthYear").fill("1958");
			page.locator("#postcode").selectOption("3700");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder")).click();
			assertThat(page.locator("h1").textContent()).contains("Griet Vanderstraeten");
			String personPath = page.url().substring(url("").length());

			// found again with a typo in the surname
			page.navigate(url("/people"));
			page.locator("#q").fill("Griet Vanderstraten");
			page.locator("#q").press("Enter");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Griet Vanderstraeten")).click();
			assertThat(page.url()).isEqualTo(url(personPath));
			assertThat(page.locator("main").textContent()).contains("er geen geldig bewijs en geen doorverwijzing is");
			assertAccessible(page);

			// an exception needs a reason
			page.locator("#overrideService").selectOption("LENDING");
			page.locator("#overrideEligible").selectOption("true");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitzondering bewaren")).click();
			assertThat(page.locator(".field-error").first().isVisible()).isTrue();
			assertAccessible(page);
			page.locator("#overrideReason").fill("Gekend bij het OCMW, bewijs volgt");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitzondering bewaren")).click();
			assertThat(page.locator(".flash").textContent()).contains("De uitzondering is bewaard.");
			assertThat(page.locator("main").textContent()).contains("er een uitzondering is: Gekend bij het OCMW, bewijs volgt");
			assertAccessible(page);

			String personId = personPath.substring("/people/".length());
			List<String> trail = jdbc.sql("select action || ' ' || summary from audit.audit_entry where record_id = ? order by occurred_at")
					.param(personId).query(String.class).list();
			assertThat(trail).anyMatch(entry -> entry.startsWith("CREATE")).anyMatch(entry -> entry.startsWith("VIEW"))
					.anyMatch(entry -> entry.startsWith("CHANGE") && entry.contains("Gekend bij het OCMW"));
		}
	}

	@Test
	void someoneWhoWillNotRegisterIsStillHelpedAndCounted() throws Exception {
		Tenant tenant = data.tenant();
		try (BrowserContext context = phone()) {
			Page page = context.newPage();
			signIn(page, tenant.actor(Role.VOLUNTEER));
			page.navigate(url("/people"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Geholpen zonder registratie? Noteer een anoniem contact")).click();
			assertAccessible(page);
			assertFitsWidth(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact noteren")).click();
			assertThat(page.locator("#error-summary").textContent()).contains("Duid minstens één onderwerp aan.");
			assertAccessible(page);
			page.getByLabel("itsme").check();
			page.getByLabel("Mijn Burgerprofiel").check();
			page.locator("#ageBand").selectOption("FROM_80");
			page.getByLabel("De persoon wilde zich niet registreren").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact noteren")).click();
			assertThat(page.locator(".flash").textContent()).contains("Het anonieme contact is genoteerd.");
			assertThat(page.locator("main").textContent()).contains("itsme, Mijn Burgerprofiel").contains("80 of ouder");
			assertAccessible(page);
			assertFitsWidth(page);
		}
		assertThat(jdbc.sql("select count(*) from people.anonymous_contact where digibank_id = ?").param(tenant.digibank().value())
				.query(Integer.class).single()).isEqualTo(1);
	}
}
