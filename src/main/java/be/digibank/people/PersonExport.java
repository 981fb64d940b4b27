package be.digibank.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything held about one person (subject access, GDPR art. 15), for the PDF and the JSON file: the register's own
 * data, whose codes the PDF translates, and the records of the other modules ({@code records}), already in the person's
 * language.
 */
public record PersonExport(Instant generatedAt, String language, Identity identity, Contact contact, List<String> targetGroups,
		List<ProofEntry> proofs, List<OverrideEntry> overrides, List<ConsentEntry> consents, List<ReferralEntry> referrals,
		List<ServiceEntry> services, List<RecordSection> records, List<AuditLine> auditEntries) {

	public record Identity(String id, String firstName, String lastName, String nickname, @Nullable Integer birthYear, @Nullable LocalDate birthDate,
			String gender, String postcode, String language, String foundVia, List<String> devices, String note, Instant registeredAt) {
	}

	public record Contact(String phone, String email, String address, boolean noContact) {
	}

	public record ProofEntry(String type, String label, LocalDate seenOn, String checkedBy, @Nullable LocalDate validUntil) {
	}

	public record OverrideEntry(String service, boolean eligible, String reason, String decidedBy, Instant decidedAt,
			@Nullable LocalDate validUntil) {
	}

	public record ConsentEntry(String purpose, String partnerName, String channel, Instant givenAt, String givenBy, @Nullable Instant withdrawnAt,
			String withdrawnBy) {
	}

	public record ReferralEntry(String service, String status, String reason, String referrer, Instant createdAt, @Nullable Instant decidedAt,
			String decisionNote) {
	}

	public record ServiceEntry(String service, String summary, Instant occurredAt) {
	}

	/**
	 * What another module holds about the person (loans, messages, repairs), from its
	 * {@link be.digibank.shared.PersonRecords}; titles and labels translated into the export's language.
	 */
	public record RecordSection(String section, String title, List<List<RecordField>> entries) {
	}

	public record RecordField(String label, String value) {
	}

	public record AuditLine(Instant occurredAt, String action, String actor, String recordType, String summary) {
	}
}
