package be.digibank.notifications;

import be.digibank.shared.NoticeChannel;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message of the outbox as staff see it.
 *
 * @param channel
 *            empty when no channel could reach the person at all
 * @param reason
 *            why it was skipped, failed or is still waiting; empty otherwise
 * @param text
 *            the text as it was sent or printed; empty before that, because the wording is rendered at send time
 */
public record SentMessage(UUID id, String reference, String template, @Nullable NoticeChannel channel, MessageStatus status, String reason,
		int attempts, Instant createdAt, Instant dueAt, @Nullable Instant sentAt, String text) {
}
