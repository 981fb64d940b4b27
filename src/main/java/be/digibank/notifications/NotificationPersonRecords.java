package be.digibank.notifications;

import be.digibank.shared.DigibankId;
import be.digibank.shared.PersonRecords;
import be.digibank.shared.PersonRecords.Entry;
import be.digibank.shared.PersonRecords.Field;
import be.digibank.shared.PersonRecords.Section;
import java.sql.Array;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What notifications holds about a person, for the subject-access export: every message sent, queued, failed or skipped
 * (channel, kind, status, dates and the text as sent) and the person's wishes about channels.
 */
@Component
class NotificationPersonRecords implements PersonRecords {

	private final JdbcClient jdbc;
	private final MessageSource messages;

	NotificationPersonRecords(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Section> recordsOf(DigibankId digibank, UUID person, Locale locale) {
		List<Entry> sent = jdbc.sql("""
				select created_at, sent_at, channel, template_key, status, reason, subject, body from notifications.outbox_message
				where digibank_id = ? and person_id = ? order by created_at, channel
				""").param(digibank.value()).param(person).query((rs, row) -> {
			Timestamp sentAt = rs.getTimestamp("sent_at");
			String reason = rs.getString("reason");
			return Entry.of(Field.moment("notifications.records.createdAt", rs.getTimestamp("created_at").toInstant(), locale),
					Field.of("notifications.records.channel", t("notifications.channel." + rs.getString("channel"), locale)),
					Field.of("notifications.records.template", t("notifications.template." + rs.getString("template_key"), locale)),
					Field.of("notifications.records.status", t("notifications.status." + rs.getString("status"), locale)),
					Field.moment("notifications.records.sentAt", sentAt == null ? null : sentAt.toInstant(), locale),
					Field.of("notifications.records.reason", reason.startsWith("notifications.reason.") ? t(reason, locale) : reason),
					Field.of("notifications.records.subject", rs.getString("subject")), Field.of("notifications.records.body", rs.getString("body")));
		}).list();
		List<Entry> wishes = jdbc.sql("""
				select channels, optional_opt_out, changed_at from notifications.person_preference where digibank_id = ? and person_id = ?
				""").param(digibank.value()).param(person).query((rs, row) -> {
			Array channels = rs.getArray("channels");
			String chosen = Arrays.stream((String[]) channels.getArray()).map(channel -> t("notifications.channel." + channel, locale))
					.collect(Collectors.joining(", "));
			return Entry.of(
					Field.of("notifications.records.channels", chosen.isEmpty() ? t("notifications.records.channelsFromContact", locale) : chosen),
					Field.of("notifications.records.optionalOptOut", t(rs.getBoolean("optional_opt_out") ? "people.yes" : "people.no", locale)),
					Field.moment("notifications.records.changedAt", rs.getTimestamp("changed_at").toInstant(), locale));
		}).list();
		return List.of(new Section("notifications.records.messages", 200, sent), new Section("notifications.records.preference", 210, wishes));
	}

	private String t(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
