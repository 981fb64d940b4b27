package be.digibank.notifications;

import be.digibank.shared.DigibankId;
import be.digibank.shared.NoticeChannel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL of the outbox. Every query of a page names the digibank; the dispatcher works across digibanks. */
@Repository
class OutboxRepository {

	private static final String COLUMNS = """
			id, digibank_id, person_id, reference, channel, template_key, template_values::text as template_values, importance, status, reason,
			attempts, due_at, created_at, sent_at, language, subject, body""";

	private final JdbcClient jdbc;
	private final JsonMapper json = JsonMapper.builder().build();

	OutboxRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A row of the outbox. {@code channel} is empty when no channel could reach the person. */
	record OutboxMessage(UUID id, DigibankId digibankId, UUID personId, String reference, @Nullable NoticeChannel channel, String templateKey,
			Map<String, String> values, String importance, MessageStatus status, String reason, int attempts, Instant dueAt, Instant createdAt,
			@Nullable Instant sentAt, @Nullable String language, @Nullable String subject, @Nullable String body) {

		SentMessage sent() {
			return new SentMessage(id, reference, templateKey, channel, status, reason, attempts, createdAt, dueAt, sentAt, body == null ? "" : body);
		}
	}

	/** Adds the message unless this notice already has one on this channel; true when added. */
	boolean insert(DigibankId digibank, UUID person, String reference, @Nullable NoticeChannel channel, String template,
			Map<String, String> values, String importance, MessageStatus status, String reason, Instant at) {
		return jdbc.sql("""
				insert into notifications.outbox_message (id, digibank_id, person_id, reference, channel, template_key, template_values, importance,
				    status, reason, due_at, created_at)
				values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?)
				on conflict (digibank_id, reference, channel) do nothing
				""").param(UUID.randomUUID()).param(digibank.value()).param(person).param(reference).param(channel == null ? "NONE" : channel.name())
				.param(template).param(json.writeValueAsString(values)).param(importance).param(status.name()).param(reason)
				.param(Timestamp.from(at)).param(Timestamp.from(at)).update() == 1;
	}

	/**
	 * The next message due on one of the channels, locked for this transaction; other instances skip it rather than wait,
	 * so two dispatchers never send the same message.
	 */
	Optional<OutboxMessage> claimNextDue(Instant now, Collection<NoticeChannel> channels) {
		if (channels.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("select " + COLUMNS + """
				 from notifications.outbox_message
				where status = 'PENDING' and due_at <= ? and channel = any(?)
				order by due_at limit 1 for update skip locked
				""").param(Timestamp.from(now)).param(channels.stream().map(Enum::name).toArray(String[]::new)).query(this::message).optional();
	}

	/** Pending messages of a channel that cannot be sent now say why (the channel is not configured). */
	int explainWaiting(NoticeChannel channel, String reason) {
		return jdbc.sql("update notifications.outbox_message set reason = ? where status = 'PENDING' and channel = ? and reason <> ?").param(reason)
				.param(channel.name()).param(reason).update();
	}

	void markSent(UUID id, MessageStatus status, String language, @Nullable String subject, String body, Instant at) {
		jdbc.sql("""
				update notifications.outbox_message set status = ?, reason = '', attempts = attempts + 1, sent_at = ?, language = ?, subject = ?,
				    body = ?, version = version + 1
				where id = ?
				""").param(status.name()).param(Timestamp.from(at)).param(language).param(subject).param(body).param(id).update();
	}

	void markAttemptFailed(UUID id, int attempts, boolean last, Instant nextAttempt, String reason) {
		jdbc.sql("""
				update notifications.outbox_message set status = ?, attempts = ?, due_at = ?, reason = ?, version = version + 1 where id = ?
				""").param(last ? MessageStatus.FAILED.name() : MessageStatus.PENDING.name()).param(attempts).param(Timestamp.from(nextAttempt))
				.param(reason).param(id).update();
	}

	void defer(UUID id, Instant until, String reason) {
		jdbc.sql("update notifications.outbox_message set due_at = ?, reason = ?, version = version + 1 where id = ?").param(Timestamp.from(until))
				.param(reason).param(id).update();
	}

	void skip(UUID id, String reason) {
		jdbc.sql("update notifications.outbox_message set status = 'SKIPPED', reason = ?, version = version + 1 where id = ?").param(reason)
				.param(id).update();
	}

	/** Puts a failed message back in the queue, due now, with a fresh set of attempts; false when it had not failed. */
	boolean retry(DigibankId digibank, UUID id, Instant now) {
		return jdbc.sql("""
				update notifications.outbox_message set status = 'PENDING', attempts = 0, due_at = ?, reason = '', version = version + 1
				where digibank_id = ? and id = ? and status = 'FAILED'
				""").param(Timestamp.from(now)).param(digibank.value()).param(id).update() == 1;
	}

	Optional<OutboxMessage> find(DigibankId digibank, UUID id) {
		return jdbc.sql("select " + COLUMNS + " from notifications.outbox_message where digibank_id = ? and id = ?").param(digibank.value())
				.param(id).query(this::message).optional();
	}

	/** The newest messages of the digibank, optionally of one status and one channel. */
	List<OutboxMessage> list(DigibankId digibank, @Nullable MessageStatus status, @Nullable NoticeChannel channel, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from notifications.outbox_message
				where digibank_id = ? and (cast(? as text) is null or status = ?) and (cast(? as text) is null or channel = ?)
				order by created_at desc, id limit ?
				""").param(digibank.value()).param(status == null ? null : status.name()).param(status == null ? null : status.name())
				.param(channel == null ? null : channel.name()).param(channel == null ? null : channel.name()).param(limit).query(this::message)
				.list();
	}

	Map<MessageStatus, Integer> countsByStatus(DigibankId digibank) {
		Map<MessageStatus, Integer> counts = new java.util.EnumMap<>(MessageStatus.class);
		jdbc.sql("select status, count(*) from notifications.outbox_message where digibank_id = ? group by status").param(digibank.value())
				.query((rs, row) -> counts.put(MessageStatus.valueOf(rs.getString(1)), rs.getInt(2))).list();
		return counts;
	}

	List<OutboxMessage> ofPerson(DigibankId digibank, UUID person, int limit) {
		return jdbc
				.sql("select " + COLUMNS
						+ " from notifications.outbox_message where digibank_id = ? and person_id = ? order by created_at desc, id limit ?")
				.param(digibank.value()).param(person).param(limit).query(this::message).list();
	}

	/** The letters waiting to be printed, oldest first. */
	List<OutboxMessage> lettersToPrint(DigibankId digibank) {
		return jdbc.sql("select " + COLUMNS + """
				 from notifications.outbox_message where digibank_id = ? and status = 'TO_PRINT' order by created_at, id
				""").param(digibank.value()).query(this::message).list();
	}

	/** Locks a letter that is still to be printed, so that two people marking the same batch print it once. */
	Optional<OutboxMessage> letterToPrintForUpdate(DigibankId digibank, UUID id) {
		return jdbc
				.sql("select " + COLUMNS + " from notifications.outbox_message where digibank_id = ? and id = ? and status = 'TO_PRINT' for update")
				.param(digibank.value()).param(id).query(this::message).optional();
	}

	private OutboxMessage message(ResultSet rs, int row) throws SQLException {
		String channel = rs.getString("channel");
		Timestamp sent = rs.getTimestamp("sent_at");
		return new OutboxMessage(rs.getObject("id", UUID.class), new DigibankId(rs.getObject("digibank_id", UUID.class)),
				rs.getObject("person_id", UUID.class), rs.getString("reference"), "NONE".equals(channel) ? null : NoticeChannel.valueOf(channel),
				rs.getString("template_key"), json.readValue(rs.getString("template_values"), new TypeReference<Map<String, String>>() {
				}), rs.getString("importance"), MessageStatus.valueOf(rs.getString("status")), rs.getString("reason"), rs.getInt("attempts"),
				rs.getTimestamp("due_at").toInstant(), rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant(),
				rs.getString("language"), rs.getString("subject"), rs.getString("body"));
	}
}
