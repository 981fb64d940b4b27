package be.digibank.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * The outside world of the notifications for every test context with the {@code test} profile: a fake SMS gateway (a
 * small JDK HTTP server that records what it gets) and GreenMail (a real SMTP server), one of each per test JVM on free
 * ports, and the properties that point the application at them. Registered in META-INF/spring.factories, so every test
 * class shares one application context and any module's test can look at what was sent.
 */
public class TestMessaging implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String TOKEN = "test-gateway-token";

	private static FakeSmsGateway sms;
	private static GreenMail mail;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!context.getEnvironment().acceptsProfiles(Profiles.of("test"))) {
			return;
		}
		start();
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testMessaging",
				Map.of("digibank.notifications.sms.url", "http://127.0.0.1:" + sms.port() + "/messages", "digibank.notifications.sms.token", TOKEN,
						"digibank.notifications.sms.sender", "Digibank", "spring.mail.host", "127.0.0.1", "spring.mail.port",
						String.valueOf(mail.getSmtp().getPort()), "digibank.notifications.mail.from", "digibank@test.example")));
	}

	private static synchronized void start() {
		if (sms == null) {
			sms = new FakeSmsGateway();
			mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			mail.start();
		}
	}

	public static FakeSmsGateway sms() {
		start();
		return sms;
	}

	public static GreenMail mail() {
		start();
		return mail;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		} catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	/** A request the fake gateway received. */
	public record SmsRequest(String authorization, String body) {
	}

	/** Answers every POST with the status a test chose (202 unless told otherwise) and keeps what it received. */
	public static final class FakeSmsGateway {

		private final HttpServer server;
		private final List<SmsRequest> requests = new CopyOnWriteArrayList<>();
		private final AtomicInteger status = new AtomicInteger(202);

		FakeSmsGateway() {
			try {
				server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			} catch (IOException failed) {
				throw new UncheckedIOException(failed);
			}
			server.createContext("/messages", exchange -> {
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				String authorization = exchange.getRequestHeaders().getFirst("Authorization");
				requests.add(new SmsRequest(authorization == null ? "" : authorization, body));
				byte[] answer = "{}".getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(status.get(), answer.length);
				exchange.getResponseBody().write(answer);
				exchange.close();
			});
			server.start();
		}

		int port() {
			return server.getAddress().getPort();
		}

		public List<SmsRequest> requests() {
			return List.copyOf(requests);
		}

		/** The requests whose JSON body mentions {@code text} (a phone number, a reference). */
		public List<SmsRequest> requestsWith(String text) {
			return requests.stream().filter(request -> request.body().contains(text)).toList();
		}

		public void answer(int httpStatus) {
			status.set(httpStatus);
		}
	}
}
