package be.digibank.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.TestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The production profile behind a TLS proxy: the session cookie is {@code __Host-} prefixed, Secure, HttpOnly and
 * SameSite, and browsers are told to keep using HTTPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "production"})
@Import(TestSupport.class)
class ProductionCookieTest {

	@LocalServerPort
	int port;

	@Test
	void behindTlsTheSessionCookieIsHostBoundAndSecure() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "digibank.example").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> cookies = response.headers().allValues("Set-Cookie");
		assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("__Host-SESSION=").contains("; Path=/").contains("; Secure")
				.contains("; HttpOnly").contains("SameSite=Lax").doesNotContain("Domain="));
		assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(value -> assertThat(value).contains("max-age="));
	}
}
