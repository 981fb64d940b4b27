package be.digibank.audit;

import be.digibank.shared.DigibankId;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A search of the audit trail. {@code digibank} null means all digibanks (platform administrators only); every other
 * filter is optional. Dates are Belgian calendar days, both ends included.
 */
public record AuditQuery(@Nullable DigibankId digibank, @Nullable String recordType, @Nullable String recordId,
		@Nullable String actor, @Nullable AuditAction action, @Nullable LocalDate from, @Nullable LocalDate to) {
}
