package be.digibank.network;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Read models of the network's pages and JSON API; never persistence objects. */
public final class NetworkViews {

	private NetworkViews() {
	}

	public record DigibankRow(UUID id, String name, String region, int version) {
	}

	public record MunicipalityRow(String postcode, String name) {
	}

	public record FundingProjectRow(UUID id, String name, String fundingSource, LocalDate startsOn, LocalDate endsOn) {
	}

	public record PartnerRow(UUID id, String name, PartnerType type, String contactEmail, String contactPhone,
			boolean active, int version) {
	}

	public record LocationRow(UUID id, UUID partnerId, String partnerName, String name, LocationKind kind, String street,
			String postcode, String municipality, String accessibilityNotes, int publicComputers, boolean active,
			int version, boolean openNow, @Nullable ZonedDateTime nextOpening) {
	}

	public record SlotRow(UUID id, DayOfWeek day, LocalTime startsAt, LocalTime endsAt) {
	}

	public record ExceptionRow(UUID id, LocalDate onDate, String kind, @Nullable LocalTime startsAt,
			@Nullable LocalTime endsAt, String reason) {
	}

	public record OpeningRow(ZonedDateTime startsAt, ZonedDateTime endsAt) {
	}

	public record LocationDetails(LocationRow location, List<SlotRow> weeklySlots, List<ExceptionRow> upcomingExceptions,
			List<OpeningRow> nextOpenings, boolean manageable) {
	}
}
