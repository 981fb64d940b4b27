package be.digibank.notifications;

import be.digibank.people.PersonErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The text of a message holds the person's name and what they borrowed: when the person is erased, the outbox keeps
 * only that a message of which kind went out when (for the counts), and messages not sent yet are dropped.
 */
@Component
class MessageErasure {

	private final JdbcClient jdbc;

	MessageErasure(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(PersonErased erased) {
		jdbc.sql("update notifications.outbox_message set subject = null, body = null where digibank_id = ? and person_id = ?")
				.param(erased.digibankId().value()).param(erased.person().value()).update();
		jdbc.sql("""
				update notifications.outbox_message set status = 'SKIPPED', reason = 'notifications.reason.erased'
				where digibank_id = ? and person_id = ? and status in ('PENDING', 'FAILED', 'TO_PRINT')
				""").param(erased.digibankId().value()).param(erased.person().value()).update();
	}
}
