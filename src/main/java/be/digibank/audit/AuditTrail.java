package be.digibank.audit;

import be.digibank.shared.DigibankId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import java.sql.Timestamp;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit entries. An entry joins the caller's transaction, so a change and its entry are saved together or not at
 * all.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;
	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records what the signed-in actor did to a record of their digibank. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(AuditAction action, String recordType, Object recordId, String summary) {
		Actor actor = CurrentActor.find().orElse(null);
		record(actor, actor == null ? null : actor.digibankId(), action, recordType, recordId, summary);
	}

	/**
	 * Records an action of a known actor (or of nobody yet, as for a failed sign-in).
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(@Nullable Actor actor, @Nullable DigibankId digibank, AuditAction action, String recordType,
			Object recordId, String summary) {
		jdbc.sql(
				"""
						insert into audit.audit_entry (occurred_at, digibank_id, actor_id, actor_name, actor_partner_id, action, record_type, record_id, summary, remote_address)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""")
				.param(Timestamp.from(clock.instant())).param(digibank == null ? null : digibank.value())
				.param(actor == null ? null : actor.accountId().value()).param(actor == null ? "" : actor.displayName())
				.param(actor == null || actor.partnerId() == null ? null : actor.partnerId().value())
				.param(action.name()).param(recordType).param(String.valueOf(recordId))
				.param(summary.length() > 500 ? summary.substring(0, 500) : summary).param(remoteAddress()).update();
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return "";
	}
}
