package be.digibank.notifications;

import be.digibank.shared.security.Actor;
import be.digibank.shared.security.Permission;
import be.digibank.shared.web.NextAction;
import be.digibank.shared.web.NextActions;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Messages that need a person: failed ones to look at, letters to print and post. */
@Component
class NotificationNextActions implements NextActions {

	private final JdbcClient jdbc;

	NotificationNextActions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<NextAction> waitingFor(Actor actor) {
		if (actor.digibankId() == null || !actor.can(Permission.NOTIFICATION_HANDLE)) {
			return List.of();
		}
		long failed = count(actor, "FAILED");
		long letters = count(actor, "TO_PRINT");
		return List.of(new NextAction("notifications.next.failed", failed, "/notifications?status=FAILED", 20),
				new NextAction("notifications.next.letters", letters, "/notifications/letters", 30));
	}

	private long count(Actor actor, String status) {
		return jdbc.sql("select count(*) from notifications.outbox_message where digibank_id = ? and status = ?").param(actor.tenant().value())
				.param(status).query(Long.class).single();
	}
}
