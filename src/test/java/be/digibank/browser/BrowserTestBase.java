package be.digibank.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.TestData;
import be.digibank.TestSupport;
import be.digibank.shared.security.Actor;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Real pages in a real browser: the whole application on a random port and Debian's Chromium driven by Playwright. Axe
 * checks every page against WCAG 2.1 A and AA.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "digibank.demo.enabled=true")
@ActiveProfiles("test")
@Import(TestSupport.class)
abstract class BrowserTestBase {

	static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	static Playwright playwright;
	static Browser browser;

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	be.digibank.TestClock clock;

	@BeforeAll
	static void launch() {
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"));
		Path chromium = Path.of(System.getProperty("digibank.chromium", "/usr/bin/chromium"));
		if (Files.isExecutable(chromium)) {
			options.setExecutablePath(chromium);
		}
		browser = playwright.chromium().launch(options);
	}

	@AfterAll
	static void close() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	BrowserContext desktop() {
		return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("nl-BE"));
	}

	BrowserContext phone() {
		return browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740).setIsMobile(true).setHasTouch(true).setLocale("nl-BE"));
	}

	/** Signs in through the real pages: e-mail, password, then the code from the authenticator app. */
	void signIn(Page page, Actor actor) throws Exception {
		page.setDefaultTimeout(15_000);
		page.navigate(url("/login"));
		page.getByLabel("E-mailadres").fill(TestData.email(actor));
		page.getByLabel("Wachtwoord").fill(TestData.PASSWORD);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
		if (page.url().endsWith("/login/code")) {
			// a code is accepted once; moving the clock to the next 30-second step lets the same account sign in again
			clock.advance(java.time.Duration.ofSeconds(30));
			String code = new DefaultCodeGenerator().generate(TestData.SECRET, clock.instant().getEpochSecond() / 30);
			page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(code);
			page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bevestigen")).click();
		}
		assertThat(page.url()).isEqualTo(url("/"));
	}

	/** Zero axe violations on the page as it is now. */
	static void assertAccessible(Page page) {
		AxeResults results = new AxeBuilder(page).withTags(WCAG).analyze();
		List<Rule> violations = results.getViolations();
		assertThat(violations).as(() -> page.url() + " has accessibility violations:\n" + describe(violations)).isEmpty();
	}

	/** Nothing wider than a phone screen: no sideways scrolling. */
	static void assertFitsWidth(Page page) {
		Number overflow = (Number) page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
		// the chain of elements whose hiding removes the sideways scrolling, outermost first
		Object culprits = overflow.intValue() <= 0
				? ""
				: page.evaluate("() => { const wide = () => document.documentElement.scrollWidth > document.documentElement.clientWidth;"
						+ " const found = []; const walk = (parent) => { for (const child of parent.children) { const before = child.style.display;"
						+ " child.style.display = 'none'; const fixed = !wide(); child.style.display = before;"
						+ " if (fixed) { found.push(child.tagName + '.' + child.className + '#' + child.id); walk(child); break; } } };"
						+ " walk(document.body); return found; }");
		if (overflow.intValue() > 0) {
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
					.setPath(Path.of("target", "too-wide-" + page.url().replaceAll("[^a-z0-9]+", "-") + ".png")));
		}
		assertThat(overflow.intValue()).as(page.url() + " scrolls sideways on a phone because of " + culprits).isLessThanOrEqualTo(0);
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
				.map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " at "
						+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
				.collect(Collectors.joining("\n"));
	}
}
