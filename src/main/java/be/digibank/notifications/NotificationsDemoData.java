package be.digibank.notifications;

import be.digibank.network.Network;
import be.digibank.people.PeopleRegister;
import be.digibank.people.PersonSummary;
import be.digibank.shared.DigibankId;
import be.digibank.shared.StaffAccountId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import be.digibank.staff.StaffDirectory;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: an outbox with history. Reminders and offers that went out by SMS and e-mail, one SMS the gateway
 * could not deliver, and a letter waiting to be printed for a person without phone or e-mail. Persons are found through
 * {@link PeopleRegister}; references start with {@code demo:} so the seeder recognises its own work. Written once per
 * database.
 */
@Component
@ConditionalOnBooleanProperty("digibank.demo.enabled")
@Order(40)
class NotificationsDemoData implements ApplicationRunner {

	static final String MAIN_DIGIBANK = "DIGbij";

	/** An outbox entry as it looks after the dispatcher handled it. */
	record DemoMessage(String search, String reference, String channel, String template, String status, String reason, String language,
			@Nullable String subject, String body, int daysAgo) {
	}

	static final List<DemoMessage> MESSAGES = List.of(
			new DemoMessage("+32470100103", "demo:overdue-1", "SMS", "lending.overdue", "SENT", "", "fr", null,
					"Bonjour Ahmed, le portable Lenovo ThinkPad L480 devait être rendu. Passez au Digipunt Sociaal Huis Tongeren. DIGbij", 9),
			new DemoMessage("+32470100103", "demo:overdue-7", "EMAIL", "lending.overdue", "SENT", "", "fr", "Votre prêt est en retard",
					"Bonjour Ahmed,\n\nLe portable Lenovo ThinkPad L480 devait être rendu il y a 7 jours. Pouvez-vous le rapporter au Digipunt Sociaal Huis "
							+ "Tongeren ou nous appeler ?\n\nDIGbij",
					3),
			new DemoMessage("+32470100104", "demo:due-soon", "SMS", "lending.due-soon", "SENT", "", "nl", null,
					"Dag Sofie, je laptop Lenovo ThinkPad L480 moet binnenkort terug naar Digipunt Bibliotheek Borgloon. Verlengen kan. DIGbij", 1),
			new DemoMessage("+32470100130", "demo:pickup-ready", "EMAIL", "lending.pickup-ready", "SENT", "", "nl", "Je laptop ligt klaar",
					"Dag Nadia,\n\nJe laptop ligt klaar in het Digipunt Sociaal Huis Tongeren. Breng je identiteitskaart mee.\n\nDIGbij", 26),
			new DemoMessage("+32470100113", "demo:manual-reminder", "SMS", "lending.manual-reminder", "FAILED",
					"Gateway: nummer niet bereikbaar (absent subscriber) na 3 pogingen", "nl", null,
					"Dag Kevin, denk je eraan je laptop op tijd terug te brengen naar de DIGbij e-bakfiets? DIGbij", 2),
			new DemoMessage("Luc Wouters", "demo:offer-letter", "LETTER", "lending.offer", "TO_PRINT", "", "nl", null,
					"Beste Luc,\n\nEr is een tablet voor u beschikbaar in het Digipunt Bibliotheek Borgloon. Kom hem ophalen tijdens de openingsuren; "
							+ "we houden hem een week voor u vast.\n\nMet vriendelijke groeten,\nDIGbij",
					0));

	private static final Logger log = LoggerFactory.getLogger(NotificationsDemoData.class);

	private final Network network;
	private final StaffDirectory staff;
	private final PeopleRegister people;
	private final JdbcClient jdbc;
	private final Clock clock;

	NotificationsDemoData(Network network, StaffDirectory staff, PeopleRegister people, JdbcClient jdbc, Clock clock) {
		this.network = network;
		this.staff = staff;
		this.people = people;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		network.digibankNamed(MAIN_DIGIBANK).ifPresent(digbij -> {
			boolean seeded = jdbc.sql("select exists (select 1 from notifications.outbox_message where digibank_id = ? and reference like 'demo:%')")
					.param(digbij.id().value()).query(Boolean.class).single();
			if (!seeded) {
				seed(digbij.id());
				log.info("Demo: {} outbox messages in {}", MESSAGES.size(), MAIN_DIGIBANK);
			}
		});
	}

	private void seed(DigibankId digbij) {
		StaffAccountId staffer = staff.accountWithEmail("staff@digbij.example").orElseThrow();
		Actor actor = new Actor(staffer, staff.displayName(staffer).orElse(""), Role.STAFF, digbij, null, 0);
		for (DemoMessage message : MESSAGES) {
			PersonSummary person = people.search(actor, message.search()).stream().findFirst()
					.orElseThrow(() -> new IllegalStateException("Demo person missing: " + message.search()));
			Instant at = clock.instant().minus(Duration.ofDays(message.daysAgo())).minus(Duration.ofHours(1));
			boolean delivered = message.status().equals("SENT");
			jdbc.sql(
					"""
							insert into notifications.outbox_message (id, digibank_id, person_id, reference, channel, template_key, template_values, importance,
							                                          status, reason, attempts, due_at, created_at, sent_at, language, subject, body)
							values (?, ?, ?, ?, ?, ?, '{}'::jsonb, 'ESSENTIAL', ?, ?, ?, ?, ?, ?, ?, ?, ?)
							""")
					.params(UUID.randomUUID(), digbij.value(), person.id().value(), message.reference(), message.channel(), message.template(),
							message.status(), message.reason(), message.status().equals("FAILED") ? 3 : delivered ? 1 : 0, Timestamp.from(at),
							Timestamp.from(at),
							delivered ? Timestamp.from(at.plusSeconds(40)) : null, message.language(), message.subject(), message.body())
					.update();
		}
	}
}
