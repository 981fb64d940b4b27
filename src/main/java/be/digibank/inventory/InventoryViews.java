package be.digibank.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Read models of the device bank's pages; never persistence objects. */
public final class InventoryViews {

	private InventoryViews() {
	}

	public record DeviceRow(UUID id, String assetTag, DeviceCategory category, String make, String model, String serial,
			DeviceState state, String grade, Triage triage, String locationName) {
	}

	public record StockCount(String key, long count) {
	}

	/** The counts, one page of the device list, and the tag the next page starts after (null on the last page). */
	public record StockOverview(List<StockCount> byState, List<StockCount> byCategory, List<DeviceRow> devices,
			@Nullable String nextAfter) {
	}

	public record EventRow(@Nullable DeviceState from, DeviceState to, String reason, @Nullable String recyclingReference,
			String actorName, Instant at) {
	}

	/** A photo of a device as its page shows it. */
	public record PhotoRow(UUID id, String altText, String uploadedByName, Instant uploadedAt) {
	}

	public record SanitisationRow(int holderCycle, String medium, String method, String technique, String tool,
			String toolVersion, String operatorName, LocalDate performedOn, String result, String verification) {
	}

	public record DeviceDetails(DeviceRow device, String cpu, @Nullable Integer ramGb, @Nullable String storageType,
			@Nullable Integer storageGb, String screen, @Nullable Integer batteryHealthPercent, String os,
			String ownerPartnerName, @Nullable UUID donationId, String donationLabel, long replacementValueCents,
			int holderCycle, boolean sanitisedThisCycle, int version, List<DeviceState> nextStates,
			List<EventRow> events, List<SanitisationRow> sanitisations) {
	}

	public record DonorRow(UUID id, String name, DonorKind kind, String contactName, String contactEmail,
			String contactPhone, boolean thanksConsent) {
	}

	public record DonationRow(UUID id, UUID donorId, String donorName, DonorKind donorKind, LocalDate receivedOn,
			int countAnnounced, int countReceived, long devicesRegistered, String collectionPoint, String custodyNote) {
	}

	public record DonationDetails(DonationRow donation, DonorRow donor, List<DeviceRow> devices) {
	}
}
