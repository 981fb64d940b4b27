package be.digibank.notifications;

import be.digibank.shared.DigibankId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the notifications module. To send a message, publish a
 * {@link be.digibank.shared.PersonNotice} in your own transaction instead.
 */
@Service
public class Notifications {

	private final OutboxRepository outbox;
	private final Dispatcher dispatcher;

	Notifications(OutboxRepository outbox, Dispatcher dispatcher) {
		this.outbox = outbox;
		this.dispatcher = dispatcher;
	}

	/** The messages for a person in this digibank, newest first (at most 200). */
	@Transactional(readOnly = true)
	public List<SentMessage> sentTo(DigibankId digibank, UUID person) {
		return outbox.ofPerson(digibank, person, 200).stream().map(OutboxRepository.OutboxMessage::sent).toList();
	}

	/**
	 * Sends the SMS and e-mails that are due now (by the application's clock), as the scheduled job does every minute;
	 * returns how many messages were handled. For tests and for a "send now" button.
	 */
	public int dispatchDue() {
		return dispatcher.dispatchDue();
	}
}
