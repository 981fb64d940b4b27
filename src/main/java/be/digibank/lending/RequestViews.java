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

	/**
	 * One page of a waiting list: the rows shown, how many wait in all, the index of the first shown place (from 0) and the
	 * page size.
	 */
	public record WaitingPage(List<WaitingRow> rows, int total, int from, int size) {

		public boolean hasPrevious() {
			return from > 0;
		}

		public boolean hasNext() {
			return (long) from + size < total;
		}

		/** The page number, from 1. */
		public int page() {
			return size <= 0 ? 1 : from / size + 1;
		}

		public int pages() {
			return size <= 0 ? 1 : Math.max(1, (int) ((total + (long) size - 1) / size));
		}

		/** How many places the next page shows. */
		public int nextCount() {
			return (int) Math.max(0, Math.min(size, (long) total - lastPlace()));
		}

		public int firstPlace() {
			return rows.isEmpty() ? 0 : from + 1;
		}

		public int lastPlace() {
			return from + rows.size();
		}
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
