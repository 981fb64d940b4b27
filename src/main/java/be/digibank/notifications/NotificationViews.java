package be.digibank.notifications;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Read models of the notifications pages (public only because the compiled page templates live in another package). */
public final class NotificationViews {

	private NotificationViews() {
	}

	/**
	 * A message of the outbox on a page. The reason is a message key with an optional detail (e.g. the gateway's status).
	 *
	 * @param channel
	 *            SMS, EMAIL, LETTER or NONE
	 */
	public record MessageRow(UUID id, String reference, String template, String channel, MessageStatus status, String reasonKey,
			String reasonDetail, int attempts, Instant createdAt, Instant dueAt, @Nullable Instant sentAt, String text) {

		static MessageRow of(SentMessage message) {
			String reason = message.reason();
			int colon = reason.indexOf(':');
			return new MessageRow(message.id(), message.reference(), message.template(),
					message.channel() == null ? "NONE" : message.channel().name(),
					message.status(), colon < 0 ? reason : reason.substring(0, colon), colon < 0 ? "" : reason.substring(colon + 1),
					message.attempts(),
					message.createdAt(), message.dueAt(), message.sentAt(), message.text());
		}

		public boolean hasReason() {
			return !reasonKey.isEmpty();
		}

		public boolean retryable() {
			return status == MessageStatus.FAILED;
		}
	}

	/** A letter ready to print. {@code address} holds the lines of the post address. */
	public record Letter(UUID id, String name, List<String> address, String language, String text) {

		public List<String> paragraphs() {
			return Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
		}
	}

	/** A template in one language, and whether the digibank worded it itself. */
	public record TemplateRow(String key, String language, boolean own) {
	}

	/** The wording filled with example values, as the person would receive it. */
	public record Preview(String smsText, String emailSubject, String emailBody, String letterBody) {

		public int smsLength() {
			return smsText.length();
		}

		public boolean smsTooLong() {
			return smsText.length() > MessageTemplate.SMS_LIMIT;
		}
	}

	/** Whether the channels can send, without any secret. */
	public record ChannelSetup(boolean smsConfigured, String smsSender, boolean mailConfigured, String mailFrom) {
	}

	/** The person's wishes as the form shows them. */
	public record PersonPreference(List<String> channels, boolean optionalOptOut) {
	}
}
