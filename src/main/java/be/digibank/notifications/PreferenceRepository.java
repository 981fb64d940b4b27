package be.digibank.notifications;

import be.digibank.shared.DigibankId;
import be.digibank.shared.NoticeChannel;
import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of what a digibank and its persons chose: templates, channel preferences and quiet hours. */
@Repository
class PreferenceRepository {

	private final JdbcClient jdbc;

	PreferenceRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A person's wishes; no row means: channels from the contact data, optional messages welcome. */
	record Preference(Set<NoticeChannel> channels, boolean optionalOptOut) {

		static final Preference NONE = new Preference(Set.of(), false);

		Preference {
			channels = channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
		}
	}

	Preference preference(DigibankId digibank, UUID person) {
		return jdbc.sql("select channels, optional_opt_out from notifications.person_preference where digibank_id = ? and person_id = ?")
				.param(digibank.value()).param(person).query((rs, row) -> {
					Array array = rs.getArray(1);
					String[] names = array == null ? new String[0] : (String[]) array.getArray();
					return new Preference(Set.copyOf(Arrays.stream(names).map(NoticeChannel::valueOf).toList()), rs.getBoolean(2));
				}).optional().orElse(Preference.NONE);
	}

	void savePreference(DigibankId digibank, UUID person, Preference preference, @Nullable UUID by, Instant at) {
		String[] channels = preference.channels().stream().sorted().map(Enum::name).toArray(String[]::new);
		jdbc.sql("""
				insert into notifications.person_preference (digibank_id, person_id, channels, optional_opt_out, changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (digibank_id, person_id) do update
				set channels = excluded.channels, optional_opt_out = excluded.optional_opt_out, changed_by = excluded.changed_by,
				    changed_at = excluded.changed_at
				""").param(digibank.value()).param(person).param(channels).param(preference.optionalOptOut()).param(by).param(Timestamp.from(at))
				.update();
	}

	QuietHours quietHours(DigibankId digibank) {
		return jdbc.sql("select quiet_from, quiet_until from notifications.digibank_setting where digibank_id = ?").param(digibank.value())
				.query((rs, row) -> new QuietHours(rs.getObject(1, LocalTime.class), rs.getObject(2, LocalTime.class))).optional()
				.orElse(QuietHours.DEFAULT);
	}

	void saveQuietHours(DigibankId digibank, QuietHours hours, @Nullable UUID by, Instant at) {
		jdbc.sql(
				"""
						insert into notifications.digibank_setting (digibank_id, quiet_from, quiet_until, changed_by, changed_at) values (?, ?, ?, ?, ?)
						on conflict (digibank_id) do update
						set quiet_from = excluded.quiet_from, quiet_until = excluded.quiet_until, changed_by = excluded.changed_by, changed_at = excluded.changed_at
						""")
				.param(digibank.value()).param(hours.from()).param(hours.until()).param(by).param(Timestamp.from(at)).update();
	}

	Optional<MessageTemplate> template(DigibankId digibank, String key, String language) {
		return jdbc.sql("""
				select sms_text, email_subject, email_body, letter_body from notifications.message_template
				where digibank_id = ? and template_key = ? and language = ?
				""").param(digibank.value()).param(key).param(language)
				.query((rs, row) -> new MessageTemplate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).optional();
	}

	/** The templates the digibank worded itself, as "key/language". */
	List<String> ownTemplates(DigibankId digibank) {
		return jdbc.sql("select template_key || '/' || language from notifications.message_template where digibank_id = ?").param(digibank.value())
				.query(String.class).list();
	}

	void saveTemplate(DigibankId digibank, String key, String language, MessageTemplate template, @Nullable UUID by, Instant at) {
		jdbc.sql("""
				insert into notifications.message_template (digibank_id, template_key, language, sms_text, email_subject, email_body, letter_body,
				    changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (digibank_id, template_key, language) do update
				set sms_text = excluded.sms_text, email_subject = excluded.email_subject, email_body = excluded.email_body,
				    letter_body = excluded.letter_body, changed_by = excluded.changed_by, changed_at = excluded.changed_at
				""").param(digibank.value()).param(key).param(language).param(template.smsText()).param(template.emailSubject())
				.param(template.emailBody()).param(template.letterBody()).param(by).param(Timestamp.from(at)).update();
	}

	boolean deleteTemplate(DigibankId digibank, String key, String language) {
		return jdbc.sql("delete from notifications.message_template where digibank_id = ? and template_key = ? and language = ?")
				.param(digibank.value()).param(key).param(language).update() == 1;
	}
}
