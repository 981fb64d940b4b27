package be.digibank.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Read models for pages and the API: what a viewer may see, never the persistence rows themselves. */
public final class PeopleViews {

	private PeopleViews() {
	}

	/** One line of a search result or a duplicate suggestion. */
	public record PersonRow(UUID id, String displayName, @Nullable Integer birthYear, String postcode, String phone, String email, int score) {
	}

	/** A person's record as one viewer may see it; sensitive parts are null/empty when the viewer may not. */
	public record PersonView(UUID id, String firstName, String lastName, String nickname, String displayName, @Nullable Integer birthYear,
			@Nullable LocalDate birthDate, String gender, String postcode, String language, String phone, String email, String address,
			boolean noContact, String foundVia, List<String> devices, String note, @Nullable List<String> targetGroups, Instant registeredAt,
			int version) {
	}

	public record ProofRow(UUID id, @Nullable String type, LocalDate seenOn, @Nullable LocalDate validUntil, String checkedBy, boolean valid) {
	}

	public record OverrideRow(Service service, boolean eligible, String reason, String decidedBy, Instant decidedAt, @Nullable LocalDate validUntil) {
	}

	public record ConsentRow(UUID id, String purpose, String partnerName, String channel, Instant givenAt, String givenBy,
			@Nullable Instant withdrawnAt,
			String withdrawnBy) {
		public boolean open() {
			return withdrawnAt == null;
		}
	}

	public record ReferralRow(UUID id, String personName, String contact, String postcode, String reason, ReferralService service, String status,
			@Nullable UUID personId, String referrer, String decisionNote, Instant createdAt, @Nullable Instant decidedAt, int version) {
	}

	/** An entry of a configurable list (target group, proof type) with its label. */
	public record Choice(String code, String label, boolean sensitive) {
	}

	/** Two records that may be the same person, with the duplicate score (0-100). */
	public record DuplicatePair(PersonRow first, PersonRow second, int score) {
	}

	/** A merge as the coordinator sees it in the list of recent merges. */
	public record MergeRow(UUID id, UUID survivorId, String survivorName, UUID mergedId, String mergedName, int score, String mergedBy,
			Instant mergedAt, Instant undoableUntil, @Nullable Instant undoneAt, String undoneBy) {
		public boolean undone() {
			return undoneAt != null;
		}
	}

	/** Two records side by side before a merge, with how much history each has. */
	public record Comparison(PersonView first, PersonView second, int score, History firstHistory, History secondHistory) {
	}

	/** How many rows of history a record has. */
	public record History(int proofs, int overrides, int consents, int referrals) {
	}

	/** A help contact logged without registration, as the list shows it: nothing that identifies anyone. */
	public record AnonymousContactRow(UUID id, String service, List<String> topics, String ageBand, String gender, String postcode,
			boolean declinedRegistration, LocalDate contactedOn) {
	}

	/** Anonymous contacts in one month ({@code yyyy-MM}). */
	public record ContactsInMonth(String month, long contacts) {
	}
}
