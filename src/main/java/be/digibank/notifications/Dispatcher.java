package be.digibank.notifications;

import be.digibank.notifications.OutboxRepository.OutboxMessage;
import be.digibank.people.PeopleRegister;
import be.digibank.people.PersonContact;
import be.digibank.people.PersonId;
import be.digibank.shared.NoticeChannel;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works off the outbox: every due SMS and e-mail is claimed with {@code FOR UPDATE SKIP LOCKED} (so several instances
 * of the application never send the same message), deferred to the end of the digibank's quiet hours, rendered in the
 * person's language from the template in force now, and sent. A failed attempt is retried after 1×, 2×, 4×, … the first
 * wait until the last attempt marks it FAILED. Letters are not sent here: they wait for the next printed batch.
 */
@Configuration
@EnableScheduling
class Dispatcher {

	static final String QUIET_HOURS = "notifications.reason.quietHours";
	static final String NOT_CONFIGURED = "notifications.reason.notConfigured";

	private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

	private final OutboxRepository outbox;
	private final PreferenceRepository preferences;
	private final Templates templates;
	private final PeopleRegister people;
	private final SmsGateway sms;
	private final EmailChannel email;
	private final TransactionTemplate transactions;
	private final NotificationsProperties.Dispatch settings;
	private final Clock clock;
	private final MeterRegistry meters;

	Dispatcher(OutboxRepository outbox, PreferenceRepository preferences, Templates templates, PeopleRegister people, SmsGateway sms,
			EmailChannel email, TransactionTemplate transactions, NotificationsProperties properties, Clock clock, MeterRegistry meters) {
		this.outbox = outbox;
		this.preferences = preferences;
		this.templates = templates;
		this.people = people;
		this.sms = sms;
		this.email = email;
		this.transactions = transactions;
		this.settings = properties.dispatching();
		this.clock = clock;
		this.meters = meters;
	}

	@Scheduled(fixedDelayString = "${digibank.notifications.dispatch.interval:PT1M}", initialDelayString = "${digibank.notifications.dispatch.interval:PT1M}")
	void scheduled() {
		if (settings.runs()) {
			int handled = dispatchDue();
			if (handled > 0) {
				LOG.info("outbox: {} messages handled", handled);
			}
		}
	}

	/** Handles the messages due now, at most one batch; returns how many were sent, deferred, retried or skipped. */
	int dispatchDue() {
		Set<NoticeChannel> ready = EnumSet.noneOf(NoticeChannel.class);
		if (sms.configured()) {
			ready.add(NoticeChannel.SMS);
		} else {
			transactions.executeWithoutResult(status -> outbox.explainWaiting(NoticeChannel.SMS, NOT_CONFIGURED));
		}
		if (email.configured()) {
			ready.add(NoticeChannel.EMAIL);
		} else {
			transactions.executeWithoutResult(status -> outbox.explainWaiting(NoticeChannel.EMAIL, NOT_CONFIGURED));
		}
		Instant now = clock.instant();
		int handled = 0;
		while (handled < settings.batch()) {
			Boolean one = transactions.execute(status -> outbox.claimNextDue(now, ready).map(message -> {
				deliver(message, now);
				return true;
			}).orElse(false));
			if (!Boolean.TRUE.equals(one)) {
				break;
			}
			handled++;
		}
		return handled;
	}

	private void deliver(OutboxMessage message, Instant now) {
		Instant sendable = preferences.quietHours(message.digibankId()).sendableFrom(now);
		if (sendable.isAfter(now)) {
			outbox.defer(message.id(), sendable, QUIET_HOURS);
			count(message.channel(), "deferred");
			return;
		}
		Optional<PersonContact> found = people.contact(message.digibankId(), new PersonId(message.personId()));
		NoticeChannel channel = message.channel();
		if (found.isEmpty() || channel == null) {
			outbox.skip(message.id(), ChannelChoice.UNKNOWN_PERSON);
			return;
		}
		PersonContact contact = found.get();
		String missing = ChannelChoice.missingContactData(channel, contact);
		if (contact.noContact() || missing != null) {
			outbox.skip(message.id(), contact.noContact() ? ChannelChoice.NO_CONTACT : missing);
			return;
		}
		String language = TemplateCatalogue.language(contact.language());
		MessageTemplate text = templates.filled(message.digibankId(), message.templateKey(), language, message.values());
		Delivery delivery = channel == NoticeChannel.SMS
				? sms.send(contact.phone(), text.smsText(), message.reference())
				: email.send(contact.email(), text.emailSubject(), text.emailBody());
		count(channel, delivery.sent() ? "sent" : "failed");
		if (delivery.sent()) {
			outbox.markSent(message.id(), MessageStatus.SENT, language, channel == NoticeChannel.EMAIL ? text.emailSubject() : null,
					channel == NoticeChannel.SMS ? text.smsText() : text.emailBody(), now);
			return;
		}
		int attempts = message.attempts() + 1;
		boolean last = attempts >= settings.attempts();
		outbox.markAttemptFailed(message.id(), attempts, last, last ? message.dueAt() : now.plus(settings.backoff(attempts)), delivery.reason());
		LOG.warn("outbox: {} message {} attempt {} failed: {}", channel, message.id(), attempts, delivery.reason());
	}

	/** Attempts per channel and outcome, for the operators' dashboards (a failing gateway shows as a rising "failed"). */
	private void count(@Nullable NoticeChannel channel, String outcome) {
		meters.counter("digibank.notifications.attempts", "channel", channel == null ? "NONE" : channel.name(), "outcome", outcome).increment();
	}
}
