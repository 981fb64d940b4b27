package be.digibank.audit;

import be.digibank.shared.DigibankId;
import be.digibank.shared.security.Actor;
import be.digibank.shared.security.CurrentActor;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
		record(actor, digibank, List.of(new Line(action, recordType, recordId, summary)));
	}

	/** One line to record: what happened to which record. */
	public record Line(AuditAction action, String recordType, Object recordId, String summary) {
	}

	/**
	 * Records several lines of one change by the same actor (a device lent and the loan started) in one multi-row insert:
	 * the same entries as one {@link #record} call each, one round trip to the database instead of several.
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(@Nullable Actor actor, @Nullable DigibankId digibank, List<Line> lines) {
		if (lines.isEmpty()) {
			return;
		}
		StringBuilder sql = new StringBuilder(
				"insert into audit.audit_entry (occurred_at, digibank_id, actor_id, actor_name, actor_partner_id, action, record_type, record_id, summary, remote_address) values ");
		List<@Nullable Object> values = new ArrayList<>(lines.size() * 10);
		Timestamp now = Timestamp.from(clock.instant());
		String remoteAddress = remoteAddress();
		for (Line line : lines) {
			sql.append(values.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
			values.add(now);
			values.add(digibank == null ? null : digibank.value());
			values.add(actor == null ? null : actor.accountId().value());
			values.add(actor == null ? "" : actor.displayName());
			values.add(actor == null || actor.partnerId() == null ? null : actor.partnerId().value());
			values.add(line.action().name());
			values.add(line.recordType());
			values.add(String.valueOf(line.recordId()));
			values.add(line.summary().length() > 500 ? line.summary().substring(0, 500) : line.summary());
			values.add(remoteAddress);
		}
		jdbc.sql(sql.toString()).params(values).update();
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return "";
	}
}
