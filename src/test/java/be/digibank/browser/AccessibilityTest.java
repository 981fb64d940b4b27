package be.digibank.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.Endpoints;
import be.digibank.Endpoints.Endpoint;
import be.digibank.RouteIds;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Permission;
import be.digibank.shared.security.PermissionMatrix;
import be.digibank.shared.security.Role;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every page passes axe on desktop and phone, works by keyboard, and signing in works without JavaScript. */
class AccessibilityTest extends BrowserTestBase {

	@Autowired
	ApplicationContext context;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;

	@Test
	void theSignInPagesPassAxe() throws Exception {
		Tenant tenant = data.tenant();
		try (BrowserContext context = desktop()) {
			Page page = context.newPage();
			page.navigate(url("/accessibility"));
			assertThat(page.locator("h1").textContent()).isEqualTo("Toegankelijkheidsverklaring");
			assertAccessible(page);
			page.navigate(url("/login"));
			assertAccessible(page);
			page.getByLabel("E-mailadres").fill("nobody@test.example");
			page.getByLabel("Wachtwoord").fill("wrong password");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
			assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("klopt niet");
			assertThat(page.getByLabel("E-mailadres").inputValue()).isEqualTo("nobody@test.example");
			assertAccessible(page);
			page.getByLabel("E-mailadres").fill(TestData.email(tenant.coordinator()));
			page.getByLabel("Wachtwoord").fill(TestData.PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
			assertThat(page.url()).endsWith("/login/code");
			assertAccessible(page);
			page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill("000000");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bevestigen")).click();
			assertThat(page.locator("#code-error").textContent()).contains("klopt niet");
			assertAccessible(page);
		}
	}

	@Test
	void everyPageAPersonCanOpenPassesAxeOnDesktopAndPhone() throws Exception {
		Tenant tenant = data.tenant();
		List<String> visited = new ArrayList<>();
		for (Role role : new Role[]{Role.COORDINATOR, Role.VOLUNTEER, Role.PLATFORM_ADMIN}) {
			Actor actor = role.isPlatformWide() ? data.platformActor(role) : tenant.actor(role);
			RouteIds ids = new RouteIds(tenant, actor, jdbc);
			for (boolean phone : new boolean[]{false, true}) {
				try (BrowserContext browserContext = phone ? phone() : desktop()) {
					Page page = browserContext.newPage();
					List<String> blocked = new ArrayList<>();
					page.onConsoleMessage(message -> {
						if (message.text().contains("Content Security Policy")) {
							blocked.add(message.text());
						}
					});
					signIn(page, actor);
					for (Endpoint endpoint : Endpoints.of(context)) {
						if (endpoint.method() != HttpMethod.GET || endpoint.isApi() || endpoint.path().startsWith("/login")
								|| !mayOpen(role, endpoint)) {
							continue;
						}
						String address = url(ids.fill(endpoint.path()));
						APIResponse head = page.request().get(address);
						String type = head.headers().getOrDefault("content-type", "");
						if (!type.startsWith("text/html")) {
							// a file to download (PDF, JSON, CSV): no page to check
							assertThat(head.status()).as(endpoint.path()).isLessThan(400);
							continue;
						}
						Response response = page.navigate(address);
						if (response.status() == 404) {
							continue;
						}
						assertThat(response.status()).as(endpoint.path()).isLessThan(400);
						assertAccessible(page);
						if (phone) {
							assertFitsWidth(page);
						}
						visited.add(role + " " + endpoint.path());
					}
					assertThat(blocked).as("the Content-Security-Policy blocked something").isEmpty();
				}
			}
		}
		assertThat(visited).contains("COORDINATOR /", "VOLUNTEER /", "PLATFORM_ADMIN /");
	}

	private static boolean mayOpen(Role role, Endpoint endpoint) {
		String authority = endpoint.authority();
		return "SIGNED_IN".equals(authority) || authority != null && PermissionMatrix.allows(role, Permission.valueOf(authority));
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
		try (BrowserContext context = desktop()) {
			Page page = context.newPage();
			signIn(page, data.tenant().actor(Role.VOLUNTEER));
			var session = context.cookies().stream().filter(cookie -> cookie.name.equals("SESSION")).findFirst().orElseThrow();
			assertThat(session.httpOnly).isTrue();
			assertThat(session.sameSite).isEqualTo(com.microsoft.playwright.options.SameSiteAttribute.LAX);
			assertThat(session.path).isEqualTo("/");
		}
	}

	@Test
	void theErrorPagesPassAxe() throws Exception {
		try (BrowserContext context = desktop()) {
			Page page = context.newPage();
			signIn(page, data.tenant().actor(Role.VOLUNTEER));
			Response notFound = page.navigate(url("/no-such-page"));
			assertThat(notFound.status()).isEqualTo(404);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent()).isEqualTo("Pagina niet gevonden");
			assertAccessible(page);
		}
	}

	@Test
	void aKeyboardUserCanSkipToTheContent() throws Exception {
		try (BrowserContext context = desktop()) {
			Page page = context.newPage();
			signIn(page, data.tenant().coordinator());
			page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
			page.keyboard().press("Tab");
			assertThat((String) page.evaluate("() => document.activeElement.className")).isEqualTo("skip-link");
			assertThat((String) page.evaluate("() => document.activeElement.textContent.trim()")).isEqualTo("Naar de inhoud");
			page.keyboard().press("Enter");
			assertThat((String) page.evaluate("() => document.activeElement.id")).isEqualTo("main");
		}
	}

	@Test
	void signingInAndSwitchingLanguageWorkWithoutJavaScript() throws Exception {
		Tenant tenant = data.tenant();
		try (BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(false))) {
			Page page = context.newPage();
			signIn(page, tenant.coordinator());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("FR")).click();
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fr");
			assertThat(page.getByRole(AriaRole.NAVIGATION).textContent()).contains("Accueil");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("EN")).click();
			assertThat(page.getByRole(AriaRole.NAVIGATION).textContent()).contains("Home");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
			assertThat(page.url()).contains("/login");
		}
	}
}
