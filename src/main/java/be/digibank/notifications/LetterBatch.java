package be.digibank.notifications;

import be.digibank.notifications.NotificationViews.Letter;
import be.digibank.notifications.OutboxRepository.OutboxMessage;
import be.digibank.people.PeopleRegister;
import be.digibank.people.PersonContact;
import be.digibank.people.PersonId;
import be.digibank.shared.DigibankId;
import be.digibank.shared.PdfDocument;
import be.digibank.shared.web.Ui;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The letters of a digibank that wait to be printed, as one PDF: one A4 page per letter, the person's name and post
 * address where the window of a DL/C5 envelope with a window on the left shows it (20 mm from the left, 50 mm from the
 * top), the text below in the person's language from the template in force at printing time.
 */
@Component
class LetterBatch {

	private final OutboxRepository outbox;
	private final Templates templates;
	private final PeopleRegister people;
	private final TemplateEngine engine;
	private final MessageSource messages;
	private final Clock clock;

	LetterBatch(OutboxRepository outbox, Templates templates, PeopleRegister people, TemplateEngine engine, MessageSource messages, Clock clock) {
		this.outbox = outbox;
		this.templates = templates;
		this.people = people;
		this.engine = engine;
		this.messages = messages;
		this.clock = clock;
	}

	/** The letters waiting, rendered now; a letter whose person can no longer be reached by post is left out. */
	List<Letter> letters(DigibankId digibank) {
		List<Letter> letters = new ArrayList<>();
		for (OutboxMessage message : outbox.lettersToPrint(digibank)) {
			letter(message).ifPresent(letters::add);
		}
		return letters;
	}

	Optional<Letter> letter(OutboxMessage message) {
		Optional<PersonContact> contact = people.contact(message.digibankId(), new PersonId(message.personId()));
		if (contact.isEmpty() || contact.get().address().isBlank() || contact.get().noContact()) {
			return Optional.empty();
		}
		String language = TemplateCatalogue.language(contact.get().language());
		MessageTemplate text = templates.filled(message.digibankId(), message.templateKey(), language, message.values());
		return Optional.of(new Letter(message.id(), contact.get().displayName(), addressLines(contact.get().address()), language, text.letterBody()));
	}

	/** An address typed on one line ("Markt 1, 3700 Tongeren") is printed on one line per part, as the post expects. */
	static List<String> addressLines(String address) {
		return Arrays.stream(address.split("\\s*(\\r?\\n|,)\\s*")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	byte[] pdf(List<Letter> letters) {
		LocalDate today = LocalDate.now(clock.withZone(QuietHours.BRUSSELS));
		List<Map<String, Object>> pages = new ArrayList<>();
		for (Letter letter : letters) {
			Ui ui = new Ui(messages, Locale.forLanguageTag(letter.language()), null, null, "", "", null);
			pages.add(Map.of("ui", ui, "letter", letter, "today", ui.date(today)));
		}
		StringOutput html = new StringOutput();
		engine.render("notifications/letterBatch.jte", Map.of("pages", pages), html);
		return PdfDocument.fromXhtml(html.toString());
	}
}
