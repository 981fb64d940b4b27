package be.digibank.audit;

import java.time.ZonedDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the audit trail, read-only, with its time in Belgian wall-clock time. */
public record AuditEntry(long id, ZonedDateTime occurredAt, @Nullable UUID digibankId, @Nullable UUID actorId,
		String actorName, @Nullable UUID actorPartnerId, AuditAction action, String recordType, String recordId,
		String summary, String remoteAddress) {
}
