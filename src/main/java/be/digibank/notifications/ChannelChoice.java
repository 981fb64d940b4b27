package be.digibank.notifications;

import be.digibank.notifications.PreferenceRepository.Preference;
import be.digibank.people.PersonContact;
import be.digibank.shared.NoticeChannel;
import be.digibank.shared.PersonNotice;
import be.digibank.shared.PersonNotice.Importance;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which channels a notice goes out on, and which of them cannot be used and why. The notice's own channels come first,
 * then the person's preference, then what the contact data allows: a phone number means SMS, else an e-mail address
 * means e-mail, else a post address means a letter.
 */
final class ChannelChoice {

	static final String UNKNOWN_PERSON = "notifications.reason.unknownPerson";
	static final String NO_CONTACT = "notifications.reason.noContact";
	static final String NO_CHANNEL = "notifications.reason.noChannel";
	static final String OPTED_OUT = "notifications.reason.optedOut";

	private ChannelChoice() {
	}

	/** One outbox row to write: the channel (null: none possible), its first status and the reason of a skip. */
	record Planned(@Nullable NoticeChannel channel, MessageStatus status, String reason) {
	}

	static List<Planned> plan(PersonNotice notice, Optional<PersonContact> found, Preference preference) {
		if (found.isEmpty()) {
			return List.of(new Planned(null, MessageStatus.SKIPPED, UNKNOWN_PERSON));
		}
		PersonContact contact = found.get();
		Set<NoticeChannel> channels = !notice.channels().isEmpty()
				? notice.channels()
				: !preference.channels().isEmpty() ? preference.channels() : fromContactData(contact);
		if (channels.isEmpty()) {
			return List.of(new Planned(null, MessageStatus.SKIPPED, contact.noContact() ? NO_CONTACT : NO_CHANNEL));
		}
		List<Planned> planned = new ArrayList<>();
		for (NoticeChannel channel : EnumSet.copyOf(channels)) {
			planned.add(plan(channel, notice.importance(), contact, preference));
		}
		return planned;
	}

	private static Planned plan(NoticeChannel channel, Importance importance, PersonContact contact, Preference preference) {
		if (contact.noContact()) {
			return new Planned(channel, MessageStatus.SKIPPED, NO_CONTACT);
		}
		if (importance == Importance.OPTIONAL && preference.optionalOptOut()) {
			return new Planned(channel, MessageStatus.SKIPPED, OPTED_OUT);
		}
		String missing = missingContactData(channel, contact);
		if (missing != null) {
			return new Planned(channel, MessageStatus.SKIPPED, missing);
		}
		return new Planned(channel, channel == NoticeChannel.LETTER ? MessageStatus.TO_PRINT : MessageStatus.PENDING, "");
	}

	static Set<NoticeChannel> fromContactData(PersonContact contact) {
		if (!contact.phone().isBlank()) {
			return Set.of(NoticeChannel.SMS);
		}
		if (!contact.email().isBlank()) {
			return Set.of(NoticeChannel.EMAIL);
		}
		if (!contact.address().isBlank()) {
			return Set.of(NoticeChannel.LETTER);
		}
		return Set.of();
	}

	/** The reason a channel cannot reach the person, or null when it can. */
	static @Nullable String missingContactData(NoticeChannel channel, PersonContact contact) {
		return switch (channel) {
			case SMS -> contact.phone().isBlank() ? "notifications.reason.noPhone" : null;
			case EMAIL -> contact.email().isBlank() ? "notifications.reason.noEmail" : null;
			case LETTER -> contact.address().isBlank() ? "notifications.reason.noAddress" : null;
		};
	}
}
