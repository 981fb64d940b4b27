package be.digibank.notifications;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the notifications module ({@code digibank.notifications.*}). SMS and e-mail stay off until they are
 * configured: their messages then wait in the outbox with a visible reason instead of failing.
 *
 * @param sms
 *            the HTTP gateway that sends text messages
 * @param mail
 *            the sender of e-mails (the SMTP server itself is Spring's {@code spring.mail.*})
 * @param dispatch
 *            how often and how persistently the outbox is worked off
 */
@ConfigurationProperties("digibank.notifications")
record NotificationsProperties(@Nullable Sms sms, @Nullable Mail mail, @Nullable Dispatch dispatch) {

	Sms smsGateway() {
		return sms == null ? new Sms(null, null, null) : sms;
	}

	String mailFrom() {
		return mail == null || mail.from() == null || mail.from().isBlank() ? "digibank@localhost" : mail.from();
	}

	Dispatch dispatching() {
		return dispatch == null ? new Dispatch(null, null, null, null) : dispatch;
	}

	/**
	 * A provider-agnostic SMS gateway: a JSON POST to {@code url} with the {@code token} as bearer token.
	 *
	 * @param sender
	 *            the sender name or number shown on the phone (the gateway may require a registered one)
	 */
	record Sms(@Nullable String url, @Nullable String token, @Nullable String sender) {

		boolean configured() {
			return url != null && !url.isBlank();
		}

		String from() {
			return sender == null || sender.isBlank() ? "Digibank" : sender;
		}
	}

	record Mail(@Nullable String from) {
	}

	/**
	 * @param enabled
	 *            whether the scheduled job runs (tests call {@link Notifications#dispatchDue()} themselves)
	 * @param maxAttempts
	 *            attempts of an SMS or e-mail before it is FAILED (default 5)
	 * @param firstRetry
	 *            the wait after the first failed attempt; it doubles after every next one (default 5 minutes)
	 * @param batchSize
	 *            messages sent per run at most (default 200)
	 */
	record Dispatch(@Nullable Boolean enabled, @Nullable Integer maxAttempts, @Nullable Duration firstRetry, @Nullable Integer batchSize) {

		boolean runs() {
			return enabled == null || enabled;
		}

		int attempts() {
			return maxAttempts == null ? 5 : maxAttempts;
		}

		Duration retry() {
			return firstRetry == null ? Duration.ofMinutes(5) : firstRetry;
		}

		int batch() {
			return batchSize == null ? 200 : batchSize;
		}

		/** The wait before the next attempt after {@code attempts} failed ones: 1×, 2×, 4×, … the first wait. */
		Duration backoff(int attempts) {
			return retry().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
		}
	}
}
