package be.digibank.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The README's demo logins work: password and second-factor secrets are read from the README itself. */
class DemoModeTest extends BrowserTestBase {

	static String readme() throws Exception {
		return Files.readString(Path.of("README.md"));
	}

	static String password() throws Exception {
		Matcher matcher = Pattern.compile("Password for every demo account: \\*\\*`([^`]+)`\\*\\*").matcher(readme());
		assertThat(matcher.find()).as("README names the demo password").isTrue();
		return matcher.group(1);
	}

	static String secret(String email) throws Exception {
		Matcher matcher = Pattern.compile("\\| " + Pattern.quote(email) + " \\|[^\\n]*?`([A-Z2-7]{32})`").matcher(readme());
		assertThat(matcher.find()).as("README gives the secret of " + email).isTrue();
		return matcher.group(1);
	}

	@ParameterizedTest
	@ValueSource(strings = {"coordinator@digbij.example", "volunteer@digbij.example", "coordinator@kempen.example", "admin@platform.example"})
	void aDemoAccountSignsInWithWhatTheReadmeSays(String email) throws Exception {
		try (BrowserContext context = desktop()) {
			Page page = context.newPage();
			page.navigate(url("/login"));
			page.getByLabel("E-mailadres").fill(email);
			page.getByLabel("Wachtwoord").fill(password());
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
			assertThat(page.url()).endsWith("/login/code");
			clock.advance(java.time.Duration.ofSeconds(30));
			String code = new DefaultCodeGenerator().generate(secret(email), clock.instant().getEpochSecond() / 30);
			page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true)).fill(code);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bevestigen")).click();
			assertThat(page.url()).isEqualTo(url("/"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).textContent()).startsWith("Dag ");
		}
	}
}
