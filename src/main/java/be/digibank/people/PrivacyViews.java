package be.digibank.people;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Forms and read models of the privacy pages and the settings of the register. */
public final class PrivacyViews {

	private PrivacyViews() {
	}

	/** Erase a person: the reason of the request and an explicit "this cannot be undone". */
	public record EraseForm(@Size(max = 500) @Nullable String reason, @Nullable Boolean confirmed) {
		static EraseForm empty() {
			return new EraseForm("", false);
		}
	}

	/** A retention period for one category. */
	public record RetentionForm(@Nullable String category, @NotNull @Min(1) @Max(240) @Nullable Integer months) {
	}

	/** The retention period of one category: the digibank's own (with an id) or the default. */
	public record PolicyRow(String category, @Nullable UUID id, int months) {
	}

	/** A person whose data of a category would go now. */
	public record DueRow(UUID personId, String displayName, Instant lastContact) {
	}

	public record ExpiringRow(UUID proofId, UUID personId, String displayName, String type, LocalDate validUntil, String checkedBy, boolean expired) {
	}

	/** An entry of a configurable list as the settings page shows it. */
	public record ListRow(UUID id, String code, String label, boolean sensitive, boolean active) {
	}

	/** The eligibility rule per service. */
	public record RulesForm(@Nullable String lending, @Nullable String training, @Nullable String guidance) {
	}

	/** A new entry of a configurable list. */
	public record EntryForm(@Size(max = 100) @Nullable String groupLabel, @Size(max = 100) @Nullable String proofLabel, @Nullable Boolean sensitive) {
		static EntryForm empty() {
			return new EntryForm("", "", false);
		}
	}

	/** One line of a person's timeline, as far as the viewer may see it. */
	public record TimelineRow(String service, String summary, Instant occurredAt) {
	}
}
