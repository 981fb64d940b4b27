package be.digibank.browser;

import static org.assertj.core.api.Assertions.assertThat;

import be.digibank.TestData;
import be.digibank.TestData.Tenant;
import be.digibank.lending.LendingJobs;
import be.digibank.notifications.Notifications;
import be.digibank.notifications.TestMessaging;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Role;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole lending cycle in a real browser, as issue 5 asks: a French-speaking person asks for a laptop, waits, is
 * offered the laptop when the technician makes it available, borrows it with a signature drawn on the screen, gets the
 * agreement in French with the device's serial, is reminded by SMS and e-mail (in French, at the simulated days of the
 * policy and never in the quiet hours), brings it back, and the laptop goes back to data wiping before anyone else may
 * borrow it. Axe runs on every page; the checkout also on a phone.
 */
class LendingJourneyTest extends BrowserTestBase {

	static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
	static final DateTimeFormatter NOTICE_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

	@Autowired
	TestData data;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Notifications notifications;
	@Autowired
	ApplicationContext context;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void requestOfferCheckoutWithSignatureAgreementRemindersReturnAndBackToWiping() throws Exception {
		// A daytime moment, outside the quiet hours (21:00-08:00), so the offer's SMS can leave at once. The journey
		// spans weeks on the application's clock; sessions end after 10 hours on that clock, so staff sign in again
		// after the reminders.
		LocalDate today = LocalDate.now(BRUSSELS).minusDays(40);
		at(today, LocalTime.of(10, 0));
		Tenant tenant = data.tenant();
		Actor staff = tenant.actor(Role.STAFF);
		Actor technician = tenant.coordinator();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String phone = "+32471" + String.format("%06d", Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000));
		String email = "amelie-" + suffix + "@test.example";
		UUID person = frenchBorrower(tenant, phone, email, today);
		String serial = "PF-" + suffix.toUpperCase();
		String assetTag = "DB-" + String.format("%09d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
		UUID laptop = wipedLaptopWaitingForTheLastCheck(tenant, assetTag, serial, today);
		laptopPolicy(tenant);

		try (BrowserContext counter = desktop(); BrowserContext workshop = desktop()) {
			Page page = counter.newPage();
			signInAgain(page, staff);

			// 1. the request: find the person, ask for a laptop; nobody has one free, so she waits
			page.navigate(url("/lending/requests"));
			assertAccessible(page);
			page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nieuwe aanvraag")).click();
			page.getByLabel("Naam, telefoon, e-mail of geboortejaar").fill("Amélie Dubois");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Amélie Dubois")).waitFor();
			assertAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Amélie Dubois")).click();
			assertThat(page.locator(".verdict").textContent()).contains("ja,");
			page.locator("#category").selectOption("LAPTOP");
			assertAccessible(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Op de wachtlijst zetten")).click();
			assertThat(page.locator(".flash").textContent()).contains("De persoon staat op de wachtlijst.");
			assertThat(page.locator("main").textContent()).contains("Wacht").contains("Nog geen toestel aangeboden.")
					.doesNotContain("Toestel aangeboden");
			assertAccessible(page);
			String requestPath = page.url().substring(url("").length());

			page.navigate(url("/lending/waiting-list?category=LAPTOP"));
			assertThat(page.locator("main").textContent()).contains("Amélie Dubois");
			assertAccessible(page);

			// 2. the offer: the technician makes the wiped laptop available; it is held for her at once and she gets an SMS
			Page device = workshop.newPage();
			signInAgain(device, technician);
			device.navigate(url("/devices/" + laptop));
			assertAccessible(device);
			device.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beschikbaar maken")).click();
			device.getByText("Het toestel heeft nu status Beschikbaar.").waitFor();
			assertThat(state(laptop)).isEqualTo("AVAILABLE");

			page.navigate(url(requestPath));
			assertThat(page.locator("main").textContent()).contains("Toestel aangeboden").contains(assetTag);
			assertAccessible(page);
			dispatch();
			assertThat(sms(phone)).singleElement().satisfies(offer -> assertThat(offer).contains("vous attend", "Amélie Dubois"));

			// she says yes: the laptop stays held until the checkout, which opens for her and this laptop
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanvaard")).click();
			assertThat(page.locator(".flash").textContent()).contains("Het aanbod is aanvaard.");
			assertThat(page.locator("main").textContent()).contains("Aanbod aanvaard");
			assertAccessible(page);
			// the laptop is set aside at the counter: she hears which one waits where
			dispatch();
			assertThat(sms(phone)).hasSize(2).last().satisfies(ready -> assertThat(ready).contains("Bonjour Amélie Dubois, votre", assetTag,
					"est prêt", ":pickup-ready"));
			page.locator("main a[href^='/loans/new?personId=']").click();
			page.waitForURL(url("/loans/new?personId=" + person + "&deviceId=" + laptop));

			// 3. the checkout: verdict, policy, deposit, handover checklist and the signature drawn with the mouse
			Locator main = page.locator("main");
			assertThat(main.textContent()).contains(serial).contains("Amélie Dubois").contains("30 dagen");
			assertThat(page.locator(".verdict").textContent()).contains("Mag lenen");
			assertAccessible(page);
			assertThat(page.locator("#deposit").inputValue()).isEqualTo("20");
			page.locator("#depositMethod").selectOption("CASH");
			page.getByLabel("Uitgelegd: verbinden met wifi").check();
			page.getByLabel("Uitgelegd: waar je hulp krijgt").check();
			page.getByLabel("Uitgelegd: de regels van de bruikleen").check();
			page.locator("#accessories").fill("lader, tas");
			Locator canvas = page.locator("[data-signature-pad] canvas");
			assertThat(canvas.isVisible()).as("the pad shows when JavaScript runs").isTrue();
			sign(page, canvas.boundingBox());
			assertThat(page.locator("[data-signature-field]").inputValue()).startsWith("data:image/png;base64,");
			page.locator("form[action='/loans']").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Uitlenen")).click();
			assertThat(page.locator(".flash").textContent()).contains("Het toestel is uitgeleend.");
			assertThat(page.locator("h1").textContent()).contains(assetTag);
			assertThat(main.textContent()).contains(serial).contains("Getekend op het scherm").contains("lader, tas").contains("cash");
			assertAccessible(page);
			String loanPath = page.url().substring(url("").length());
			UUID loan = UUID.fromString(loanPath.substring("/loans/".length()));
			assertThat(state(laptop)).isEqualTo("ON_LOAN");
			assertThat(jdbc.sql("select status from lending.request where person_id = ?").param(person).query(String.class).single())
					.isEqualTo("FULFILLED");

			// the same screen fits a phone at the counter
			try (BrowserContext phoneContext = phone()) {
				Page small = phoneContext.newPage();
				signInAgain(small, staff);
				small.navigate(url("/loans/new?personId=" + person));
				assertAccessible(small);
				assertFitsWidth(small);
				small.navigate(url(loanPath));
				assertAccessible(small);
				assertFitsWidth(small);
			}

			// 4. the agreement: a PDF in French, marked as a translation, with the serial, the asset tag and the signature
			String agreement = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bruikleenovereenkomst (PDF)")).getAttribute("href");
			APIResponse pdf = page.request().get(url(agreement));
			assertThat(pdf.status()).isEqualTo(200);
			assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
			try (PDDocument document = Loader.loadPDF(pdf.body())) {
				String text = new PDFTextStripper().getText(document);
				assertThat(text).contains("Convention de prêt", "Traduction — le texte néerlandais prévaut", serial, assetTag, "Amélie Dubois",
						"lader, tas").doesNotContain("Bruikleenovereenkomst");
				assertThat(images(document)).as("the signature drawn on screen is in the agreement").isPositive();
			}

			// 5. the reminders, at the days of the policy: due soon two days before, overdue after one and seven days
			LocalDate due = jdbc.sql("select due_on from lending.loan where id = ?").param(loan).query(LocalDate.class).single();
			assertThat(due).isEqualTo(today.plusDays(30));
			String deviceLabel = "Lenovo ThinkPad T480";
			String dueDate = NOTICE_DATE.format(due);

			at(due.minusDays(3), LocalTime.of(10, 0));
			LendingJobs.runReminders(context);
			dispatch();
			assertThat(sms(phone)).as("three days before is too early").hasSize(2);

			// the job runs at 07:00: the reminder waits for the end of the quiet hours, then leaves
			at(due.minusDays(2), LocalTime.of(7, 0));
			LendingJobs.runReminders(context);
			dispatch();
			assertThat(sms(phone)).as("nothing in the quiet hours").hasSize(2);
			at(due.minusDays(2), LocalTime.of(10, 0));
			dispatch();
			assertThat(sms(phone)).hasSize(3).last().satisfies(dueSoon -> assertThat(dueSoon).contains("Bonjour Amélie Dubois, rapportez votre",
					deviceLabel, assetTag, dueDate));
			assertThat(mails(email)).as("due soon goes by SMS only").isEmpty();

			at(due.plusDays(1), LocalTime.of(10, 0));
			LendingJobs.runReminders(context);
			LendingJobs.runReminders(context);
			dispatch();
			assertThat(sms(phone)).hasSize(4).last()
					.satisfies(overdue -> assertThat(overdue).contains("devait revenir le " + dueDate, "Retard : 1 jour.", assetTag));
			assertThat(mails(email)).isEmpty();

			at(due.plusDays(7), LocalTime.of(10, 0));
			LendingJobs.runReminders(context);
			dispatch();
			assertThat(sms(phone)).hasSize(5).last().satisfies(overdue -> assertThat(overdue).contains("Retard : 7 jours", assetTag));
			assertThat(mails(email)).singleElement().satisfies(mail -> {
				assertThat(mail.getSubject()).isEqualTo("Votre appareil est en retard");
				assertThat(text(mail)).contains("Bonjour Amélie Dubois", deviceLabel, assetTag, dueDate, "7 jours de retard",
						"Ceci est une traduction");
			});

			// 6. the return, a week late, on a new working day with a new sign-in
			signInAgain(page, staff);
			signInAgain(device, technician);
			page.navigate(url(loanPath));
			assertThat(main.textContent()).contains("7 dag(en) te laat");
			assertAccessible(page);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terugbrengen")).click();
			page.waitForURL(url(loanPath + "/return"));
			assertThat(main.textContent()).contains("lader, tas").contains("€ 20,00");
			assertAccessible(page);
			page.getByLabel("Het toestel is volledig").check();
			page.getByLabel("Alle toebehoren zijn terug").check();
			page.locator("#conditionGrade").selectOption("B");
			assertThat(page.locator("#refund").inputValue()).isEqualTo("20");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registreer terugkeer")).click();
			assertThat(page.locator(".flash").textContent()).contains("De terugkeer is geregistreerd. Het toestel gaat naar datawissing.");
			assertThat(main.textContent()).contains("Teruggebracht").contains("B – gebruikssporen").contains("€ 20,00 terugbetaald")
					.doesNotContain("Registreer terugkeer");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terugbrengen")).count()).isZero();
			assertAccessible(page);
			assertThat(jdbc.sql("select ended_at is not null from lending.loan where id = ?").param(loan).query(Boolean.class).single()).isTrue();

			// 7. back to wiping: RETURNED, a new holder cycle without a wipe, so it cannot be marked wiped or made available
			assertThat(state(laptop)).isEqualTo("RETURNED");
			device.navigate(url("/devices/" + laptop));
			Locator deviceMain = device.locator("main");
			assertThat(deviceMain.textContent()).contains("Teruggebracht").contains("Nog niet gewist");
			assertThat(device.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beschikbaar maken")).count()).isZero();
			assertAccessible(device);
			device.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Markeren als gewist")).click();
			assertThat(device.locator("#error-summary").textContent()).contains("Dit kan pas als de gegevens gewist zijn.");
			assertAccessible(device);
			assertThat(state(laptop)).isEqualTo("RETURNED");

			// a new wipe for this holder cycle opens the way back to lending
			device.locator("#medium").fill("SSD");
			device.locator("#method").selectOption("PURGE");
			device.locator("#technique").selectOption("CRYPTO_ERASE");
			device.locator("#tool").fill("nwipe");
			device.locator("#operatorName").fill("Technieker");
			device.locator("#performedOn").fill(due.plusDays(7).toString());
			device.locator("#result").selectOption("PASSED");
			device.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Datawissing bewaren")).click();
			device.getByText("De datawissing is bewaard.").waitFor();
			assertThat(deviceMain.textContent()).contains("Gegevens gewist");
			device.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Markeren als gewist")).click();
			device.getByText("Het toestel heeft nu status Gewist.").waitFor();
			assertThat(state(laptop)).isEqualTo("SANITISED");
			assertAccessible(device);
		}
	}

	/** Signs in as if for the first time; a stopped clock is moved on a step so that the next code is a new one. */
	void signInAgain(Page page, Actor actor) throws Exception {
		clock.stopAt(clock.instant().plus(Duration.ofSeconds(30)));
		signIn(page, actor);
	}

	void at(LocalDate day, LocalTime time) {
		clock.stopAt(day.atTime(time).atZone(BRUSSELS).toInstant());
	}

	/** Draws a loop and a stroke on the pad, as a finger or mouse would. */
	static void sign(Page page, BoundingBox box) {
		double x = box.x + 20;
		double y = box.y + box.height / 2;
		page.mouse().move(x, y);
		page.mouse().down();
		for (int step = 1; step <= 30; step++) {
			page.mouse().move(x + step * (box.width - 40) / 30, y + Math.sin(step / 3.0) * box.height / 4);
		}
		page.mouse().up();
	}

	/** Works off the outbox now, a batch at a time (other tests' messages may be waiting too). */
	void dispatch() {
		for (int batch = 0; batch < 20 && notifications.dispatchDue() > 0; batch++) {
			// next batch
		}
	}

	static List<String> sms(String phone) {
		return TestMessaging.sms().requestsWith(phone).stream().map(TestMessaging.SmsRequest::body).toList();
	}

	static List<MimeMessage> mails(String address) {
		return Arrays.stream(TestMessaging.mail().getReceivedMessages()).filter(message -> {
			try {
				return message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
			} catch (MessagingException unreadable) {
				return false;
			}
		}).toList();
	}

	/** The decoded text of an e-mail (GreenMail keeps it quoted-printable). */
	static String text(MimeMessage mail) throws Exception {
		return mail.getContent() instanceof String text ? text : GreenMailUtil.getBody(mail);
	}

	static int images(PDDocument document) throws Exception {
		int count = 0;
		for (PDPage page : document.getPages()) {
			for (COSName name : page.getResources().getXObjectNames()) {
				if (page.getResources().getXObject(name) instanceof PDImageXObject) {
					count++;
				}
			}
		}
		return count;
	}

	String state(UUID device) {
		return jdbc.sql("select state from inventory.device where id = ?").param(device).query(String.class).single();
	}

	/** Amélie speaks French, has a mobile phone and an e-mail address, and a proof that she may borrow. */
	UUID frenchBorrower(Tenant tenant, String phone, String email, LocalDate today) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into people.person (id, digibank_id, first_name, last_name, postcode, language, phone, email) "
				+ "values (?, ?, 'Amélie', 'Dubois', '3700', 'fr', ?, ?)").param(id).param(tenant.digibank().value()).param(phone).param(email)
				.update();
		jdbc.sql("insert into people.eligibility_proof (id, digibank_id, person_id, type_code, seen_on, valid_until, checked_by) "
				+ "values (?, ?, ?, 'JOB_SEEKER', ?, ?, ?)").param(UUID.randomUUID()).param(tenant.digibank().value()).param(id)
				.param(today.minusMonths(1)).param(today.plusYears(1)).param(tenant.coordinator().accountId().value()).update();
		return id;
	}

	/** A reusable laptop, wiped in this holder cycle and refurbished: one click from available. */
	UUID wipedLaptopWaitingForTheLastCheck(Tenant tenant, String assetTag, String serial, LocalDate today) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into inventory.device (id, digibank_id, asset_tag, category, make, model, serial, triage, location_id, "
				+ "replacement_value_cents, state) values (?, ?, ?, 'LAPTOP', 'Lenovo', 'ThinkPad T480', ?, 'REUSABLE', ?, 25000, 'QUALITY_CHECKED')")
				.param(id).param(tenant.digibank().value()).param(assetTag).param(serial).param(tenant.locationA().value()).update();
		jdbc.sql("insert into inventory.sanitisation (id, digibank_id, device_id, holder_cycle, medium, method, technique, tool, tool_version, "
				+ "operator_name, operator_id, performed_on, result, verification, recorded_at) values (?, ?, ?, 1, 'SSD', 'PURGE', 'CRYPTO_ERASE', "
				+ "'nwipe', '0.36', 'Technieker', ?, ?, 'PASSED', 'steekproef leeg', now())").param(UUID.randomUUID())
				.param(tenant.digibank().value()).param(id).param(tenant.coordinator().accountId().value()).param(today.minusDays(1))
				.update();
		return id;
	}

	/**
	 * Laptops: 30 days, a €20 deposit, "due soon" two days before, then SMS after a day and SMS with e-mail after a week.
	 */
	void laptopPolicy(Tenant tenant) {
		jdbc.sql("""
				insert into lending.loan_policy (id, digibank_id, category, period_days, max_extensions, extension_days, deposit_cents,
				       waiver_proof_types, eligibility_required, max_concurrent_loans, goal_plan, condition_text, gift_after_track, due_soon_days,
				       overdue_steps)
				values (?, ?, 'LAPTOP', 30, 1, 14, 2000, '', true, 1, 'OPTIONAL', '', false, 2, '1:SMS, 7:SMS+EMAIL, 14:CALL, 30:LETTER')
				""").param(UUID.randomUUID()).param(tenant.digibank().value()).update();
	}
}
