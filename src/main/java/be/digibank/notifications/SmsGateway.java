package be.digibank.notifications;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends a text message through any HTTP SMS gateway that accepts (or is fronted by a small adapter that accepts) a JSON
 * POST {@code {to, from, text, reference}} with a bearer token. Any 2xx answer means sent; anything else is a failed
 * attempt with the status, retried later by the dispatcher. The reference lets the gateway drop a repeated request.
 */
@Component
class SmsGateway {

	private final NotificationsProperties.Sms settings;
	private final RestClient client;

	SmsGateway(NotificationsProperties properties) {
		this.settings = properties.smsGateway();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
		// the dispatcher holds a row lock while it sends: a hanging gateway must not hold it for long
		requests.setReadTimeout(Duration.ofSeconds(10));
		this.client = RestClient.builder().requestFactory(requests).build();
	}

	boolean configured() {
		return settings.configured();
	}

	Delivery send(String to, String text, String reference) {
		Map<String, String> body = new LinkedHashMap<>();
		body.put("to", to);
		body.put("from", settings.from());
		body.put("text", text);
		body.put("reference", reference);
		try {
			HttpStatusCode status = client.post().uri(String.valueOf(settings.url())).contentType(MediaType.APPLICATION_JSON)
					.headers(headers -> {
						if (settings.token() != null && !settings.token().isBlank()) {
							headers.setBearerAuth(settings.token());
						}
					}).body(body).exchange((request, response) -> response.getStatusCode());
			return status.is2xxSuccessful() ? Delivery.SENT : Delivery.failed("notifications.reason.gatewayStatus", String.valueOf(status.value()));
		} catch (RestClientException unreachable) {
			return Delivery.failed("notifications.reason.gatewayUnreachable", unreachable.getClass().getSimpleName());
		}
	}
}
