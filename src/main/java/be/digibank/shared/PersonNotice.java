package be.digibank.shared;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A message that should reach a person (a reminder, an offer, a confirmation). Any module publishes it inside the
 * transaction of the change that causes it; the notifications module turns it into outbox entries in that same
 * transaction, so a notice goes out if and only if the change commits. The wording comes from the digibank's template
 * for {@code template} in the person's language, filled with {@code values}.
 *
 * @param person
 *            the person's ID in the people register
 * @param template
 *            the template key, e.g. {@code lending.due-soon}
 * @param values
 *            placeholder values, e.g. {@code device → Lenovo T480 (DB-00042)}
 * @param importance
 *            optional notices respect a person's opt-out; essential ones (about a loan they hold) do not
 * @param channels
 *            the channels to use; empty means the person's own preference
 * @param reference
 *            what the notice is about, unique per notice (e.g. {@code loan:<id>:overdue:7}), so that a repeated job
 *            never sends the same notice twice
 */
public record PersonNotice(DigibankId digibank, UUID person, String template, Map<String, String> values, Importance importance,
		Set<NoticeChannel> channels, String reference) {

	public PersonNotice {
		values = Map.copyOf(values);
		channels = Set.copyOf(channels);
	}

	/** Whether a person may opt out of a notice. */
	public enum Importance {
		ESSENTIAL, OPTIONAL
	}
}
