package be.digibank.notifications;

import be.digibank.audit.AuditAction;
import be.digibank.audit.AuditTrail;
import be.digibank.notifications.NotificationViews.Letter;
import be.digibank.notifications.NotificationViews.TemplateRow;
import be.digibank.notifications.OutboxRepository.OutboxMessage;
import be.digibank.notifications.PreferenceRepository.Preference;
import be.digibank.people.PeopleRegister;
import be.digibank.people.PersonContact;
import be.digibank.people.PersonId;
import be.digibank.shared.ConflictException;
import be.digibank.shared.NotFoundException;
import be.digibank.shared.NoticeChannel;
import be.digibank.shared.PersonNotice;
import be.digibank.shared.PersonNotice.Importance;
import be.digibank.shared.security.Actor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What staff do with messages, always within the actor's own digibank and audited. */
@Service
class NotificationDesk {

	static final int PAGE_SIZE = 200;

	private final OutboxRepository outbox;
	private final PreferenceRepository preferences;
	private final TemplateCatalogue catalogue;
	private final Templates templates;
	private final LetterBatch letters;
	private final PeopleRegister people;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	NotificationDesk(OutboxRepository outbox, PreferenceRepository preferences, TemplateCatalogue catalogue, Templates templates, LetterBatch letters,
			PeopleRegister people, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.outbox = outbox;
		this.preferences = preferences;
		this.catalogue = catalogue;
		this.templates = templates;
		this.letters = letters;
		this.people = people;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<SentMessage> outbox(Actor actor, @Nullable MessageStatus status, @Nullable NoticeChannel channel) {
		return outbox.list(actor.tenant(), status, channel, PAGE_SIZE).stream().map(OutboxMessage::sent).toList();
	}

	@Transactional(readOnly = true)
	Map<MessageStatus, Integer> counts(Actor actor) {
		return outbox.countsByStatus(actor.tenant());
	}

	/** Staff saw why a message failed and fixed it (a phone number, the gateway): it goes out again with fresh attempts. */
	@Transactional
	void retry(Actor actor, UUID id) {
		OutboxMessage message = outbox.find(actor.tenant(), id).orElseThrow(NotFoundException::new);
		if (!outbox.retry(actor.tenant(), id, clock.instant())) {
			throw new ConflictException("notifications.retry.notFailed");
		}
		audit.record(AuditAction.CHANGE, "OutboxMessage", id, "retry " + message.channel() + " " + message.templateKey());
	}

	@Transactional(readOnly = true)
	List<Letter> letters(Actor actor) {
		return letters.letters(actor.tenant());
	}

	/** The batch as a PDF; names and addresses leave the application on paper, so the download is audited. */
	@Transactional
	byte[] letterBatch(Actor actor) {
		List<Letter> batch = letters.letters(actor.tenant());
		if (batch.isEmpty()) {
			throw new NotFoundException();
		}
		audit.record(AuditAction.EXPORT, "LetterBatch", actor.tenant(), batch.size() + " letters");
		return letters.pdf(batch);
	}

	/**
	 * Marks the letters of a printed batch: each keeps the text it was printed with. A letter already marked (by a
	 * colleague, or in a second tab) is left alone; returns how many were marked now.
	 */
	@Transactional
	int markPrinted(Actor actor, List<UUID> ids) {
		int marked = 0;
		for (UUID id : ids) {
			Optional<OutboxMessage> letter = outbox.letterToPrintForUpdate(actor.tenant(), id);
			if (letter.isEmpty()) {
				continue;
			}
			Optional<Letter> printed = letters.letter(letter.get());
			if (printed.isEmpty()) {
				outbox.skip(id, "notifications.reason.noAddress");
				continue;
			}
			outbox.markSent(id, MessageStatus.PRINTED, printed.get().language(), null, printed.get().text(), clock.instant());
			marked++;
		}
		audit.record(AuditAction.CHANGE, "LetterBatch", actor.tenant(), marked + " letters printed");
		return marked;
	}

	@Transactional(readOnly = true)
	List<TemplateRow> templates(Actor actor) {
		List<String> own = preferences.ownTemplates(actor.tenant());
		List<TemplateRow> rows = new ArrayList<>();
		for (String key : catalogue.keys()) {
			for (String language : TemplateCatalogue.LANGUAGES) {
				rows.add(new TemplateRow(key, language, own.contains(key + "/" + language)));
			}
		}
		return rows;
	}

	@Transactional(readOnly = true)
	MessageTemplate template(Actor actor, String key, String language) {
		return templates.current(actor.tenant(), key, language);
	}

	@Transactional(readOnly = true)
	boolean ownTemplate(Actor actor, String key, String language) {
		return preferences.template(actor.tenant(), key, language).isPresent();
	}

	/** Saves the digibank's wording; the caller checked it (placeholders, SMS length). */
	@Transactional
	void saveTemplate(Actor actor, String key, String language, MessageTemplate template) {
		preferences.saveTemplate(actor.tenant(), key, language, template, actor.accountId().value(), clock.instant());
		audit.record(AuditAction.CHANGE, "MessageTemplate", key + "/" + language, "wording changed");
	}

	@Transactional
	boolean resetTemplate(Actor actor, String key, String language) {
		boolean reset = preferences.deleteTemplate(actor.tenant(), key, language);
		if (reset) {
			audit.record(AuditAction.CHANGE, "MessageTemplate", key + "/" + language, "back to the default wording");
		}
		return reset;
	}

	@Transactional(readOnly = true)
	QuietHours quietHours(Actor actor) {
		return preferences.quietHours(actor.tenant());
	}

	@Transactional
	void saveQuietHours(Actor actor, QuietHours hours) {
		preferences.saveQuietHours(actor.tenant(), hours, actor.accountId().value(), clock.instant());
		audit.record(AuditAction.CHANGE, "NotificationSettings", actor.tenant(), "quiet hours " + hours.from() + "–" + hours.until());
	}

	/** The person of this digibank, or 404. */
	@Transactional(readOnly = true)
	PersonContact person(Actor actor, UUID person) {
		return people.contact(actor.tenant(), new PersonId(person)).orElseThrow(NotFoundException::new);
	}

	/** The messages to a person and their wishes: part of the person's record, so the view is audited. */
	@Transactional
	List<SentMessage> messagesOf(Actor actor, UUID person) {
		person(actor, person);
		audit.record(AuditAction.VIEW, "Person", new PersonId(person), "messages");
		return outbox.ofPerson(actor.tenant(), person, PAGE_SIZE).stream().map(OutboxMessage::sent).toList();
	}

	@Transactional(readOnly = true)
	Preference preference(Actor actor, UUID person) {
		return preferences.preference(actor.tenant(), person);
	}

	@Transactional
	void savePreference(Actor actor, UUID person, Preference preference) {
		person(actor, person);
		preferences.savePreference(actor.tenant(), person, preference, actor.accountId().value(), clock.instant());
		audit.record(AuditAction.CHANGE, "Person", new PersonId(person),
				"message channels " + (preference.channels().isEmpty() ? "from contact data" : preference.channels())
						+ (preference.optionalOptOut() ? ", no optional messages" : ""));
	}

	/** A message sent by hand from the counter goes through the same outbox as the automatic ones. */
	@Transactional
	void sendByHand(Actor actor, UUID person, String template, Set<NoticeChannel> channels, Importance importance, Map<String, String> values) {
		PersonContact contact = person(actor, person);
		String reference = "manual:" + UUID.randomUUID();
		Map<String, String> filled = new HashMap<>(values);
		filled.put("name", contact.displayName());
		events.publishEvent(new PersonNotice(actor.tenant(), person, template, filled, importance, channels, reference));
		audit.record(AuditAction.CREATE, "Person", new PersonId(person), "message sent by hand: " + template + " " + channels);
	}
}
