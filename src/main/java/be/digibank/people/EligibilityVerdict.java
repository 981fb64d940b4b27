package be.digibank.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * "May this person use this service? yes/no, because …": the answer and the message key of the reason, with what the
 * reason refers to (the proof type, the date until which it holds, the override's reason).
 */
public record EligibilityVerdict(Service service, boolean eligible, String reasonKey, @Nullable String proofType,
		@Nullable LocalDate until, @Nullable String overrideReason) {

	static EligibilityVerdict of(Service service, boolean eligible, String reason) {
		return new EligibilityVerdict(service, eligible, "people.eligibility.reason." + reason, null, null, null);
	}
}
