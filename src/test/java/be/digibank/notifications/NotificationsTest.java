package be.digibank.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.digibank.DigibankTest;
import be.digibank.TestClock;
import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.people.PeopleRegister;
import be.digibank.people.PersonId;
import be.digibank.people.PersonsMerged;
import be.digibank.shared.NoticeChannel;
import be.digibank.shared.PersonNotice;
import be.digibank.shared.PersonNotice.Importance;
import be.digibank.shared.security.Role;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notices become outbox rows in the publisher's transaction and go out through the real channels: a fake SMS gateway
 * (an HTTP server in the test), GreenMail (an SMTP server in the test) and a PDF of letters.
 */
@DigibankTest
class NotificationsTest {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
	/** A Tuesday morning, outside the quiet hours. */
	static final Instant MORNING = LocalDateTime.of(2026, 12, 1, 10, 0).atZone(BRUSSELS).toInstant();

	@Autowired
	MockMvc mvc;
	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TestClock clock;
	@Autowired
	ApplicationEventPublisher events;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	Notifications notifications;
	@Autowired
	OutboxRepository outbox;
	@Autowired
	PreferenceRepository preferences;
	@Autowired
	Templates templates;
	@Autowired
	PeopleRegister people;
	@Autowired
	io.micrometer.core.instrument.MeterRegistry meters;

	Tenant tenant;

	@BeforeEach
	void setUp() {
		tenant = data.tenant();
		clock.stopAt(MORNING);
		TestMessaging.sms().answer(202);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
		TestMessaging.sms().answer(202);
	}

	UUID person(String firstName, String language, String phone, String email, String address, boolean noContact) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into people.person (id, digibank_id, first_name, last_name, postcode, language, phone, email, address, no_contact)
				values (?, ?, ?, 'Peeters', '3700', ?, ?, ?, ?, ?)
				""").param(id).param(tenant.digibank().value()).param(firstName).param(language).param(phone).param(email).param(address)
				.param(noContact).update();
		return id;
	}

	static String phone() {
		return "+32470" + String.format("%06d", (long) (Math.random() * 1_000_000));
	}

	static String email() {
		return "p-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
	}

	static Map<String, String> dueSoon() {
		return Map.of("name", "Marie Peeters", "device", "Lenovo T480 (DB-000042)", "dueDate", "12/12/2026", "location", "Bibliotheek Tongeren");
	}

	PersonNotice notice(UUID person, String template, Map<String, String> values, Importance importance, Set<NoticeChannel> channels) {
		return new PersonNotice(tenant.digibank(), person, template, values, importance, channels, "test:" + UUID.randomUUID());
	}

	void publish(PersonNotice notice) {
		transactions.executeWithoutResult(status -> events.publishEvent(notice));
	}

	List<SentMessage> messages(UUID person) {
		return notifications.sentTo(tenant.digibank(), person);
	}

	SentMessage only(UUID person) {
		List<SentMessage> sent = messages(person);
		assertThat(sent).hasSize(1);
		return sent.getFirst();
	}

	@Test
	void anSmsReachesTheGatewayInThePersonsLanguageWithTheBearerToken() {
		String phone = phone();
		UUID marie = person("Marie", "fr", phone, email(), "", false);
		PersonNotice notice = notice(marie, "lending.due-soon", dueSoon(), Importance.ESSENTIAL, Set.of());
		double sentBefore = meters.counter("digibank.notifications.attempts", "channel", "SMS", "outcome", "sent").count();
		publish(notice);
		assertThat(only(marie).status()).isEqualTo(MessageStatus.PENDING);
		assertThat(only(marie).channel()).as("a phone number means SMS").isEqualTo(NoticeChannel.SMS);

		notifications.dispatchDue();

		List<TestMessaging.SmsRequest> received = TestMessaging.sms().requestsWith(phone);
		assertThat(received).hasSize(1);
		assertThat(received.getFirst().authorization()).isEqualTo("Bearer " + TestMessaging.TOKEN);
		assertThat(received.getFirst().body()).contains("\"to\":\"" + phone + "\"", "\"from\":\"Digibank\"",
				"\"reference\":\"" + notice.reference() + "\"", "Bonjour Marie Peeters, rapportez votre Lenovo T480 (DB-000042) le 12/12/2026");
		SentMessage sent = only(marie);
		assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
		assertThat(sent.sentAt()).isEqualTo(MORNING);
		assertThat(sent.text()).startsWith("Bonjour Marie Peeters").doesNotContain("{");
		assertThat(meters.counter("digibank.notifications.attempts", "channel", "SMS", "outcome", "sent").count()).isGreaterThan(sentBefore);
	}

	@Test
	void overdueDaysAreWordedWithTheRightPluralInDutchAndFrenchOnDayOneAndDaySeven() {
		Map<String, String> expected = Map.of("nl:1", "Dat is 1 dag te laat.", "nl:7", "Dat is 7 dagen te laat.", "fr:1", "Retard : 1 jour.", "fr:7",
				"Retard : 7 jours.");
		expected.forEach((languageAndDays, wording) -> {
			String[] parts = languageAndDays.split(":");
			String phone = phone();
			UUID person = person("Els", parts[0], phone, "", "", false);
			publish(notice(person, "lending.overdue",
					Map.of("name", "Els Peeters", "device", "Laptop", "dueDate", "1/12/2026", "daysOverdue", parts[1],
							"location", "Tongeren"),
					Importance.ESSENTIAL, Set.of()));
			notifications.dispatchDue();
			assertThat(only(person).text()).as(languageAndDays).contains(wording).doesNotContain("1 dagen", "1 jours", "{");
		});
	}

	@Test
	void aCoordinatorsOverdueTemplateMayUseTheWordedDaysAndThePreviewShowsThem() throws Exception {
		String page = mvc.perform(get("/notifications/templates/edit").param("key", "lending.overdue").param("language", "fr")
				.with(TestData.as(tenant.coordinator()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("{daysOverdueText}", "Retard : 7 jours.");
	}

	@Test
	void anEmailArrivesInTheRightLanguageWithThePlaceholdersFilled() throws Exception {
		String address = email();
		UUID john = person("John", "en", "", address, "", false);
		publish(notice(john, "lending.due-soon", dueSoon(), Importance.ESSENTIAL, Set.of()));

		notifications.dispatchDue();

		MimeMessage received = Arrays.stream(TestMessaging.mail().getReceivedMessages()).filter(message -> {
			try {
				return message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
			} catch (jakarta.mail.MessagingException unreadable) {
				return false;
			}
		}).findFirst().orElseThrow();
		assertThat(received.getSubject()).isEqualTo("Please bring your device back soon");
		assertThat(received.getFrom()[0].toString()).isEqualTo("digibank@test.example");
		assertThat(GreenMailUtil.getBody(received)).contains("Hello Marie Peeters", "Lenovo T480 (DB-000042)", "12/12/2026", "Bibliotheek Tongeren",
				"This is a translation");
		assertThat(only(john).status()).isEqualTo(MessageStatus.SENT);
	}

	@Test
	void aPersonWithAnotherLanguageGetsDutch() {
		String phone = phone();
		UUID ahmed = person("Ahmed", "ar", phone, "", "", false);
		publish(notice(ahmed, "lending.pickup-ready",
				Map.of("name", "Ahmed", "device", "iPad", "location", "Digipunt Borgloon", "until", "5/12/2026"),
				Importance.ESSENTIAL, Set.of()));
		notifications.dispatchDue();
		assertThat(TestMessaging.sms().requestsWith(phone).getFirst().body()).contains("Dag Ahmed, uw iPad ligt klaar");
	}

	@Test
	void aGatewayErrorIsRetriedWithGrowingWaitsThenFailsAndStaffCanRetryIt() throws Exception {
		String phone = phone();
		UUID person = person("Els", "nl", phone, "", "", false);
		publish(notice(person, "lending.overdue", Map.of("name", "Els", "device", "Laptop", "dueDate", "1/12/2026", "daysOverdue", "7", "location",
				"Tongeren"), Importance.ESSENTIAL, Set.of()));
		TestMessaging.sms().answer(500);

		Instant now = MORNING;
		Duration wait = Duration.ofMinutes(5);
		for (int attempt = 1; attempt <= 4; attempt++) {
			notifications.dispatchDue();
			SentMessage message = only(person);
			assertThat(message.status()).isEqualTo(MessageStatus.PENDING);
			assertThat(message.attempts()).isEqualTo(attempt);
			assertThat(message.reason()).isEqualTo("notifications.reason.gatewayStatus:500");
			assertThat(message.dueAt()).isEqualTo(now.plus(wait));
			notifications.dispatchDue();
			assertThat(TestMessaging.sms().requestsWith(phone)).as("not again before the wait is over").hasSize(attempt);
			now = now.plus(wait);
			clock.stopAt(now);
			wait = wait.multipliedBy(2);
		}
		notifications.dispatchDue();
		assertThat(only(person).status()).isEqualTo(MessageStatus.FAILED);
		assertThat(only(person).attempts()).isEqualTo(5);
		assertThat(TestMessaging.sms().requestsWith(phone)).hasSize(5);
		clock.stopAt(now.plus(Duration.ofHours(1)));
		notifications.dispatchDue();
		assertThat(TestMessaging.sms().requestsWith(phone)).as("a failed message stays failed").hasSize(5);

		String page = mvc.perform(get("/notifications").param("status", "FAILED").with(TestData.as(tenant.actor(Role.STAFF))))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("De sms-dienst weigerde (code 500).").contains("/notifications/" + only(person).id() + "/retry");

		TestMessaging.sms().answer(200);
		mvc.perform(post("/notifications/" + only(person).id() + "/retry").with(TestData.as(tenant.actor(Role.STAFF))).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(only(person).status()).isEqualTo(MessageStatus.PENDING);
		notifications.dispatchDue();
		assertThat(only(person).status()).isEqualTo(MessageStatus.SENT);
		mvc.perform(post("/notifications/" + only(person).id() + "/retry").with(TestData.as(tenant.actor(Role.STAFF))).with(csrf()))
				.andExpect(status().isConflict());
	}

	@Test
	void quietHoursDeferSmsToTheEndOfTheNight() {
		Instant evening = LocalDateTime.of(2026, 12, 1, 22, 30).atZone(BRUSSELS).toInstant();
		Instant nextMorning = LocalDateTime.of(2026, 12, 2, 8, 0).atZone(BRUSSELS).toInstant();
		clock.stopAt(evening);
		String phone = phone();
		UUID person = person("Jan", "nl", phone, "", "", false);
		publish(notice(person, "lending.due-soon", dueSoon(), Importance.ESSENTIAL, Set.of()));

		notifications.dispatchDue();

		assertThat(TestMessaging.sms().requestsWith(phone)).isEmpty();
		assertThat(only(person).dueAt()).isEqualTo(nextMorning);
		assertThat(only(person).reason()).isEqualTo(Dispatcher.QUIET_HOURS);
		clock.stopAt(nextMorning.minusSeconds(60));
		notifications.dispatchDue();
		assertThat(TestMessaging.sms().requestsWith(phone)).isEmpty();
		clock.stopAt(nextMorning);
		notifications.dispatchDue();
		assertThat(TestMessaging.sms().requestsWith(phone)).hasSize(1);
		assertThat(only(person).status()).isEqualTo(MessageStatus.SENT);
	}

	@Test
	void aDigibankSetsItsOwnQuietHours() throws Exception {
		mvc.perform(post("/notifications/settings").with(TestData.as(tenant.coordinator())).with(csrf()).param("quietFrom", "09:00")
				.param("quietUntil", "11:00")).andExpect(status().is3xxRedirection());
		String refused = mvc
				.perform(post("/notifications/settings").with(TestData.as(tenant.coordinator())).with(csrf()).param("quietFrom", "25:00")
						.param("quietUntil", "11:00"))
				.andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("quietFrom-error").contains("value=\"25:00\"");
		String phone = phone();
		UUID person = person("Jan", "nl", phone, "", "", false);
		publish(notice(person, "lending.due-soon", dueSoon(), Importance.ESSENTIAL, Set.of()));
		notifications.dispatchDue();
		assertThat(only(person).dueAt()).isEqualTo(LocalDateTime.of(2026, 12, 1, 11, 0).atZone(BRUSSELS).toInstant());
		String page = mvc.perform(get("/notifications/settings").with(TestData.as(tenant.coordinator()))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		assertThat(page).contains("09:00").doesNotContain(TestMessaging.TOKEN);
	}

	@Test
	void anOptOutSkipsOptionalMessagesButNotEssentialOnes() throws Exception {
		UUID person = person("Lotte", "nl", phone(), "", "", false);
		mvc.perform(post("/people/" + person + "/notifications/preference").with(TestData.as(tenant.actor(Role.VOLUNTEER))).with(csrf())
				.param("optionalOptOut", "true")).andExpect(status().is3xxRedirection());

		publish(notice(person, "lending.offer", Map.of("name", "Lotte", "deviceType", "laptop", "location", "Tongeren", "until", "3/12/2026"),
				Importance.OPTIONAL, Set.of()));
		publish(notice(person, "lending.due-soon", dueSoon(), Importance.ESSENTIAL, Set.of()));

		List<SentMessage> sent = messages(person);
		assertThat(sent).extracting(SentMessage::template, SentMessage::status, SentMessage::reason).containsExactlyInAnyOrder(
				org.assertj.core.groups.Tuple.tuple("lending.offer", MessageStatus.SKIPPED, "notifications.reason.optedOut"),
				org.assertj.core.groups.Tuple.tuple("lending.due-soon", MessageStatus.PENDING, ""));
	}

	@Test
	void personsWhoCannotBeReachedAreSkippedWithTheReason() {
		UUID refuses = person("Noor", "nl", phone(), email(), "Markt 1, 3700 Tongeren", true);
		UUID nothing = person("Tom", "nl", "", "", "", false);
		UUID noEmail = person("Sara", "nl", phone(), "", "", false);
		publish(notice(refuses, "lending.due-soon", dueSoon(), Importance.ESSENTIAL, Set.of()));
		publish(notice(nothing, "lending.due-soon", dueSoon(), Importance.ESSENTIAL, Set.of()));
		publish(notice(noEmail, "lending.due-soon", dueSoon(), Importance.ESSENTIAL, Set.of(NoticeChannel.EMAIL, NoticeChannel.SMS)));

		assertThat(only(refuses).status()).isEqualTo(MessageStatus.SKIPPED);
		assertThat(only(refuses).reason()).isEqualTo("notifications.reason.noContact");
		assertThat(only(nothing).channel()).isNull();
		assertThat(only(nothing).reason()).isEqualTo("notifications.reason.noChannel");
		assertThat(messages(noEmail)).extracting(SentMessage::channel, SentMessage::status, SentMessage::reason).containsExactlyInAnyOrder(
				org.assertj.core.groups.Tuple.tuple(NoticeChannel.EMAIL, MessageStatus.SKIPPED, "notifications.reason.noEmail"),
				org.assertj.core.groups.Tuple.tuple(NoticeChannel.SMS, MessageStatus.PENDING, ""));
	}

	@Test
	void theSameReferenceTwiceGivesOneMessage() {
		String phone = phone();
		UUID person = person("Bart", "nl", phone, "", "", false);
		PersonNotice notice = notice(person, "lending.due-soon", dueSoon(), Importance.ESSENTIAL, Set.of());
		publish(notice);
		publish(notice);
		notifications.dispatchDue();
		notifications.dispatchDue();
		assertThat(messages(person)).hasSize(1);
		assertThat(TestMessaging.sms().requestsWith(phone)).hasSize(1);
	}

	@Test
	void anUnknownTemplateOrAMissingValueFailsThePublisherLoudly() {
		UUID person = person("Bart", "nl", phone(), "", "", false);
		assertThatThrownBy(() -> publish(notice(person, "lending.no-such-message", dueSoon(), Importance.ESSENTIAL, Set.of())))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lending.no-such-message");
		assertThatThrownBy(() -> publish(notice(person, "lending.due-soon", Map.of("name", "Bart"), Importance.ESSENTIAL, Set.of())))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("device");
		assertThat(messages(person)).isEmpty();
	}

	@Test
	void aNoticeInATransactionThatRollsBackLeavesNoOutboxRow() {
		UUID person = person("Bart", "nl", phone(), "", "", false);
		transactions.executeWithoutResult(status -> {
			events.publishEvent(notice(person, "lending.due-soon", dueSoon(), Importance.ESSENTIAL, Set.of()));
			assertThat(messages(person)).as("inside the transaction the row exists").hasSize(1);
			status.setRollbackOnly();
		});
		assertThat(messages(person)).isEmpty();
		assertThatThrownBy(() -> events.publishEvent(notice(person, "lending.due-soon", dueSoon(), Importance.ESSENTIAL, Set.of())))
				.as("outside a transaction a notice cannot keep its promise").isInstanceOf(RuntimeException.class);
	}

	@Test
	void lettersArePrintedAsOnePdfWithNameAndAddressThenMarkedPrinted() throws Exception {
		UUID person = person("Maria", "nl", "", "", "Kerkstraat 12\n3840 Borgloon", false);
		publish(notice(person, "lending.pickup-ready", Map.of("name", "Maria Peeters", "device", "Dell Latitude (DB-000077)", "location",
				"Digipunt Borgloon", "until", "8/12/2026"), Importance.ESSENTIAL, Set.of()));
		assertThat(only(person).status()).isEqualTo(MessageStatus.TO_PRINT);
		notifications.dispatchDue();
		assertThat(only(person).status()).as("letters wait for the batch").isEqualTo(MessageStatus.TO_PRINT);

		String page = mvc.perform(get("/notifications/letters").with(TestData.as(tenant.actor(Role.STAFF)))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		assertThat(page).contains("Maria Peeters").contains("Kerkstraat 12, 3840 Borgloon").contains("value=\"" + only(person).id() + "\"");
		byte[] pdf = mvc.perform(get("/notifications/letters/batch.pdf").with(TestData.as(tenant.actor(Role.STAFF)))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Maria Peeters", "Kerkstraat 12", "3840 Borgloon", "Uw Dell Latitude (DB-000077) ligt klaar",
					"Haal het af in Digipunt Borgloon");
		}

		mvc.perform(post("/notifications/letters/printed").with(TestData.as(tenant.actor(Role.STAFF))).with(csrf()).param("letter",
				only(person).id().toString())).andExpect(status().is3xxRedirection());
		assertThat(only(person).status()).isEqualTo(MessageStatus.PRINTED);
		assertThat(only(person).text()).contains("Dell Latitude (DB-000077)");
		mvc.perform(get("/notifications/letters/batch.pdf").with(TestData.as(tenant.actor(Role.STAFF)))).andExpect(status().isNotFound());
	}

	@Test
	void aTemplateWithAnUnknownPlaceholderOrATooLongSmsIsRefusedNextToTheField() throws Exception {
		String typed = "Dag {name}, uw {toestel} ligt klaar.";
		String refused = mvc.perform(post("/notifications/templates/edit").with(TestData.as(tenant.coordinator())).with(csrf())
				.param("key", "lending.pickup-ready").param("language", "nl").param("smsText", typed).param("emailSubject", "Klaar")
				.param("emailBody", "Dag {name}").param("letterBody", "Uw {device}")).andExpect(status().is(422)).andReturn().getResponse()
				.getContentAsString();
		assertThat(refused).contains("id=\"smsText-error\"").contains("Dit veld bestaat niet: {toestel}.").contains(typed).contains("error-summary");

		String tooLong = "Dag {name}, " + "heel lange tekst ".repeat(10) + "{device}";
		String refusedLength = mvc.perform(post("/notifications/templates/edit").with(TestData.as(tenant.coordinator())).with(csrf())
				.param("key", "lending.pickup-ready").param("language", "nl").param("smsText", tooLong).param("emailSubject", "Klaar")
				.param("emailBody", "Dag {name}").param("letterBody", "Uw {device}")).andExpect(status().is(422)).andReturn().getResponse()
				.getContentAsString();
		assertThat(refusedLength).contains("id=\"smsText-error\"").contains("De sms is te lang");
		assertThat(jdbc.sql("select count(*) from notifications.message_template where digibank_id = ?").param(tenant.digibank().value())
				.query(Integer.class).single()).isZero();
	}

	@Test
	void aCoordinatorsNewWordingAppliesToMessagesAlreadyWaitingAndCanBeReset() throws Exception {
		String phone = phone();
		UUID person = person("Wim", "nl", phone, "", "", false);
		clock.stopAt(LocalDateTime.of(2026, 12, 1, 23, 0).atZone(BRUSSELS).toInstant());
		publish(notice(person, "lending.due-soon", dueSoon(), Importance.ESSENTIAL, Set.of()));
		notifications.dispatchDue();

		String preview = mvc.perform(post("/notifications/templates/preview").with(TestData.as(tenant.coordinator())).with(csrf())
				.param("key", "lending.due-soon").param("language", "nl").param("smsText", "Hallo {name}, breng {device} terug op {dueDate}.")
				.param("emailSubject", "Terugbrengen").param("emailBody", "Hallo {name}").param("letterBody", "Breng {device} terug."))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(preview).contains("Hallo Fatima El Amrani, breng Lenovo ThinkPad T480 (DB-000042) terug op 12/12/2026.");
		mvc.perform(post("/notifications/templates/edit").with(TestData.as(tenant.coordinator())).with(csrf()).param("key", "lending.due-soon")
				.param("language", "nl").param("smsText", "Hallo {name}, breng {device} terug op {dueDate}.").param("emailSubject", "Terugbrengen")
				.param("emailBody", "Hallo {name}").param("letterBody", "Breng {device} terug.")).andExpect(status().is3xxRedirection());

		clock.stopAt(LocalDateTime.of(2026, 12, 2, 8, 0).atZone(BRUSSELS).toInstant());
		notifications.dispatchDue();
		assertThat(TestMessaging.sms().requestsWith(phone).getFirst().body()).contains("Hallo Marie Peeters, breng Lenovo T480 (DB-000042) terug");

		mvc.perform(post("/notifications/templates/reset").with(TestData.as(tenant.coordinator())).with(csrf()).param("key", "lending.due-soon")
				.param("language", "nl")).andExpect(status().is3xxRedirection());
		assertThat(templates.current(tenant.digibank(), "lending.due-soon", "nl").smsText()).startsWith("Dag {name}");
		String list = mvc.perform(get("/notifications/templates").with(TestData.as(tenant.coordinator()))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
		assertThat(list).contains("lending.due-soon&amp;language=fr");
	}

	@Test
	void theCounterSeesAPersonsMessagesAndSendsOneByHand() throws Exception {
		UUID person = person("Leen", "nl", phone(), "", "", false);
		String refused = mvc.perform(post("/people/" + person + "/notifications/send").with(TestData.as(tenant.actor(Role.VOLUNTEER))).with(csrf())
				.param("template", "lending.manual-reminder").param("importance", "ESSENTIAL").param("device", "Laptop DB-000001"))
				.andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("id=\"dueDate-error\"").contains("value=\"Laptop DB-000001\"");
		assertThat(messages(person)).isEmpty();

		mvc.perform(post("/people/" + person + "/notifications/send").with(TestData.as(tenant.actor(Role.VOLUNTEER))).with(csrf())
				.param("template", "lending.manual-reminder").param("importance", "ESSENTIAL").param("device", "Laptop DB-000001")
				.param("dueDate", "15/12/2026").param("location", "Tongeren")).andExpect(status().is3xxRedirection());
		SentMessage sent = only(person);
		assertThat(sent.reference()).startsWith("manual:");
		assertThat(sent.channel()).isEqualTo(NoticeChannel.SMS);

		String views = "select count(*) from audit.audit_entry where record_type = 'Person' and record_id = ? and action = 'VIEW'";
		int before = jdbc.sql(views).param(person.toString()).query(Integer.class).single();
		String page = mvc.perform(get("/people/" + person + "/notifications").with(TestData.as(tenant.actor(Role.VOLUNTEER))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Herinnering").contains("Wacht").contains("table-wrap");
		assertThat(jdbc.sql(views).param(person.toString()).query(Integer.class).single()).as("the view of the person's messages is audited")
				.isEqualTo(before + 1);

		Tenant other = data.tenant();
		mvc.perform(get("/people/" + person + "/notifications").with(TestData.as(other.actor(Role.VOLUNTEER)))).andExpect(status().isNotFound());
		mvc.perform(get("/people/" + person + "/notifications").with(TestData.as(tenant.actor(Role.TECHNICIAN)))).andExpect(status().isForbidden());
	}

	@Test
	void withoutAGatewayOrMailServerMessagesWaitWithAVisibleReason() {
		UUID person = person("Ines", "nl", phone(), "", "", false);
		publish(notice(person, "lending.due-soon", dueSoon(), Importance.ESSENTIAL, Set.of()));
		NotificationsProperties unconfigured = new NotificationsProperties(null, null, null);
		Dispatcher dispatcher = new Dispatcher(outbox, preferences, templates, people, new SmsGateway(unconfigured),
				new EmailChannel(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), unconfigured), transactions, unconfigured,
				clock, new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

		assertThat(dispatcher.dispatchDue()).isZero();

		assertThat(only(person).status()).isEqualTo(MessageStatus.PENDING);
		assertThat(only(person).reason()).isEqualTo(Dispatcher.NOT_CONFIGURED);
	}

	@Test
	void messagesAndWishesOfAMergedRecordMoveToTheSurvivor() {
		UUID survivor = person("Anna", "nl", phone(), "", "", false);
		UUID merged = person("Ana", "nl", phone(), "", "", false);
		publish(notice(merged, "lending.due-soon", dueSoon(), Importance.ESSENTIAL, Set.of()));
		transactions.executeWithoutResult(status -> {
			preferences.savePreference(tenant.digibank(), merged, new PreferenceRepository.Preference(Set.of(NoticeChannel.LETTER), true), null,
					MORNING);
			events.publishEvent(new PersonsMerged(tenant.digibank(), new PersonId(survivor), new PersonId(merged)));
		});
		assertThat(messages(merged)).isEmpty();
		assertThat(messages(survivor)).hasSize(1);
		assertThat(preferences.preference(tenant.digibank(), survivor).optionalOptOut()).isTrue();
	}

	@Test
	void theShippedSmsTextsFitOneMessageInEveryLanguage() {
		TemplateCatalogue catalogue = new TemplateCatalogue();
		for (String key : catalogue.keys()) {
			for (String language : TemplateCatalogue.LANGUAGES) {
				MessageTemplate shipped = catalogue.shipped(key, language);
				assertThat(shipped.problems(catalogue.placeholdersOf(key), catalogue.examples(key))).as(key + " " + language).isEmpty();
				assertThat(List.of(shipped.smsText(), shipped.emailSubject(), shipped.emailBody(), shipped.letterBody())).as(key + " " + language)
						.allSatisfy(text -> assertThat(text).isNotBlank());
			}
		}
	}
}
