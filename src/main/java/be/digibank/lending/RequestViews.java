package be.digibank.lending;

import be.digibank.inventory.DeviceCategory;
import be.digibank.people.EligibilityVerdict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Read models of the request, waiting list and offer pages and API; never persistence objects. */
public final class RequestViews {

	private RequestViews() {
	}

	public record RequestRow(UUID id, UUID personId, String personName, DeviceCategory category, @Nullable UUID locationId, String locationName,
			String urgency, String status, Instant requestedAt, String requestedByName, String note, String cancelReason) {
	}

	/**
	 * A place on a waiting list: the position, the rules that put the person there ({@code URGENT}, {@code JOB_SEEKER}) and
	 * the days waited, to explain it; the eligibility verdict behind it.
	 */
	public record WaitingRow(int position, RequestRow request, List<String> matchedRules, long waitingDays, boolean eligible,
			@Nullable EligibilityVerdict verdict) {
	}

	public record OfferRow(UUID id, UUID requestId, UUID personId, String personName, UUID deviceId, String deviceLabel, String locationName,
			Instant offeredAt, LocalDate heldUntil, String status, String decidedByName) {

		public boolean holding() {
			return "OPEN".equals(status) || "ACCEPTED".equals(status);
		}
	}

	public record RequestDetails(RequestRow request, @Nullable WaitingRow place, List<OfferRow> offers, int version) {
	}

	/** Open requests per kind of device and how many devices of that kind can go out now. */
	public record CategoryCount(DeviceCategory category, long waiting, long available) {
	}

	/** A device that can be offered now. */
	public record FreeDevice(UUID id, String label, String locationName) {
	}
}
