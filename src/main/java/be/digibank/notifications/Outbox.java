package be.digibank.notifications;

import be.digibank.notifications.ChannelChoice.Planned;
import be.digibank.people.PeopleRegister;
import be.digibank.people.PersonId;
import be.digibank.shared.PersonNotice;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a {@link PersonNotice} into outbox rows inside the publisher's transaction: the rows exist if and only if the
 * change that caused the notice commits. The wording is not rendered here but at send time, so a coordinator's later
 * correction of a template still applies.
 */
@Component
class Outbox {

	private final TemplateCatalogue catalogue;
	private final PeopleRegister people;
	private final OutboxRepository outbox;
	private final PreferenceRepository preferences;
	private final Clock clock;

	Outbox(TemplateCatalogue catalogue, PeopleRegister people, OutboxRepository outbox, PreferenceRepository preferences, Clock clock) {
		this.catalogue = catalogue;
		this.people = people;
		this.outbox = outbox;
		this.preferences = preferences;
		this.clock = clock;
	}

	/**
	 * A mistake of the publishing code (a template key or a value that does not exist) fails the publisher's transaction
	 * loudly instead of sending a broken message later. A repeated notice (same reference) adds nothing.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void on(PersonNotice notice) {
		check(notice);
		Instant now = clock.instant();
		List<Planned> planned = ChannelChoice.plan(notice, people.contact(notice.digibank(), new PersonId(notice.person())),
				preferences.preference(notice.digibank(), notice.person()));
		for (Planned row : planned) {
			outbox.insert(notice.digibank(), notice.person(), notice.reference(), row.channel(), notice.template(), notice.values(),
					notice.importance().name(), row.status(), row.reason(), now);
		}
	}

	private void check(PersonNotice notice) {
		if (!catalogue.knows(notice.template())) {
			throw new IllegalArgumentException("No message template '" + notice.template() + "'; known: " + catalogue.keys());
		}
		Set<String> missing = new TreeSet<>(catalogue.requiredOf(notice.template()));
		missing.removeAll(notice.values().keySet());
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("Notice " + notice.reference() + " lacks values for " + missing);
		}
		if (notice.reference().isBlank() || notice.reference().length() > 200) {
			throw new IllegalArgumentException("A notice needs a reference of 1 to 200 characters");
		}
	}
}
